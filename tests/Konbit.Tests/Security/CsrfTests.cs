using System.Net;
using System.Net.Http.Headers;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Security;

public sealed class CsrfTests
{
    [Fact]
    public async Task SignInForm_WithoutTheAntiforgeryToken_Returns400_AndWithIt_SignsIn()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.CreateUserAsync("c@example.org", "correct-horse-battery", Roles.Coordinator);
        var client = app.Anonymous();
        var token = await TokenAsync(client, "/Accounts/Login");
        var fields = new Dictionary<string, string> { ["Email"] = "c@example.org", ["Password"] = "correct-horse-battery" };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(fields))).StatusCode);
        fields["__RequestVerificationToken"] = token;
        var signedIn = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("konbit=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task TheAntiforgeryCookie_IsHttpOnly_AndNotSentCrossSite()
    {
        await using var app = await KonbitApp.StartAsync();
        var page = await app.Anonymous().GetAsync("/Accounts/Login");
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.True(cookie.Contains("samesite=strict") || cookie.Contains("samesite=lax"), cookie);
    }

    [Fact]
    public async Task ASignedInForm_WithoutTheAntiforgeryToken_Returns400AndStoresNothing_AndWithIt_Stores()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Forged source", ["Input.Publisher"] = "Test Wire", ["Input.Url"] = "https://news.example.org/forged" };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Sources/Add", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sources.CountAsync()));

        fields["__RequestVerificationToken"] = await TokenAsync(client, "/Sources/Add");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/Sources/Add", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Sources.CountAsync()));
    }

    /// <summary>
    /// What a page on another site can make a signed-in browser send without asking (no CORS preflight): a form,
    /// urlencoded, multipart or text/plain, carrying the cookie. No API write accepts any of them.
    /// </summary>
    [Fact]
    public async Task CrossSiteFormPosts_ToEveryApiWrite_WithTheSignInCookie_CreateNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var browser = await app.SignedInPagesAsync(Roles.Admin);
        // The cookie alone does sign the API in: without the content-type rule these posts would be the admin's.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/audit")).StatusCode);
        var writes = (await Endpoints.AllAsync(app)).Where(e => !e.IsPage && e.Method != "GET" && e.Pattern != "/api/v1/auth/token").ToList();
        Assert.NotEmpty(writes);
        var before = await RowsAsync(app);

        var accepted = new List<string>();
        foreach (var write in writes)
            foreach (var body in FormBodies())
            {
                using var response = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(write.Method), write.Path) { Content = body });
                if (response.IsSuccessStatusCode) accepted.Add($"{write.Key} ({body.Headers.ContentType!.MediaType}): {(int)response.StatusCode}");
            }

        Assert.True(accepted.Count == 0, string.Join("\n", accepted));
        Assert.Equal(before, await RowsAsync(app));
    }

    /// <summary>The three bodies an HTML form can send, each with fields an API write would want.</summary>
    static IEnumerable<HttpContent> FormBodies()
    {
        var fields = new Dictionary<string, string>
        {
            ["code"] = "FRG", ["name"] = "Forged", ["title"] = "Forged", ["url"] = "https://evil.example.org/", ["contributor"] = "FRG", ["count"] = "1",
        };
        yield return new FormUrlEncodedContent(fields);
        var multipart = new MultipartFormDataContent();
        foreach (var (k, v) in fields) multipart.Add(new StringContent(v), k);
        multipart.Add(new ByteArrayContent("event_id_cnty,event_date\nFRG1,2024-06-01\n"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "forged.csv");
        yield return multipart;
        yield return new StringContent("""{"code":"FRG","name":"Forged"}""", MediaTypeHeaderValue.Parse("text/plain"));
    }

    static Task<(int, int, int, int, int, int)> RowsAsync(KonbitApp app) => app.WithDbAsync(async db => (
        await db.Sources.CountAsync(), await db.Contributors.CountAsync(), await db.Incidents.CountAsync(), await db.SourceDocuments.CountAsync(),
        await db.ImportRuns.CountAsync(), await db.AuditEntries.CountAsync()));
}
