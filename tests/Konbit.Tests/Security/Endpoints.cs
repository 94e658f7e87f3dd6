using System.Text.RegularExpressions;
using Konbit.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Konbit.Tests.Security;

/// <summary>One way into the app: an HTTP method on a route pattern, for a page with the form handler it posts to.</summary>
public sealed partial record AppEndpoint(string Method, string Pattern, bool IsPage, string? Handler = null)
{
    /// <summary>How the authorization table names it: "GET /api/v1/strength", "POST /Sources/Conflicts?handler=Accept".</summary>
    public string Key => $"{Method} {Pattern}{(Handler is null ? "" : "?handler=" + Handler)}";

    /// <summary>The pattern with plausible values in its parameters; null when a parameter has no value below.</summary>
    public string? Path
    {
        get
        {
            var unknown = false;
            var path = Parameter().Replace(Pattern, m =>
            {
                if (Values.TryGetValue(m.Groups[1].Value, out var v)) return v;
                unknown = true;
                return m.Value;
            });
            return unknown ? null : path + (Handler is null ? "" : "?handler=" + Handler);
        }
    }

    /// <summary>Route parameter values by name: ids of records that may or may not exist, a contributor code.</summary>
    static readonly Dictionary<string, string> Values = new()
    {
        ["id"] = "1", ["code"] = "KEN", ["key"] = "00000000-0000-0000-0000-000000000001", ["documentName"] = "v1",
        ["attachmentId"] = "1", ["referralId"] = "1",
        // A kind both the equipment and the funding forms know, so their pages answer rather than 404.
        ["kind"] = "pledge",
    };

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}

public static class Endpoints
{
    /// <summary>
    /// Every endpoint the app maps, read from its own EndpointDataSource: minimal API routes with their methods, and
    /// each page with GET and each of its POST handlers (from the compiled page). A page reachable as both
    /// "/Sources" and "/Sources/Index" is listed once, by its shorter route.
    /// </summary>
    public static async Task<List<AppEndpoint>> AllAsync(KonbitApp app)
    {
        var endpoints = new List<AppEndpoint>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var route in routes.GroupBy(r => r.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? Guid.NewGuid().ToString()))
        {
            var endpoint = route.MinBy(r => r.RoutePattern.RawText!.Length)!;
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                endpoints.Add(new AppEndpoint("GET", pattern, IsPage: true));
                endpoints.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod == "Post")
                    .Select(h => new AppEndpoint("POST", pattern, IsPage: true, string.IsNullOrEmpty(h.Name) ? null : h.Name)));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                endpoints.AddRange(methods.Select(m => new AppEndpoint(m, pattern, IsPage: false)));
            }
        }
        return endpoints;
    }
}
