using System.Net;
using Konbit.Shared;
using Konbit.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Konbit.Tests.Security;

public sealed class HeadersTests
{
    // A page, API JSON, a 404, a refused API call, a static file, the API description and its viewer.
    static readonly string[] Responses = ["/Accounts/Login", "/api/v1/strength", "/no-such-page", "/api/v1/audit", "/css/site.css", "/openapi/v1.json", "/api/docs/index.html"];

    [Fact]
    public async Task EveryKindOfResponse_CarriesTheBrowserHardeningHeaders_AndNoHstsOverPlainHttp()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        foreach (var path in Responses)
        {
            using var response = await client.GetAsync(path);
            var csp = Header(response, "Content-Security-Policy");
            var scripts = csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.DoesNotContain("unsafe-inline", scripts);
            Assert.Equal(path.StartsWith("/api/docs/", StringComparison.Ordinal) ? SecurityHeaders.ApiDocsPolicy : SecurityHeaders.ContentSecurityPolicy, csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path}: HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task OverHttps_ResponsesCarryHsts()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        foreach (var path in Responses)
            Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(await client.GetAsync(path), "Strict-Transport-Security"));
    }

    [Fact]
    public async Task XForwardedProto_IsHonouredOnlyWhenForwardedHeadersAreSwitchedOn()
    {
        await using var direct = await KonbitApp.StartAsync();
        Assert.False((await ForwardedAsHttpsAsync(direct)).Headers.Contains("Strict-Transport-Security"));

        await using var proxied = await KonbitApp.StartAsync(settings: new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true" });
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(await ForwardedAsHttpsAsync(proxied), "Strict-Transport-Security"));
    }

    static Task<HttpResponseMessage> ForwardedAsHttpsAsync(KonbitApp app)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strength");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return app.Anonymous().SendAsync(request);
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}, no {name} header");
}
