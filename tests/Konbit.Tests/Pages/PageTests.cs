using System.Net;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Pages;

public sealed class PageTests
{
    [Fact]
    public async Task EveryReadingPage_IsPublicByDefault_AndCarriesTheMandateWarning()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = app.Anonymous();
        // The test clock is 2025-03-01: S/RES/2751 expires on 2025-10-02, more than 90 days away.
        app.Clock.SetUtcNow(new DateTimeOffset(2025, 8, 1, 12, 0, 0, TimeSpan.Zero));
        foreach (var page in new[] { "/", "/Mandates", "/Sources", "/Sources/Conflicts", "/Forces/Contributor/KEN" })
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"mandate-banner\"", html);
            Assert.Contains("S/RES/2751 (2024) expires on 2 October 2025, in 62 days.", html);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Forces/Contributor/XYZ")).StatusCode);
    }

    [Fact]
    public async Task FarFromExpiry_NoPageCarriesTheWarning()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var html = await app.Anonymous().GetStringAsync("/");
        Assert.DoesNotContain("data-testid=\"mandate-banner\"", html);
        Assert.Contains("data-testid=\"deployed-total\"", html);
    }

    [Fact]
    public async Task WithPublicReadOff_PagesRedirectToSignIn()
    {
        await using var app = await KonbitApp.StartAsync(seed: true, settings: new Dictionary<string, string?> { ["Konbit:PublicRead"] = "false" });
        var response = await app.Anonymous().GetAsync("/Mandates");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/Login", response.Headers.Location!.PathAndQuery);
    }
}
