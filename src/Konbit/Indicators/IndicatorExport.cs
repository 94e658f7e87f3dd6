using System.Globalization;
using Konbit.Gaps;
using MiniExcelLibs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Konbit.Indicators;

/// <summary>The indicator list as CSV with its HXL hashtag row, or as a spreadsheet with the same columns.</summary>
public static class IndicatorExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool Known(string format) => HxlCsv.Wanted(format) || IsXlsx(format);

    public static bool IsXlsx(string? format) => string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);

    /// <param name="number">How a figure is written: text for the CSV, a number for the spreadsheet.</param>
    static HxlColumn<IndicatorStatus>[] Columns(DateOnly on, Func<decimal?, object?> number) =>
    [
        new("date", "#date", _ => on), new("code", "#indicator+code", s => s.Code), new("name", "#indicator+name", s => s.Name),
        new("unit", "#indicator+unit", s => s.Unit), new("direction", "#meta+direction", s => s.Direction), new("status", "#status", s => s.Status),
        new("actual", "#indicator+value+num", s => number(s.Actual)), new("actual_date", "#date+actual", s => s.ActualDate),
        new("expected", "#indicator+expected+num", s => number(s.Expected)), new("next_target", "#indicator+target+num", s => number(s.NextTarget)),
        new("next_target_date", "#date+target", s => s.NextTargetDate), new("source", "#meta+source", s => s.Source),
    ];

    public static ContentHttpResult Csv(string name, IReadOnlyList<IndicatorStatus> statuses, DateOnly on, HttpContext http) =>
        HxlCsv.Result(name, Columns(on, Text), statuses, http);

    /// <summary>A header row, then one row per indicator; figures as numbers and dates as dates. Small, so built in memory.</summary>
    public static FileContentHttpResult Xlsx(string name, IReadOnlyList<IndicatorStatus> statuses, DateOnly on)
    {
        var columns = Columns(on, d => d);
        var rows = statuses.Select(s => columns.ToDictionary(c => c.Header, object? (c) => c.Value(s) is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : c.Value(s)));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "indicators");
        return TypedResults.File(stream.ToArray(), XlsxType, name + ".xlsx");
    }

    /// <summary>Without the trailing zeros PostgreSQL keeps at the column's scale, so both providers write the same text.</summary>
    static object? Text(decimal? d) => d?.ToString("0.####", CultureInfo.InvariantCulture);
}
