using System.Buffers;
using System.Globalization;

namespace Konbit.Shared;

/// <summary>
/// Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted only when it holds a comma, a
/// quote or a line break, quotes inside doubled. Numbers and dates are written invariantly (1.5, 2024-06-25) whatever
/// the server's culture.
/// </summary>
public sealed class CsvOut(TextWriter writer)
{
    static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    readonly char[] buffer = new char[64];
    bool first = true;

    public void Field(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0) { writer.Write(value); return; }
        writer.Write('"');
        var rest = value.AsSpan();
        for (var q = rest.IndexOf('"'); q >= 0; q = rest.IndexOf('"'))
        {
            writer.Write(rest[..(q + 1)]);
            writer.Write('"');
            rest = rest[(q + 1)..];
        }
        writer.Write(rest);
        writer.Write('"');
    }

    public void Field(object? value)
    {
        switch (value)
        {
            case null: Separate(); break;
            case string s: Field(s); break;
            case bool b: Separate(); writer.Write(b ? "true" : "false"); break;
            case DateOnly d: Formatted(d, "yyyy-MM-dd"); break;
            case double x: Formatted(x, "R"); break;
            case ISpanFormattable f: Formatted(f, null); break;
            default: Field(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    void Formatted<T>(T value, string? format) where T : ISpanFormattable
    {
        Separate();
        if (value.TryFormat(buffer, out var n, format, CultureInfo.InvariantCulture)) writer.Write(buffer, 0, n);
        else writer.Write(value.ToString(format, CultureInfo.InvariantCulture));
    }

    void Separate()
    {
        if (!first) writer.Write(',');
        first = false;
    }

    public void EndRow()
    {
        writer.Write("\r\n");
        first = true;
    }

    public void Row(IEnumerable<string> fields)
    {
        foreach (var f in fields) Field(f);
        EndRow();
    }
}
