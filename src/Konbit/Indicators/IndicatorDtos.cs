using Konbit.Shared;
using Konbit.Sources;

namespace Konbit.Indicators;

/// <summary>An indicator's standing on a date, as the list, the page and the weekly report show it.</summary>
/// <param name="Status">"on-track", "at-risk", "off-track" or "no-data".</param>
/// <param name="ActualDate">The date of the value compared: the latest entered value, the end of the last whole month for monthly metrics, else the date asked.</param>
/// <param name="Expected">Where the indicator should be on <paramref name="ActualDate"/>, on the line from the baseline to the targets.</param>
/// <param name="NextTarget">The first target on or after the date asked, or the last target once all have passed.</param>
/// <param name="Source">"computed: &lt;metric&gt;", or the title of the source the latest entered value cites.</param>
public sealed record IndicatorStatus(int Id, string Code, string Name, string Unit, string Direction, string Status,
    decimal? Actual, DateOnly? ActualDate, decimal? Expected, decimal? NextTarget, DateOnly? NextTargetDate, string Source);

/// <summary>One step of an indicator's history: month ends for computed indicators, each entered value otherwise.</summary>
public sealed record HistoryPoint(DateOnly Date, decimal? Actual, decimal Expected, string Status);

public sealed record TargetDto(int Id, DateOnly On, decimal Value, string? Note);

public sealed record IndicatorValueDto(int Id, DateOnly On, decimal Value, string? Note, IReadOnlyList<SourceDto> Sources);

/// <param name="Metric">Null for an entered indicator.</param>
/// <param name="Tolerance">A share of the distance from the baseline to the target: 0.1 is 10%.</param>
public sealed record IndicatorDetail(int Id, string Code, string Name, string Definition, string Unit, string Direction, string MandateTask,
    decimal Baseline, DateOnly BaselineOn, decimal Tolerance, string? Metric, string? Department, string? EquipmentCategory,
    IReadOnlyList<TargetDto> Targets, IReadOnlyList<IndicatorValueDto> Values, IndicatorStatus Status, IReadOnlyList<HistoryPoint> History);

public static class IndicatorMapping
{
    public static string? MetricName(this Indicator i) => i.Metric is { } m ? Wire.Name(m) : null;

    public static TargetDto Dto(this IndicatorTarget t) => new(t.Id, t.On, t.Value, t.Note);

    public static IndicatorValueDto Dto(this IndicatorValue v) => new(v.Id, v.On, v.Value, v.Note, [.. v.Sources.OrderBy(s => s.Id).Select(Citations.Dto)]);

    public static IndicatorDetail Detail(this Indicator i, IndicatorStatus status, IReadOnlyList<HistoryPoint> history) => new(i.Id, i.Code, i.Name,
        i.Definition, i.Unit, Wire.Name(i.Direction), i.MandateTask, i.Baseline, i.BaselineOn, i.Tolerance, i.MetricName(), i.DepartmentPcode,
        i.EquipmentCategory is { } c ? Wire.Name(c) : null, [.. i.Targets.OrderBy(t => t.On).Select(Dto)], [.. i.Values.OrderBy(v => v.On).ThenBy(v => v.Id).Select(Dto)],
        status, history);
}
