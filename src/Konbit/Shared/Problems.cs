using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
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
    /// Refuses oversized bodies with a 413 before anything reads them. Kestrel enforces the same limit on streamed
    /// bodies; this covers requests that declare their length (and test hosts without Kestrel).
    /// </summary>
    sealed class RequestSizeLimit(RequestDelegate next, IOptions<KonbitOptions> options)
    {
        public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
        {
            var max = options.Value.MaxRequestBytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max;
            if (http.Request.ContentLength > max)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await problems.WriteAsync(new()
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request too large",
                        Detail = $"The request body is {http.Request.ContentLength:N0} bytes; the limit is {max:N0} bytes.",
                    },
                });
                return;
            }
            await next(http);
        }
    }
}
