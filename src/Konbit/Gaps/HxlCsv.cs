using System.Globalization;
using Konbit.Incidents.Export;
using Konbit.Sources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Konbit.Gaps;

/// <summary>
/// A ledger's CSV export: a header row, then the HXL hashtag row that humanitarian tools read, then one row per line.
/// Small tables, so the text is built in memory.
/// </summary>
public sealed record HxlColumn<T>(string Header, string Tag, Func<T, object?> Value);

public static class HxlCsv
{
    public static ContentHttpResult Result<T>(string name, IReadOnlyList<HxlColumn<T>> columns, IEnumerable<T> rows, HttpContext http)
    {
        var text = new StringWriter();
        var csv = new CsvOut(text);
        csv.Row(columns.Select(c => c.Header));
        csv.Row(columns.Select(c => c.Tag));
        foreach (var row in rows)
        {
            foreach (var c in columns) csv.Field(c.Value(row) is decimal d ? Money(d) : c.Value(row));
            csv.EndRow();
        }
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        return TypedResults.Text(text.ToString(), "text/csv; charset=utf-8");
    }

    /// <summary>A row's sources in one cell: each one's address, else its reference, else its title.</summary>
    public static string Sources(IEnumerable<SourceDto> sources) => string.Join(" ", sources.Select(s => s.Url ?? s.Reference ?? s.Title));

    /// <summary>Amounts with their cents and rates with up to eight decimals, whichever provider stored them (SQLite drops trailing zeros).</summary>
    static string Money(decimal d) => d.ToString("0.00######", CultureInfo.InvariantCulture);

    public static bool Wanted(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
}
