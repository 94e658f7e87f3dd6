using System.Net;
using System.Net.Http.Json;
using Konbit.Conduct;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Conduct.ConductRequests;

namespace Konbit.Tests.Conduct;

public sealed class IntakeTests
{
    [Fact]
    public async Task AnAnonymousComplaint_GetsAReferenceAndCode_ThatFollowItUp()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        var filed = await client.FileAsync(Complaint());

        Assert.Matches("^KB-[2-9A-Z]{4}-[2-9A-Z]{4}$", filed.Reference);
        Assert.Matches("^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$", filed.FollowUpCode);
        var view = await (await client.FollowUpAsync(filed.Reference, filed.FollowUpCode)).ReadAsync<FollowUpDto>();
        Assert.Equal("Received", view.Status);
        Assert.Equal("Resevwa", view.StatusLabel);
        // Typed loosely, as people copy codes down: lower case, spaces instead of dashes.
        var loose = await client.FollowUpAsync(filed.Reference.ToLowerInvariant().Replace("-", " "), filed.FollowUpCode.ToLowerInvariant().Replace("-", ""));
        Assert.Equal(HttpStatusCode.OK, loose.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.FollowUpAsync(filed.Reference, "2222-2222-2222-2222")).StatusCode);
    }

    [Fact]
    public async Task TheCodeOfOneCase_NeverOpensAnother()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        var a = await client.FileAsync(Complaint("Premye plent."));
        var b = await client.FileAsync(Complaint("Dezyèm plent."));

        Assert.Equal(HttpStatusCode.NotFound, (await client.FollowUpAsync(a.Reference, b.FollowUpCode)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.FollowUpAsync(b.Reference, a.FollowUpCode)).StatusCode);
        var wrong = await client.FollowUpAsync(a.Reference, b.FollowUpCode);
        var unknown = await client.FollowUpAsync("KB-2222-2222", a.FollowUpCode);
        // A wrong code and an unknown reference read the same, so a guesser learns nothing from the difference.
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.FollowUpAsync(a.Reference, a.FollowUpCode)).StatusCode);
    }

    [Fact]
    public async Task ABadComplaint_IsRefusedInTheReportersLanguage_AndNothingIsStored()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/conduct/complaints",
            new { language = "fr", category = "Bribery", narrative = " ", occurredOn = "2099-01-01", anonymous = true, name = "Jean", pcode = "HT99" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("Choisissez de quoi il s'agit.", problem.Errors["category"].Single());
        Assert.Equal("Racontez ce qui s'est passé, s'il vous plaît.", problem.Errors["narrative"].Single());
        Assert.Equal("La date ne peut pas être après aujourd'hui.", problem.Errors["occurredOn"].Single());
        Assert.Contains("anonymat", problem.Errors["anonymous"].Single());
        Assert.Equal("Cette commune n'est pas dans la liste.", problem.Errors["pcode"].Single());
        Assert.Equal(0, await app.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task TheReporter_AddsInformation_AndReadsMessagesMeantForThem()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        var filed = await client.FileAsync(Complaint());
        var added = await client.PostAsJsonAsync("/api/v1/conduct/follow-up/information",
            new { reference = filed.Reference, code = filed.FollowUpCode, text = "Te gen de lòt temwen." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/conduct/follow-up/information",
            new { reference = filed.Reference, code = "2222-2222-2222-2222", text = "x" })).StatusCode);

        var officer = await app.ClientAsAsync(Konbit.Accounts.Roles.Conduct);
        var id = await app.CaseIdAsync(filed.Reference);
        (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/notes", new { text = "Nou resevwa plent ou, n ap egzamine l.", toReporter = true })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/notes", new { text = "Internal: call the unit commander.", toReporter = false })).EnsureSuccessStatusCode();

        var view = await (await client.FollowUpAsync(filed.Reference, filed.FollowUpCode)).ReadAsync<FollowUpDto>();
        Assert.Equal(["Nou resevwa plent ou, n ap egzamine l."], view.Messages.Select(m => m.Text));
        var opened = await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>();
        Assert.Contains(opened.Notes, n => n.Kind == "FromReporter" && n.Text == "Te gen de lòt temwen." && n.Author == "reporter");
    }

    [Fact]
    public async Task PublicPosts_AreRateLimitedPerClient()
    {
        await using var app = await KonbitApp.StartAsync(settings: new Dictionary<string, string?> { ["Konbit:Conduct:SubmissionsPerWindow"] = "2" });
        var client = app.Anonymous();
        await client.FileAsync(Complaint());
        await client.FileAsync(Complaint());
        var third = await client.PostAsJsonAsync("/api/v1/conduct/complaints", Complaint());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Complaints.CountAsync()));
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Conduct/Complain")).StatusCode);
    }
}
