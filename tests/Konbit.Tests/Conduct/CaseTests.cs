using System.Net;
using System.Net.Http.Json;
using System.Text;
using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Conduct;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Conduct.ConductRequests;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Conduct;

public sealed class CaseTests
{
    [Fact]
    public async Task OnlyConductOfficers_ReadCases_NotAdminsOrCoordinators()
    {
        var (app, coordinator) = await StartWithContributorsAsync(settings: Unlimited);
        await using var _ = app;
        var filed = await app.Anonymous().FileAsync(Complaint());
        var id = await app.CaseIdAsync(filed.Reference);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/conduct/cases")).StatusCode);
        foreach (var role in new[] { Roles.Admin, Roles.Coordinator, Roles.Viewer })
        {
            var client = role == Roles.Coordinator ? coordinator : await app.ClientAsAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/conduct/cases")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/conduct/cases/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/notes", new { text = "x" })).StatusCode);
        }
        var officer = await app.ClientAsAsync(Roles.Conduct);
        var queue = await (await officer.GetAsync("/api/v1/conduct/cases")).ReadAsync<List<CaseSummaryDto>>();
        Assert.Equal(filed.Reference, queue.Single().Reference);
    }

    [Fact]
    public async Task PersonalFields_AreEncryptedAtRest_AndNeverReachTheAuditLog()
    {
        var (app, _) = await StartWithContributorsAsync(settings: Unlimited);
        await using var __ = app;
        const string narrative = "Narrative-7f3a: the officer took my phone at the Canapé-Vert checkpoint.";
        const string name = "Marie-Name-9c1d";
        const string contact = "+509-3712-4455";
        var filed = await app.Anonymous().FileAsync(Complaint(narrative, contributor: "KEN", anonymous: false, name: name, contact: contact));
        var officer = await app.ClientAsAsync(Roles.Conduct);
        var id = await app.CaseIdAsync(filed.Reference);
        (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/notes", new { text = "Note-5e2b: witness found." })).EnsureSuccessStatusCode();

        // The officer reads it all back.
        var opened = await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>();
        Assert.Equal((narrative, name, contact), (opened.Narrative, opened.Name, opened.Contact));

        // The stored columns and the audit log hold none of it.
        var stored = await app.WithDbAsync(async db =>
        {
            var c = await db.Complaints.AsNoTracking().SingleAsync();
            var notes = await db.CaseNotes.AsNoTracking().Select(n => n.SealedText).ToListAsync();
            var audit = await db.AuditEntries.AsNoTracking().Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync();
            return string.Join("\n", new[] { c.SealedNarrative, c.SealedName!, c.SealedContact!, c.SealedPlace!, c.CodeHash }.Concat(notes).Concat(audit));
        });
        foreach (var secret in new[] { narrative, "Narrative-7f3a", name, contact, "Note-5e2b", "Canapé", filed.FollowUpCode })
            Assert.DoesNotContain(secret, stored);
        Assert.Contains("(confidential)", stored);

        // A copy of the SQLite files (database and write-ahead log) shows no plaintext either.
        if (TestDatabase.Current == Provider.Sqlite)
        {
            var dir = app.Settings["Konbit:DataDirectory"]!;
            var bytes = Directory.GetFiles(dir, "konbit.db*").SelectMany(f => ReadShared(f)).ToArray();
            foreach (var secret in new[] { "Narrative-7f3a", name, contact, "Note-5e2b" })
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            // The keys are beside the database, not in it.
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "keys"), "key-*.xml"));
        }
    }

    static byte[] ReadShared(string path)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        f.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task ReadingACase_IsAudited_AndCaseHistoryIsHiddenFromOtherRoles()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var filed = await app.Anonymous().FileAsync(Complaint());
        var id = await app.CaseIdAsync(filed.Reference);
        var officer = await app.ClientAsAsync(Roles.Conduct);
        (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).EnsureSuccessStatusCode();

        var history = await (await officer.GetAsync($"/api/v1/audit?entity=Complaint&id={id}")).ReadAsync<List<AuditEntryDto>>();
        Assert.Equal(["Read", "Added"], history.Select(h => h.Action));
        Assert.StartsWith("conduct-", history[0].Actor);
        var viewer = await app.ClientAsAsync(Roles.Viewer);
        Assert.Empty(await (await viewer.GetAsync($"/api/v1/audit?entity=Complaint&id={id}")).ReadAsync<List<AuditEntryDto>>());
        Assert.DoesNotContain(await (await viewer.GetAsync("/api/v1/audit")).ReadAsync<List<AuditEntryDto>>(), e => e.EntityType == nameof(Complaint));
    }

    [Fact]
    public async Task ACase_IsAssignedReferredAndAnswered_WithDeadlinesAndOverdueWarnings()
    {
        var (app, _) = await StartWithContributorsAsync(settings: Unlimited);
        await using var __ = app;
        var filed = await app.Anonymous().FileAsync(Complaint(contributor: "KEN"));
        var id = await app.CaseIdAsync(filed.Reference);
        var officer = await app.ClientAsAsync(Roles.Conduct);
        var officerName = await app.WithDbAsync(db => db.Users.Select(u => u.UserName!).SingleAsync(n => n.StartsWith("conduct-")));

        var received = await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>();
        Assert.Equal(new DateOnly(2025, 3, 8), received.DueOn);

        // Only a conduct officer can be assigned.
        await app.CreateUserAsync("viewer@example.org", "correct-horse-battery", Roles.Viewer);
        var wrong = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assign", new { assignee = "viewer@example.org" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("not a conduct officer", (await wrong.ReadProblemAsync()).Errors["assignee"].Single());
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assign", new { assignee = officerName })).StatusCode);

        // "Referred" needs a referral record.
        var early = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/status", new { status = "ReferredToContributor" });
        Assert.Contains("needs a referral", (await early.ReadProblemAsync()).Errors["status"].Single());
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/referrals",
            new { contributor = "KEN", authority = "Kenya National Police Service, Internal Affairs Unit", referredOn = "2025-03-01" })).StatusCode);

        var referred = await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>();
        Assert.Equal(("ReferredToContributor", officerName, new DateOnly(2025, 3, 11)), (referred.Status, referred.AssignedTo, referred.DueOn));

        // Twelve days on, the answer is overdue, and the queue says so.
        app.Clock.Advance(TimeSpan.FromDays(12));
        officer = await app.ClientAsAsync(Roles.Conduct); // the first sign-in has expired by then
        var overdue = await (await officer.GetAsync("/api/v1/conduct/cases?overdue=true")).ReadAsync<List<CaseSummaryDto>>();
        Assert.True(overdue.Single().Overdue);
        var referral = (await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>()).Referrals.Single();
        Assert.True(referral.Overdue);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/referrals/{referral.Id}/response",
            new { response = "An investigation is opened.", theirReference = "IAU/2025/117" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/status",
            new { status = "UnderInvestigation", note = "Kenya investigates." })).StatusCode);
        var investigating = await (await officer.GetAsync($"/api/v1/conduct/cases/{id}")).ReadAsync<CaseDto>();
        Assert.Equal(new DateOnly(2025, 6, 11), investigating.DueOn);
        Assert.False(investigating.Overdue);
        Assert.Equal("IAU/2025/117", investigating.Referrals.Single().TheirReference);

        // The reporter sees where it stands, in their language.
        var view = await (await app.Anonymous().FollowUpAsync(filed.Reference, filed.FollowUpCode)).ReadAsync<FollowUpDto>();
        Assert.Equal("Ankèt ap fèt", view.StatusLabel);
    }
}
