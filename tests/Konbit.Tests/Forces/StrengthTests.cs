using System.Net;
using System.Net.Http.Json;
using Konbit.Forces;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Forces;

public sealed class StrengthTests
{
    [Fact]
    public async Task Strength_OnADate_IsArrivalsMinusDeparturesUpToThatDate()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-07-16"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Departure("KEN", 30, "2024-09-01", "repatriation"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("JAM", 24, "2024-09-12"))).EnsureSuccessStatusCode();

        async Task<StrengthDto> On(string date) => await (await client.GetAsync($"/api/v1/strength?asOf={date}")).ReadAsync<StrengthDto>();

        Assert.Equal(0, (await On("2024-06-24")).Total);
        Assert.Equal(200, (await On("2024-06-25")).Total);
        Assert.Equal(400, (await On("2024-08-31")).Total);
        var september = await On("2024-09-12");
        Assert.Equal(394, september.Total);
        Assert.Equal(370, september.ByContributor.Single(c => c.Code == "KEN").Deployed);
        Assert.Equal(24, september.ByContributor.Single(c => c.Code == "JAM").Deployed);
        Assert.Equal(new DateOnly(2024, 9, 12), september.AsOf);
    }

    [Fact]
    public async Task Strength_ShowsTheLatestReportedHeadcountAndTheUnexplainedDifference()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        foreach (var (count, on) in new[] { (200, "2024-06-25"), (200, "2024-07-16"), (217, "2025-01-19"), (144, "2025-02-06") })
            (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", count, on))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/strength-reports", new { contributor = "KEN", asOf = "2025-02-06", count = 744, source = Source() }))
            .EnsureSuccessStatusCode();

        var strength = await (await client.GetAsync("/api/v1/strength?asOf=2025-02-10")).ReadAsync<StrengthDto>();
        var kenya = strength.ByContributor.Single(c => c.Code == "KEN");
        Assert.Equal(761, kenya.Deployed);
        Assert.Equal(744, kenya.Reported);
        Assert.Equal(new DateOnly(2025, 2, 6), kenya.ReportedOn);
        Assert.Equal(17, kenya.Unexplained);

        var before = await (await client.GetAsync("/api/v1/strength?asOf=2025-02-05")).ReadAsync<StrengthDto>();
        Assert.Null(before.ByContributor.Single(c => c.Code == "KEN").Reported);
    }

    [Fact]
    public async Task Pledged_FollowsRevisionsAndWithdrawals_AndKeepsTheHistory()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var first = await (await client.PostAsJsonAsync("/api/v1/pledges", Pledge("JAM", 200, "2023-08-05", "military"))).ReadAsync<PledgeDto>();
        var revised = await (await client.PostAsJsonAsync($"/api/v1/pledges/{first.Id}/revisions",
            new { count = 250, announcedOn = "2024-09-12", status = "revised", source = Source("revision") })).ReadAsync<PledgeDto>();
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("JAM", 24, "2024-09-12"))).EnsureSuccessStatusCode();

        async Task<ContributorStrengthDto> Jamaica(string date) =>
            (await (await client.GetAsync($"/api/v1/strength?asOf={date}")).ReadAsync<StrengthDto>()).ByContributor.Single(c => c.Code == "JAM");

        Assert.Equal(200, (await Jamaica("2024-01-01")).Pledged);
        var september = await Jamaica("2024-09-12");
        Assert.Equal(250, september.Pledged);
        Assert.Equal(24 / 250.0, september.ShareDeployed!.Value, 4);

        var withdrawn = await (await client.PostAsJsonAsync($"/api/v1/pledges/{revised.Id}/revisions",
            new { status = "withdrawn", announcedOn = "2025-01-10", source = Source("withdrawal") })).ReadAsync<PledgeDto>();
        Assert.Equal("withdrawn", withdrawn.Status);
        Assert.Equal(0, (await Jamaica("2025-01-10")).Pledged);

        var ledger = await (await client.GetAsync("/api/v1/contributors/JAM")).ReadAsync<ContributorLedgerDto>();
        Assert.Equal([200, 250, 0], ledger.Pledges.Select(p => p.Count));
        Assert.Equal(revised.Id, withdrawn.Supersedes);
        Assert.Equal(first.Id, ledger.Pledges[1].Supersedes);
    }

    [Fact]
    public async Task Contributors_ListPledgedDeployedAndInTraining()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/pledges", Pledge("KEN", 1000, "2023-08-01"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 400, "2024-07-16"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/training-cohorts",
            new { contributor = "KEN", count = 150, startedOn = "2025-02-01", expectedReadyOn = "2025-05-01", source = Source() })).EnsureSuccessStatusCode();

        var contributors = await (await app.Anonymous().GetAsync("/api/v1/contributors")).ReadAsync<List<ContributorDto>>();
        var kenya = contributors.Single(c => c.Code == "KEN");
        Assert.Equal(("Kenya", 1000, 400, 150), (kenya.Name, kenya.Pledged, kenya.Deployed, kenya.InTraining));
        Assert.Equal(0.4, kenya.ShareDeployed);
        Assert.Contains(contributors, c => c.Code == "JAM" && c.Pledged == 0);

        var strength = await (await client.GetAsync("/api/v1/strength?asOf=2025-06-01")).ReadAsync<StrengthDto>();
        Assert.Equal(0, strength.InTraining);
    }

    [Fact]
    public async Task Strength_WithoutAsOf_UsesToday_AndShowsTheCeilingInForce()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/mandates", new
        {
            instrument = "S/RES/9999 (2024)", mission = "Test mission", adopted = "2024-09-30", starts = "2024-10-02", expires = "2025-10-02",
            ceiling = 2500, source = new { title = "Resolution text", officialRecord = true, reference = "S/RES/9999 (2024)" },
        })).EnsureSuccessStatusCode();

        var response = await client.GetAsync("/api/v1/strength");
        var strength = await response.ReadAsync<StrengthDto>();
        Assert.Equal(DateOnly.FromDateTime(KonbitApp.Now.UtcDateTime), strength.AsOf);
        Assert.Equal(2500, strength.Ceiling);
        Assert.Equal("S/RES/9999 (2024)", strength.CeilingInstrument);
        Assert.Null((await (await client.GetAsync("/api/v1/strength?asOf=2024-01-01")).ReadAsync<StrengthDto>()).Ceiling);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/strength?asOf=yesterday")).StatusCode);
    }
}
