using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Indicators;
using Konbit.Seed;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Konbit.Tests.Indicators;

public sealed class SeedTests
{
    [Fact]
    public async Task TheSeed_DefinesComputedIndicators_OnTheForcesLedger_AndSaysWhichTargetsAreIllustrative()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = app.Anonymous();

        var statuses = (await client.GetFromJsonAsync<List<IndicatorStatus>>("/api/v1/indicators?asOf=2025-02-28"))!;
        var personnel = statuses.Single(s => s.Code == "MSS-01");
        var detail = (await client.GetFromJsonAsync<IndicatorDetail>($"/api/v1/indicators/{personnel.Id}?asOf=2025-02-28"))!;

        Assert.Equal(["MSS-01", "MSS-02", "MSS-03", "MSS-04"], statuses.Select(s => s.Code));
        Assert.Equal(("computed: personnelDeployed", 2500m, new DateOnly(2025, 10, 2)), (personnel.Source, personnel.NextTarget, personnel.NextTargetDate));
        Assert.True(personnel.Actual > 0);
        Assert.Contains("illustrative target, set in Konbit's seed", detail.Definition);
        Assert.Equal([2500m, 5550m], detail.Targets.Select(t => t.Value));
        // No responses or complaints are seeded: no data, not zero.
        Assert.Equal("no-data", statuses.Single(s => s.Code == "MSS-04").Status);
    }

    [Fact]
    public async Task Reseeding_AddsNoIndicatorOrTargetTwice_AndKeepsATargetAPersonAdded()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        var id = await app.WithDbAsync(db => db.Indicators.Where(i => i.Code == "MSS-03").Select(i => i.Id).SingleAsync());
        (await coordinator.PostAsJsonAsync($"/api/v1/indicators/{id}/targets", IndicatorRequests.Target("2026-06-30", 0.75m))).EnsureSuccessStatusCode();
        var before = await app.WithDbAsync(async db => (await db.Indicators.CountAsync(), await db.IndicatorTargets.CountAsync()));

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Seeder>().RunAsync(SeedData.Embedded(), CancellationToken.None);

        Assert.Equal(before, await app.WithDbAsync(async db => (await db.Indicators.CountAsync(), await db.IndicatorTargets.CountAsync())));
        Assert.Equal(6, before.Item2);
    }
}
