using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Konbit.Shared;

/// <summary>Every error answer is RFC 7807 problem details that says what was wrong and where.</summary>
public static class Problems
{
    public static IServiceCollection AddKonbitProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        // Let malformed bodies reach the handler below instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseKonbitProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimit>();
        return app;
    }

    /// <summary>Malformed JSON, a wrong type or an unreadable parameter: a 400 naming the place (JSON path, line, position).</summary>
    sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;
            var detail = bad.InnerException is JsonException json
                ? $"The request body is not valid JSON{Where(json)}: {FirstSentence(json.Message)}"
                : bad.Message;
            http.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new()
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Malformed request",
                    Detail = detail,
                },
                Exception = exception,
            });
        }

        static string Where(JsonException e) =>
            (e.Path is { Length: > 1 } ? $" at {e.Path}" : "") +
            (e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "");

        static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }
    }

    /// <summary>
    /// Refuses oversized bodies with a 413 before any handler reads them. A body that declares its length is judged by
    /// it; a streamed (chunked) body is read up to the limit first, so the answer is the same on every server. An
    /// endpoint may set its own limit with <see cref="IRequestSizeLimitMetadata"/> (file uploads); a streamed body to
    /// such an endpoint is not buffered here, and the endpoint counts what it reads.
    /// </summary>
    sealed class RequestSizeLimit(RequestDelegate next, IOptions<KonbitOptions> options)
    {
        public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
        {
            var own = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            var max = own ?? options.Value.MaxRequestBytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max + 1;
            var length = http.Request.ContentLength;
            if (length is null && own is null && http.Request.Headers.TransferEncoding.Count > 0)
            {
                var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(new LimitedWriter(buffer, max + 1), http.RequestAborted);
                length = buffer.Length;
                buffer.Position = 0;
                http.Request.Body = buffer;
            }
            if (length > max)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await problems.WriteAsync(new()
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request too large",
                        Detail = $"The request body is larger than the limit of {max:N0} bytes.",
                    },
                });
                return;
            }
            await next(http);
        }
    }

    /// <summary>Stops copying once the limit is reached, so a huge stream is never held in memory.</summary>
    sealed class LimitedWriter(MemoryStream inner, long limit) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, (int)Math.Min(count, Math.Max(0, limit - inner.Length)));
    }
}
