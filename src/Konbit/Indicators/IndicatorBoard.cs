using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>
/// Every indicator's status on a date, and the history behind it. The weekly report calls <see cref="EvaluateAsync"/>;
/// the API and the page also ask for the history.
/// </summary>
public static class IndicatorBoard
{
    public sealed record Evaluation(Indicator Indicator, IndicatorStatus Status, IReadOnlyList<HistoryPoint> History);

    public static async Task<IReadOnlyList<IndicatorStatus>> EvaluateAsync(KonbitDb db, DateOnly asOf, CancellationToken ct) =>
        [.. (await EvaluateAllAsync(db, asOf, withHistory: false, ct)).Select(e => e.Status)];

    /// <param name="only">One indicator's id; null for all, in code order.</param>
    public static async Task<List<Evaluation>> EvaluateAllAsync(KonbitDb db, DateOnly asOf, bool withHistory, CancellationToken ct, int? only = null)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => only == null || i.Id == only)
            .Include(i => i.Targets).Include(i => i.Values).ThenInclude(v => v.Sources)
            .OrderBy(i => i.Code).AsSplitQuery().ToListAsync(ct);
        var evaluations = new List<Evaluation>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var read = indicator.Metric is null ? Entered(indicator) : await IndicatorMetrics.LoadAsync(db, indicator, ct);
            evaluations.Add(new(indicator, StatusOn(indicator, read(asOf), asOf), withHistory ? History(indicator, read, asOf) : []));
        }
        return evaluations;
    }

    /// <summary>An entered indicator reads its latest counted value on or before the date.</summary>
    static Func<DateOnly, Reading?> Entered(Indicator indicator)
    {
        var values = indicator.Values.Where(v => v.Counted).OrderBy(v => v.On).ThenBy(v => v.Id).ToList();
        return on => values.LastOrDefault(v => v.On <= on) is { } v ? new Reading(v.On, v.Value) : null;
    }

    static IndicatorStatus StatusOn(Indicator i, Reading? reading, DateOnly asOf)
    {
        var targets = Targets(i);
        var expected = reading is null ? null : IndicatorMath.ExpectedOn(i.Baseline, i.BaselineOn, targets, i.Tolerance, reading.On);
        var next = IndicatorMath.ExpectedOn(i.Baseline, i.BaselineOn, targets, i.Tolerance, asOf);
        var status = expected is null ? IndicatorMath.NoData : IndicatorMath.StatusOf(reading!.Value, expected, i.Direction);
        return new IndicatorStatus(i.Id, i.Code, i.Name, i.Unit, Wire.Name(i.Direction), status, reading?.Value, reading?.On,
            expected?.Expected, next.Target, next.TargetOn, SourceOf(i, reading));
    }

    static string SourceOf(Indicator i, Reading? reading)
    {
        if (i.MetricName() is { } metric) return "computed: " + metric;
        var value = reading is null ? null : i.Values.Where(v => v.Counted && v.On == reading.On).MaxBy(v => v.Id);
        return value?.Sources.OrderBy(s => s.Id).FirstOrDefault()?.Title ?? "entered";
    }

    /// <summary>Computed: each month end from the baseline's month to the date. Entered: each value up to the date.</summary>
    static List<HistoryPoint> History(Indicator i, Func<DateOnly, Reading?> read, DateOnly asOf)
    {
        var targets = Targets(i);
        HistoryPoint Point(DateOnly on, decimal? actual)
        {
            var expected = IndicatorMath.ExpectedOn(i.Baseline, i.BaselineOn, targets, i.Tolerance, on);
            return new(on, actual, expected.Expected, IndicatorMath.StatusOf(actual, expected, i.Direction));
        }
        if (i.Metric is null)
            return [.. i.Values.Where(v => v.Counted && v.On <= asOf).OrderBy(v => v.On).ThenBy(v => v.Id).Select(v => Point(v.On, v.Value))];
        // A monthly metric read on a month end gives that month; a point-in-time metric gives that day.
        return [.. IndicatorMath.MonthEnds(i.BaselineOn, asOf).Select(end => Point(end, read(end) is { } r && r.On == end ? r.Value : null))];
    }

    static List<Reading> Targets(Indicator i) => [.. i.Targets.OrderBy(t => t.On).Select(t => new Reading(t.On, t.Value))];
}
