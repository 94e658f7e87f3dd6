using Konbit.Indicators;

namespace Konbit.Tests.Indicators;

/// <summary>The expected path and the status rule on their own: the edges the API tests do not reach.</summary>
public sealed class IndicatorMathTests
{
    static readonly DateOnly Baseline = new(2024, 1, 1);
    static readonly Reading[] Targets = [new(new DateOnly(2024, 1, 11), 100), new(new DateOnly(2024, 1, 21), 50)];

    static IndicatorMath.Expectation On(int day, IReadOnlyList<Reading>? targets = null) =>
        IndicatorMath.ExpectedOn(0, Baseline, targets ?? Targets, 0.1m, new DateOnly(2024, 1, day));

    [Fact]
    public void Expected_FollowsEachSegment_AndTheBandIsTheToleranceOfTheDistanceFromTheBaselineToTheNextTarget()
    {
        Assert.Equal((30m, 100m, 10m), (On(4).Expected, On(4).Target!.Value, On(4).Band));
        Assert.Equal((100m, 100m), (On(11).Expected, On(11).Target!.Value));
        Assert.Equal((75m, 50m, 5m), (On(16).Expected, On(16).Target!.Value, On(16).Band));
        Assert.Equal((50m, new DateOnly(2024, 1, 21)), (On(30).Expected, On(30).TargetOn!.Value));
    }

    [Fact]
    public void Expected_BeforeTheBaseline_IsTheBaseline_AndWithoutTargetsTheBaselineWithNoBand()
    {
        Assert.Equal(0m, IndicatorMath.ExpectedOn(0, Baseline, Targets, 0.1m, new DateOnly(2023, 12, 1)).Expected);
        var none = On(5, []);
        Assert.Equal((0m, (decimal?)null, 0m), (none.Expected, none.Target, none.Band));
    }

    [Theory]
    [InlineData("higher", 30, "on-track")]
    [InlineData("higher", 20, "at-risk")]
    [InlineData("higher", 19.99, "off-track")]
    [InlineData("lower", 30, "on-track")]
    [InlineData("lower", 40, "at-risk")]
    [InlineData("lower", 40.01, "off-track")]
    public void Status_AtExactlyTheToleranceIsAtRisk_AndBeyondItOffTrack(string direction, double actual, string status)
    {
        var expected = On(4);
        var d = direction == "higher" ? IndicatorDirection.Higher : IndicatorDirection.Lower;
        Assert.Equal(status, IndicatorMath.StatusOf((decimal)actual, expected, d));
    }

    [Fact]
    public void Status_WithoutAValue_IsNoData()
    {
        Assert.Equal("no-data", IndicatorMath.StatusOf(null, On(4), IndicatorDirection.Higher));
    }

    [Fact]
    public void MonthEnds_RunFromTheBaselinesMonth_AndTheLastWholeMonthOfADateIsItselfOnlyAtAMonthEnd()
    {
        Assert.Equal([new DateOnly(2024, 1, 31), new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 31)],
            IndicatorMath.MonthEnds(new DateOnly(2024, 1, 15), new DateOnly(2024, 4, 29)));
        Assert.Equal(new DateOnly(2024, 2, 29), IndicatorMath.LastMonthEnd(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 1, 31), IndicatorMath.LastMonthEnd(new DateOnly(2024, 2, 28)));
    }
}
