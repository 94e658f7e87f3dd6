using System.Net;
using System.Text.RegularExpressions;
using Konbit.Accounts;
using Konbit.Tests.Incidents;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Conduct.ConductRequests;

namespace Konbit.Tests.Conduct;

public sealed partial class ConductPageTests
{
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    static MultipartFormDataContent Form(string token, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("ht"), "Lang" },
            { new StringContent("ThreatsOrHarassment"), "Category" },
            { new StringContent("Yo menase m lè m t ap pase."), "Narrative" },
            { new StringContent("true"), "Anonymous" },
        };
        if (token.Length > 0) form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "Files", name);
        return form;
    }

    [Fact]
    public async Task TheForm_SpeaksCreoleFirst_AndTheChosenLanguageOtherwise()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        Assert.Contains("<h1>Pote plent</h1>", await client.GetStringAsync("/Conduct/Complain"));
        Assert.Contains("<html lang=\"fr\">", await client.GetStringAsync("/Conduct/Complain?lang=fr"));
        Assert.Contains("<h1>Make a complaint</h1>", await client.GetStringAsync("/Conduct/Complain?lang=en"));
        Assert.Contains("<h1>Swiv plent ou</h1>", await client.GetStringAsync("/Conduct/FollowUp"));
    }

    [Fact]
    public async Task TheForm_NeedsItsAntiforgeryToken_AndTakesPhotosButNotOtherFiles()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Conduct/Complain", Form(""))).StatusCode);

        // A program renamed to .jpg is refused by its bytes, in Creole, and nothing is stored.
        var token = await IncidentRequests.TokenAsync(client, "/Conduct/Complain");
        var refused = await (await client.PostAsync("/Conduct/Complain", Form(token, ("foto.jpg", "MZ\x90\0"u8.ToArray())))).Content.ReadAsStringAsync();
        Assert.Contains("foto.jpg: se sèlman foto (JPEG, PNG, WebP) oswa PDF nou aksepte.", refused);
        Assert.Contains("Anyen pa t anrejistre.", refused);
        Assert.Equal(0, await app.WithDbAsync(db => db.Complaints.CountAsync()));

        token = IncidentRequests.Token(refused);
        var filed = await (await client.PostAsync("/Conduct/Complain", Form(token, ("foto.png", Png)))).Content.ReadAsStringAsync();
        Assert.Contains("Nou resevwa plent ou", filed);
        var reference = Reference().Match(filed).Groups[1].Value;
        Assert.Equal(1, await app.WithDbAsync(db => db.CaseAttachments.CountAsync(a => a.ContentType == "image/png")));

        // The officer downloads it as a sandboxed attachment; the public cannot reach it at all.
        var officer = await app.SignedInPagesAsync(Roles.Conduct);
        var id = await app.CaseIdAsync(reference);
        var attachmentId = await app.WithDbAsync(db => db.CaseAttachments.Select(a => a.Id).SingleAsync());
        var download = await officer.GetAsync($"/Conduct/Cases/{id}?handler=Attachment&attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", string.Join(";", download.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        var anonymous = await app.Anonymous().GetAsync($"/Conduct/Cases/{id}?handler=Attachment&attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task CasePages_AreForConductOfficers_NotForAdmins()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var filed = await app.Anonymous().FileAsync(Complaint("Narrative-for-pages."));
        var id = await app.CaseIdAsync(filed.Reference);

        var admin = await app.SignedInPagesAsync(Roles.Admin);
        foreach (var page in new[] { "/Conduct", $"/Conduct/Cases/{id}" })
        {
            var response = await admin.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Accounts/Denied", response.Headers.Location!.PathAndQuery);
        }
        var officer = await app.SignedInPagesAsync(Roles.Conduct);
        Assert.Contains(filed.Reference, await officer.GetStringAsync("/Conduct"));
        var html = await officer.GetStringAsync($"/Conduct/Cases/{id}");
        Assert.Contains("Narrative-for-pages.", html);

        // An officer's message to the reporter, through the form.
        var token = IncidentRequests.Token(html);
        var saved = await officer.PostAsync($"/Conduct/Cases/{id}?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Note"] = "Nou pran plent lan.", ["ToReporter"] = "true", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await (await app.Anonymous().FollowUpAsync(filed.Reference, filed.FollowUpCode)).ReadAsync<Konbit.Conduct.FollowUpDto>();
        Assert.Equal("Nou pran plent lan.", view.Messages.Single().Text);
    }

    [Fact]
    public async Task FollowUpPage_WithAWrongCode_SaysSoWithoutSayingWhich()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        var filed = await client.FileAsync(Complaint());
        var token = await IncidentRequests.TokenAsync(client, "/Conduct/FollowUp");
        var html = await (await client.PostAsync("/Conduct/FollowUp?handler=Check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reference"] = filed.Reference, ["Code"] = "2222-2222-2222-2222", ["Lang"] = "en", ["__RequestVerificationToken"] = token,
        }))).Content.ReadAsStringAsync();
        Assert.Contains("The reference or the code is not right.", html);
        Assert.DoesNotContain("Received", html);
    }

    [GeneratedRegex("data-testid=\"reference\">([^<]+)<")]
    private static partial Regex Reference();
}
