namespace Konbit.Shared;

/// <summary>
/// Browser hardening headers on every response: pages, API, errors and static files. docs/operations.md
/// ("Security headers") says why each one is there.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from Konbit's own files: a stored &lt;script&gt; or onerror= that slipped past Razor's
    /// encoding would not run. The map draws its own boundaries (no tile server) and charts draw on a canvas, so nothing
    /// else is needed; data: images are Leaflet's and Swagger UI's icons.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " + BeyondScriptsAndStyles;

    /// <summary>
    /// The Swagger UI at /api/docs runs from its own script files, but its bundle adds a &lt;style&gt; element as it
    /// starts, which 'self' refuses (a hash would break with each Swashbuckle update). Inline styles there only: the
    /// page shows the API description, which comes from Konbit's code, never stored text; scripts stay as strict.
    /// </summary>
    public const string ApiDocsPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " + BeyondScriptsAndStyles;

    /// <summary>No plugins; no &lt;base&gt; pointing elsewhere; no framing by any site (clickjacking); forms post here only.</summary>
    const string BeyondScriptsAndStyles = "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>For a file that came from the public, downloaded by an officer: no script, no content of any kind runs.</summary>
    public const string SandboxedDownload = "sandbox; default-src 'none'";

    /// <summary>One year; not includeSubDomains, since the mission's other sites under the same domain are not ours to pin.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        // Set as the response starts: the exception handler clears headers set earlier, and static files and
        // status-code pages short-circuit the pipeline after this point.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // An endpoint may have set a stricter policy of its own (the sandboxed download of a complaint's file).
            if (!headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiDocsPolicy : ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            // Report and incident pages link to outside sources: those sites learn nothing of Konbit's addresses
            // (record ids, filters in the query string).
            headers["Referrer-Policy"] = "no-referrer";
            // Only over HTTPS (RFC 6797 §7.2). Behind a TLS-terminating proxy the request is HTTPS only when forwarded
            // headers are switched on (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, docs/operations.md).
            if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
