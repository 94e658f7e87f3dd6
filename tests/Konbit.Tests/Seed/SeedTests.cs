using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Forces;
using Konbit.Mandates;
using Konbit.Seed;
using Konbit.Sources;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Konbit.Tests.Seed;

public sealed class SeedTests
{
    [Fact]
    public async Task AFreshStart_LoadsTheMissionsPublicData()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = app.Anonymous();

        var contributors = await (await client.GetAsync("/api/v1/contributors")).ReadAsync<List<ContributorDto>>();
        var kenya = contributors.Single(c => c.Code == "KEN");
        Assert.Equal(1000, kenya.Pledged);
        Assert.True(kenya.LeadNation);

        var mandates = await (await client.GetAsync("/api/v1/mandates")).ReadAsync<List<MandateDto>>();
        Assert.Equal(["S/RES/2699 (2023)", "S/RES/2751 (2024)", "S/RES/2793 (2025)"], mandates.Select(m => m.Instrument));
        Assert.Equal(new DateOnly(2025, 10, 2), mandates[1].Expires);
        Assert.Equal(5550, mandates[2].Ceiling);
        Assert.Equal((mandates[0].Id, "renews"), (mandates[1].Predecessor!.Value, mandates[1].Relation));
        Assert.Equal((mandates[1].Id, "replaces"), (mandates[2].Predecessor!.Value, mandates[2].Relation));
        Assert.All(mandates, m => Assert.NotEmpty(m.Sources));

        var conflicts = await (await client.GetAsync("/api/v1/conflicts")).ReadAsync<List<ConflictDto>>();
        var firstContingent = conflicts.Single(c => c.Kind == "movement" && c.Values.Any(v => v.On == new DateOnly(2024, 6, 25)));
        Assert.Equal([200, 400], firstContingent.Values.Select(v => v.Count).Order());
        Assert.All(firstContingent.Values, v => Assert.NotEmpty(v.Sources));
        var jamaica = conflicts.Single(c => c.Kind == "pledge" && c.Contributor == "JAM");
        Assert.Equal([200, 250], jamaica.Values.Select(v => v.Count).Order());
        Assert.All(conflicts, c => Assert.Equal("open", c.State));
    }

    [Fact]
    public void EveryFigureInTheSeed_CitesASourceWithAnAddressOrReference()
    {
        var data = SeedData.Embedded();
        var keys = data.Sources.Select(s => s.Key).ToHashSet();
        Assert.All(data.Sources, s => Assert.True(s.Url is not null || s.Reference is not null, s.Key));
        var cited = data.Pledges.Select(p => (p.Key, p.Sources))
            .Concat(data.Movements.Select(m => (m.Key, m.Sources)))
            .Concat(data.StrengthReports.Select(r => (r.Key, r.Sources)))
            .Concat(data.Mandates.Select(m => (m.Key, m.Sources)));
        Assert.All(cited, c =>
        {
            Assert.NotEmpty(c.Sources);
            Assert.All(c.Sources, s => Assert.Contains(s, keys));
        });
    }

    [Fact]
    public async Task Reseeding_KeepsWhatUsersEdited_AndAddsNothingTwice()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        var conflicts = await (await coordinator.GetAsync("/api/v1/conflicts")).ReadAsync<List<ConflictDto>>();
        var firstContingent = conflicts.Single(c => c.Kind == "movement" && c.Values.Any(v => v.On == new DateOnly(2024, 6, 25)));
        var fourHundred = firstContingent.Values.Single(v => v.Count == 400);
        (await coordinator.PostAsJsonAsync($"/api/v1/conflicts/{firstContingent.Id}/accept", new { recordId = fourHundred.RecordId, reason = "Verified with the contingent's manifest." }))
            .EnsureSuccessStatusCode();
        var counts = await app.WithDbAsync(async db => (await db.Movements.CountAsync(), await db.Sources.CountAsync(), await db.Mandates.CountAsync()));

        var report = await app.WithDbAsync(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Seeder>().RunAsync(SeedData.Embedded(), CancellationToken.None);
        });

        Assert.Equal(0, report.Added);
        Assert.True(report.KeptUserEdits >= 3, $"kept {report.KeptUserEdits}");
        Assert.Equal(counts, await app.WithDbAsync(async db => (await db.Movements.CountAsync(), await db.Sources.CountAsync(), await db.Mandates.CountAsync())));
        var after = await (await coordinator.GetAsync($"/api/v1/conflicts/{firstContingent.Id}")).ReadAsync<ConflictDto>();
        Assert.Equal(("settled", fourHundred.RecordId), (after.State, after.AcceptedRecordId!.Value));
        Assert.True(after.Values.Single(v => v.Count == 400).Counted);
    }

    /// <summary>Optional: where the shared fact sheet is present, every seeded source address appears in it.</summary>
    [Fact]
    public void SeedSourceAddresses_AppearInTheSharedFactSheet_WherePresent()
    {
        var factSheet = FindUp("shared/data/mss-facts.md");
        if (factSheet is null) Assert.Skip("../shared/data/mss-facts.md is not present on this machine.");
        var text = File.ReadAllText(factSheet);
        Assert.All(SeedData.Embedded().Sources.Where(s => s.Url is not null), s => Assert.Contains(s.Url!, text));
    }

    static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        return null;
    }
}
