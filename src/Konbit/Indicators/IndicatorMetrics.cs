using Konbit.Conduct;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Gaps;
using Konbit.Incidents;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>
/// The metrics Konbit computes from its own ledgers, each through the feature that owns the figures (forces'
/// strength, incident summaries and response times, case closures, equipment gaps). Each loads what it needs once
/// and then reads any date in memory, so a history of month ends costs one load, not one per month.
/// Monthly metrics (incidents, fatalities, response time) read the last whole month on or before the date.
/// Synthetic incidents are left out. A date the data does not cover reads as null, never as zero.
/// </summary>
public static class IndicatorMetrics
{
    public static string UnitOf(IndicatorMetric metric) => metric switch
    {
        IndicatorMetric.PersonnelDeployed => "personnel",
        IndicatorMetric.PledgedDeployedShare or IndicatorMetric.ComplaintsClosedWithin90Days => "%",
        IndicatorMetric.MedianResponseHours => "hours",
        IndicatorMetric.IncidentsPerMonth => "incidents per month",
        IndicatorMetric.FatalitiesPerMonth => "fatalities per month",
        IndicatorMetric.EquipmentGap => "items",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    public static bool IsMonthly(IndicatorMetric metric) =>
        metric is IndicatorMetric.MedianResponseHours or IndicatorMetric.IncidentsPerMonth or IndicatorMetric.FatalitiesPerMonth;

    /// <summary>The metrics that may be limited to one department: those counted from the incident log.</summary>
    public static bool TakesDepartment(IndicatorMetric metric) => IsMonthly(metric);

    public static async Task<Func<DateOnly, Reading?>> LoadAsync(KonbitDb db, Indicator indicator, CancellationToken ct)
    {
        var metric = indicator.Metric ?? throw new ArgumentException("An entered indicator has no metric.", nameof(indicator));
        switch (metric)
        {
            case IndicatorMetric.PersonnelDeployed or IndicatorMetric.PledgedDeployedShare:
            {
                var ledger = await Strength.LoadAsync(db, ct);
                return on =>
                {
                    // Before the first recorded arrival the ledger knows nothing of strength: no data, not zero.
                    if (!ledger.Movements.Any(m => m.On <= on)) return null;
                    var strength = Strength.On(ledger, on);
                    if (metric == IndicatorMetric.PersonnelDeployed) return new Reading(on, strength.Total);
                    return strength.ShareDeployed is { } share ? new Reading(on, Math.Round((decimal)share * 100, 2)) : null;
                };
            }
            case IndicatorMetric.IncidentsPerMonth or IndicatorMetric.FatalitiesPerMonth:
                return await MonthlyCountsAsync(db, indicator.DepartmentPcode, metric == IndicatorMetric.IncidentsPerMonth ? "events" : "fatalities", ct);
            case IndicatorMetric.MedianResponseHours:
            {
                var filter = new IncidentFilter { Area = indicator.DepartmentPcode, Synthetic = false };
                var times = await ResponseTimes.OfAsync(db, filter.Apply(db.Incidents.AsNoTracking()), ct);
                var hours = times.ByMonth.Where(m => m.MedianMinutes is not null)
                    .ToDictionary(m => m.Month, m => Math.Round((decimal)m.MedianMinutes!.Value / 60, 2));
                return on => Monthly(on, month => hours.TryGetValue(month, out var h) ? h : null);
            }
            case IndicatorMetric.ComplaintsClosedWithin90Days:
            {
                var cases = await CaseClosures.LoadAsync(db, ct);
                return on => CaseClosures.ShareEndedWithin(cases, 90, on) is { } share ? new Reading(on, Math.Round(share * 100, 2)) : null;
            }
            case IndicatorMetric.EquipmentGap:
            {
                var ledger = await EquipmentGaps.LoadAsync(db, ct);
                var category = Wire.Name(indicator.EquipmentCategory ?? EquipmentCategory.Other);
                // No stated requirement means no gap can be known.
                return on => EquipmentGaps.On(ledger, on).Categories.Single(c => c.Category == category).Gap is { } gap ? new Reading(on, gap) : null;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(indicator), metric, "Unknown metric.");
        }
    }

    /// <summary>
    /// Events or fatalities per month from the incident summaries. The months the log covers are those from its first
    /// recorded event to its last, in the whole country: a department with no event in a covered month counts zero.
    /// </summary>
    static async Task<Func<DateOnly, Reading?>> MonthlyCountsAsync(KonbitDb db, string? department, string column, CancellationToken ct)
    {
        var national = await Summaries.SummariseAsync(db, new IncidentFilter { Synthetic = false }, ["month"], ct);
        var months = national.Rows.Select(r => (string)r["month"]!).Order(StringComparer.Ordinal).ToList();
        if (months.Count == 0) return _ => null;
        var rows = department is null ? national : await Summaries.SummariseAsync(db, new IncidentFilter { Area = department, Synthetic = false }, ["month"], ct);
        var counts = rows.Rows.ToDictionary(r => (string)r["month"]!, r => (int)r[column]!);
        var (first, last) = (months[0], months[^1]);
        return on => Monthly(on, month => string.CompareOrdinal(month, first) < 0 || string.CompareOrdinal(month, last) > 0 ? null : counts.GetValueOrDefault(month));
    }

    static Reading? Monthly(DateOnly on, Func<string, decimal?> valueOf)
    {
        var end = IndicatorMath.LastMonthEnd(on);
        return valueOf(Summaries.MonthName(end.Year * 100 + end.Month)) is { } value ? new Reading(end, value) : null;
    }
}
