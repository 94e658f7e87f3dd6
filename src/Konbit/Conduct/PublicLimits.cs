using System.Threading.RateLimiting;
using Konbit.Shared;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Konbit.Conduct;

/// <summary>
/// Rate limits on the public complaint forms and API, per client address: a flood of fake complaints cannot bury the
/// real ones, and nobody can try follow-up codes fast enough to guess one. Only posts count; reading the forms is free.
/// Behind a reverse proxy the client address is the proxy's unless forwarded headers are configured (docs/security.md).
/// </summary>
public static class PublicLimits
{
    public const string Submit = "conduct-submit";
    public const string Lookup = "conduct-lookup";

    public static IServiceCollection AddPublicLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.AddPolicy(Submit, http => Partition(http, Submit, c => c.SubmissionsPerWindow));
        o.AddPolicy(Lookup, http => Partition(http, Lookup, c => c.LookupsPerWindow));
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (http.Request.Path.StartsWithSegments("/api"))
                await http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = 429, Title = "Too many requests", Detail = Texts.T("en", "error.tooMany"),
                }, ct);
            else
            {
                // The page cannot know the reporter's language for sure, so the message comes in all three.
                http.Response.ContentType = "text/html; charset=utf-8";
                var lines = string.Join("", Texts.Languages.Select(l => $"<p lang=\"{l}\">{System.Net.WebUtility.HtmlEncode(Texts.T(l, "error.tooMany"))}</p>"));
                await http.Response.WriteAsync($"<!DOCTYPE html><html lang=\"ht\"><head><meta charset=\"utf-8\"><title>Konbit</title></head><body>{lines}</body></html>", ct);
            }
        };
    });

    static RateLimitPartition<string> Partition(HttpContext http, string policy, Func<ConductOptions, int> permits)
    {
        if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
        var options = http.RequestServices.GetRequiredService<IOptions<KonbitOptions>>().Value.Conduct;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(policy + "|" + client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = TimeSpan.FromMinutes(options.WindowMinutes),
            QueueLimit = 0,
        });
    }
}
