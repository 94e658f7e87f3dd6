using Konbit.Shared;

namespace Konbit.Indicators;

/// <summary>The indicator list's columns for CSV and XLSX (<see cref="TableExport"/>: a header row, the HXL hashtag row, the rows).</summary>
public static class IndicatorExport
{
    // Figures as doubles, so that both files write 55 rather than the 55.0000 PostgreSQL keeps at the column's scale.
    public static HxlColumn<IndicatorStatus>[] Columns(DateOnly on) =>
    [
        new("date", "#date", _ => on), new("code", "#indicator+code", s => s.Code), new("name", "#indicator+name", s => s.Name),
        new("unit", "#indicator+unit", s => s.Unit), new("direction", "#meta+direction", s => s.Direction), new("status", "#status", s => s.Status),
        new("actual", "#indicator+value+num", s => (double?)s.Actual), new("actual_date", "#date+actual", s => s.ActualDate),
        new("expected", "#indicator+expected+num", s => (double?)s.Expected), new("next_target", "#indicator+target+num", s => (double?)s.NextTarget),
        new("next_target_date", "#date+target", s => s.NextTargetDate), new("source", "#meta+source", s => s.Source),
    ];
}
