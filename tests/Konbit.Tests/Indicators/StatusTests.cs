using Konbit.Indicators;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Indicators.IndicatorRequests;

namespace Konbit.Tests.Indicators;

/// <summary>Status against the straight path from the baseline to the targets, through the API, on entered values.</summary>
public sealed class StatusTests
{
    [Fact]
    public async Task HigherIsBetter_AheadIsOnTrack_ShortWithinToleranceIsAtRisk_FurtherIsOffTrack()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        // 0 → 100 over ten days, then → 200 over ten more: the expected value rises by 10 a day; the tolerance is 10% of the distance.
        var indicator = await DefineAsync(client, Entered("HI", "higher", 0, "2024-01-01", Target("2024-01-11", 100), Target("2024-01-21", 200)));
        await AddValueAsync(client, indicator.Id, "2024-01-06", 55);
        await AddValueAsync(client, indicator.Id, "2024-01-16", 131);
        await AddValueAsync(client, indicator.Id, "2024-01-18", 140);

        var onTrack = await StatusAsync(client, "HI", "2024-01-07");
        var atRisk = await StatusAsync(client, "HI", "2024-01-17");
        var offTrack = await StatusAsync(client, "HI", "2024-01-19");

        Assert.Equal(("on-track", 55m, new DateOnly(2024, 1, 6), 50m), (onTrack.Status, onTrack.Actual, onTrack.ActualDate, onTrack.Expected));
        Assert.Equal((100m, new DateOnly(2024, 1, 11)), (onTrack.NextTarget, onTrack.NextTargetDate));
        Assert.Equal(("at-risk", 131m, 150m), (atRisk.Status, atRisk.Actual, atRisk.Expected));
        Assert.Equal(("off-track", 140m, 170m, 200m), (offTrack.Status, offTrack.Actual, offTrack.Expected, offTrack.NextTarget));
        Assert.Equal(("higher", "points", "Test report figure"), (offTrack.Direction, offTrack.Unit, offTrack.Source));
    }

    [Fact]
    public async Task LowerIsBetter_BelowThePathIsOnTrack_AndAboveItIsAtRiskOrOffTrack()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("LO", "lower", 100, "2024-01-01", Target("2024-01-11", 0)));
        await AddValueAsync(client, indicator.Id, "2024-01-06", 45);
        await AddValueAsync(client, indicator.Id, "2024-01-07", 50);
        await AddValueAsync(client, indicator.Id, "2024-01-08", 41);

        var history = (await DetailAsync(client, indicator.Id, "2024-01-31")).History;

        Assert.Equal(
            [(new DateOnly(2024, 1, 6), 45m, 50m, "on-track"), (new DateOnly(2024, 1, 7), 50m, 40m, "at-risk"), (new DateOnly(2024, 1, 8), 41m, 30m, "off-track")],
            history.Select(h => (h.Date, h.Actual!.Value, h.Expected, h.Status)));
    }

    [Fact]
    public async Task BeforeAnyValue_TheStatusIsNoData_WithNoActual()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("ND", "higher", 0, "2024-01-01", Target("2024-12-31", 10)));
        await AddValueAsync(client, indicator.Id, "2024-06-01", 5);

        var before = await StatusAsync(client, "ND", "2024-05-31");

        Assert.Equal(("no-data", null, null, null), (before.Status, before.Actual, before.ActualDate, before.Expected));
        Assert.Equal((10m, new DateOnly(2024, 12, 31)), (before.NextTarget, before.NextTargetDate));
        Assert.Equal("entered", before.Source);
        Assert.Empty((await DetailAsync(client, indicator.Id, "2024-05-31")).History);
    }

    [Fact]
    public async Task AfterTheLastTarget_TheTargetItselfIsExpected_AndStaysTheNextTarget()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("END", "higher", 0, "2024-01-01", Target("2024-03-01", 80)));
        await AddValueAsync(client, indicator.Id, "2024-09-01", 75);

        var late = await StatusAsync(client, "END", "2024-10-01");

        // Short by 5, within 10% of the 80 from baseline to target.
        Assert.Equal(("at-risk", 80m, 80m, new DateOnly(2024, 3, 1)), (late.Status, late.Expected, late.NextTarget, late.NextTargetDate));
    }

    [Fact]
    public async Task ATolerance_OfZero_MakesAnyShortfallOffTrack()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        var body = Entered("TZ", "higher", 0, "2024-01-01", Target("2024-01-11", 100));
        body["tolerance"] = 0m;
        var indicator = await DefineAsync(client, body);
        await AddValueAsync(client, indicator.Id, "2024-01-11", 99);

        Assert.Equal("off-track", (await StatusAsync(client, "TZ", "2024-01-11")).Status);
        Assert.Equal(0m, indicator.Tolerance);
    }
}
