using System.Buffers;
using System.Text;

namespace Konbit.Incidents.Import;

/// <summary>
/// Reads CSV (RFC 4180) one record at a time, holding only the current record in memory, and knows the physical line
/// each record starts on. Broken quoting (a quote inside an unquoted field, an undoubled quote inside a quoted one, a
/// quote never closed) does not stop the file: the record is reported as broken, with the text of its first line, and
/// reading resumes on the next line, so one bad row costs one row.
/// </summary>
public sealed class CsvRecords : IDisposable
{
    /// <summary>A record longer than this can only be an unterminated quote swallowing the rows after it.</summary>
    const int MaxRecordChars = 1 << 20;
    static readonly SearchValues<char> Unquoted = SearchValues.Create(",\n\"");
    static readonly SearchValues<char> Quoted = SearchValues.Create("\"\n");

    readonly TextReader reader;
    char[] buffer = new char[1 << 16];
    int length, pos, recordStart, recordEnd;
    bool eof;
    int nextLine = 1;
    Span3[] fields = new Span3[64];

    public CsvRecords(Stream stream) => reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>The physical line (1 = the first) the current record starts on.</summary>
    public int Line { get; private set; }
    public int FieldCount { get; private set; }
    /// <summary>Why the current record's quoting is broken, or null; a broken record has no fields, only <see cref="Raw"/>.</summary>
    public string? Broken { get; private set; }
    /// <summary>The record as it stands in the file (for a broken one: its first line).</summary>
    public ReadOnlySpan<char> Raw => buffer.AsSpan(recordStart, recordEnd - recordStart);

    public ReadOnlySpan<char> Span(int i) { var f = fields[i]; return buffer.AsSpan(recordStart + f.Start, f.Length); }

    /// <summary>Whether field i holds doubled quotes, so that <see cref="Span"/> is not yet its value.</summary>
    public bool Escaped(int i) => fields[i].Escaped;

    public string Field(int i)
    {
        var f = fields[i];
        if (f.Length == 0) return "";
        var s = new string(buffer, recordStart + f.Start, f.Length);
        return f.Escaped ? s.Replace("\"\"", "\"", StringComparison.Ordinal) : s;
    }

    public string[] Fields() { var all = new string[FieldCount]; for (var i = 0; i < all.Length; i++) all[i] = Field(i); return all; }

    /// <summary>Moves to the next record with content (blank lines are skipped); false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!ReadOne()) return false;
            if (Broken is not null || FieldCount > 1 || fields[0].Length > 0 || fields[0].Escaped) return true;
        }
    }

    bool ReadOne()
    {
        recordStart = pos;
        Line = nextLine;
        FieldCount = 0;
        Broken = null;
        if (pos >= length && !Fill()) return false;
        var i = pos; // absolute index into buffer; re-based after every Fill
        var lines = 0;
        while (true)
        {
            var fieldStart = i;
            if (i >= length && !More(ref i, ref fieldStart)) { AddField(fieldStart, i, false); return End(i, i, lines); }
            if (buffer[i] == '"')
            {
                // Quoted field: runs to the next quote not followed by another quote.
                var escaped = false;
                fieldStart = ++i;
                while (true)
                {
                    if (i >= length && !More(ref i, ref fieldStart)) return Break("a quote is opened and never closed");
                    var found = buffer.AsSpan(i, length - i).IndexOfAny(Quoted);
                    if (found < 0) { i = length; continue; }
                    i += found;
                    if (buffer[i] == '\n') { lines++; i++; continue; }
                    if (i + 1 >= length && !More(ref i, ref fieldStart)) break;
                    if (buffer[i + 1] == '"') { escaped = true; i += 2; continue; }
                    break;
                }
                AddField(fieldStart, i, escaped);
                i++;
                if (i >= length && !More(ref i, ref fieldStart)) return End(i, i, lines);
                if (buffer[i] == '\r' && (i + 1 < length || More(ref i, ref fieldStart)) && buffer[i + 1] == '\n') i++;
                if (buffer[i] == ',') { i++; if (i >= length && !More(ref i, ref fieldStart)) { AddField(i, i, false); return End(i, i, lines); } continue; }
                if (buffer[i] == '\n') return End(i, i + 1, lines + 1);
                return Break($"a quote inside the quoted field {FieldCount} is not doubled");
            }
            while (true)
            {
                var found = buffer.AsSpan(i, length - i).IndexOfAny(Unquoted);
                if (found < 0)
                {
                    i = length;
                    if (More(ref i, ref fieldStart)) continue;
                    AddField(fieldStart, i, false);
                    return End(i, i, lines);
                }
                i += found;
                if (buffer[i] == '"') return Break($"a quote inside the unquoted field {FieldCount + 1}");
                var end = buffer[i] == '\n' && i > fieldStart && buffer[i - 1] == '\r' ? i - 1 : i;
                AddField(fieldStart, end, false);
                if (buffer[i] == '\n') return End(end, i + 1, lines + 1);
                i++;
                break;
            }
        }
    }

    bool End(int end, int next, int lines)
    {
        recordEnd = end > recordStart && buffer[end - 1] == '\r' ? end - 1 : end;
        pos = next;
        nextLine += Math.Max(lines, 1);
        return true;
    }

    /// <summary>Reports the record as broken and resumes after its first line.</summary>
    bool Break(string reason)
    {
        Broken = reason;
        FieldCount = 0;
        var i = recordStart;
        while (true)
        {
            var nl = buffer.AsSpan(i, length - i).IndexOf('\n');
            if (nl >= 0) { i += nl; break; }
            i = length;
            var ignored = 0;
            if (!More(ref i, ref ignored)) break;
        }
        recordEnd = i > recordStart && buffer[i - 1] == '\r' ? i - 1 : i;
        pos = i < length ? i + 1 : length;
        nextLine = Line + 1;
        return true;
    }

    void AddField(int start, int end, bool escaped)
    {
        if (FieldCount == fields.Length) Array.Resize(ref fields, fields.Length * 2);
        fields[FieldCount++] = new Span3(start - recordStart, end - start, escaped);
    }

    /// <summary>Reads more text, keeping the current record; re-bases the indexes given. False at the end of the file.</summary>
    bool More(ref int i, ref int other)
    {
        var before = recordStart;
        if (!Fill()) return false;
        var shift = before - recordStart;
        i -= shift;
        other -= shift;
        return true;
    }

    bool Fill()
    {
        if (eof) return false;
        if (recordStart > 0)
        {
            Array.Copy(buffer, recordStart, buffer, 0, length - recordStart);
            length -= recordStart;
            pos -= recordStart;
            recordStart = 0;
        }
        if (length == buffer.Length)
        {
            if (buffer.Length >= MaxRecordChars) return false;
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = reader.Read(buffer, length, buffer.Length - length);
        if (read == 0) { eof = true; return false; }
        length += read;
        return true;
    }

    public void Dispose() => reader.Dispose();

    readonly record struct Span3(int Start, int Length, bool Escaped);
}
