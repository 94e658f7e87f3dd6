namespace Konbit.Indicators;

/// <summary>A value of an indicator on a date: entered, or computed from the ledgers.</summary>
public sealed record Reading(DateOnly On, decimal Value);

/// <summary>
/// Where an indicator should be on a date, and how its actual value compares. The expected value lies on a straight
/// line from the previous point (the baseline, or the target before) to the next target; once the last target is
/// passed, it is that target. Short of it by no more than the tolerance (a share of the distance from the baseline to
/// that target) is "at risk"; further is "off track". Pure arithmetic, tested on its own and through the API.
/// </summary>
public static class IndicatorMath
{
    public const decimal DefaultTolerance = 0.10m;

    public const string OnTrack = "on-track", AtRisk = "at-risk", OffTrack = "off-track", NoData = "no-data";

    /// <param name="Band">How far short of <paramref name="Expected"/> is still "at risk".</param>
    public sealed record Expectation(decimal Expected, decimal? Target, DateOnly? TargetOn, decimal Band);

    /// <param name="targets">In date order, each after the baseline date.</param>
    public static Expectation ExpectedOn(decimal baseline, DateOnly baselineOn, IReadOnlyList<Reading> targets, decimal tolerance, DateOnly on)
    {
        if (targets.Count == 0) return new(baseline, null, null, 0);
        var next = targets.FirstOrDefault(t => t.On >= on) ?? targets[^1];
        var band = Math.Round(tolerance * Math.Abs(next.Value - baseline), 4);
        if (on >= next.On) return new(next.Value, next.Value, next.On, band);
        var previous = targets.LastOrDefault(t => t.On < on) ?? new Reading(baselineOn, baseline);
        if (on <= previous.On) return new(previous.Value, next.Value, next.On, band);
        var share = (decimal)(on.DayNumber - previous.On.DayNumber) / (next.On.DayNumber - previous.On.DayNumber);
        return new(Math.Round(previous.Value + (next.Value - previous.Value) * share, 4), next.Value, next.On, band);
    }

    public static string StatusOf(decimal? actual, Expectation expected, IndicatorDirection direction)
    {
        if (actual is not { } value) return NoData;
        var shortfall = direction == IndicatorDirection.Higher ? expected.Expected - value : value - expected.Expected;
        return shortfall <= 0 ? OnTrack : shortfall <= expected.Band ? AtRisk : OffTrack;
    }

    /// <summary>The month ends from the one closing the baseline's month to the last on or before <paramref name="until"/>.</summary>
    public static IEnumerable<DateOnly> MonthEnds(DateOnly from, DateOnly until)
    {
        for (var end = MonthEnd(from); end <= until; end = MonthEnd(end.AddDays(1))) yield return end;
    }

    public static DateOnly MonthEnd(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    /// <summary>The end of the last whole month on or before the date: the date itself when it ends a month.</summary>
    public static DateOnly LastMonthEnd(DateOnly d) => d == MonthEnd(d) ? d : new DateOnly(d.Year, d.Month, 1).AddDays(-1);
}
