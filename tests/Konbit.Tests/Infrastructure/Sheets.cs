using System.Globalization;
using MiniExcelLibs;

namespace Konbit.Tests.Infrastructure;

/// <summary>Downloads read back as rows of text, so an XLSX can be compared cell by cell with the CSV of the same table.</summary>
public static class Sheets
{
    /// <summary>Every row of the first sheet, the header rows included; numbers, dates and booleans written as the CSV writes them.</summary>
    public static List<string[]> Xlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(Text).ToArray())];
    }

    /// <summary>An RFC 4180 CSV (CRLF line ends, quoted fields), its numbers in the same form as <see cref="Xlsx"/> gives them.</summary>
    public static List<string[]> Csv(string text)
    {
        Assert.EndsWith("\r\n", text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(Number(field.ToString())); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                row.Add(Number(field.ToString()));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }

    static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)!,
    };

    static string Number(string field) =>
        double.TryParse(field, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x)
            ? x.ToString("R", CultureInfo.InvariantCulture) : field;
}
