using System.Text;
using System.Text.Json;
using Konbit.Data;
using Konbit.Shared;
using MiniExcelLibs;

namespace Konbit.Incidents.Export;

public enum ExportFormat { Csv, Hxl, Geojson, Xlsx, Cot }

/// <summary>
/// Writes filtered incidents in each export format, row by row: the rows are read from the database as they are
/// written, and what is written leaves in chunks of about 64 KB, so memory stays flat however many rows there are.
/// </summary>
public static class IncidentExport
{
    public const string Formats = "csv, hxl, geojson, xlsx, cot";
    /// <summary>A worksheet holds 1,048,576 rows, the header included; Excel refuses larger files.</summary>
    public const int XlsxMaxRows = 1_048_575;

    /// <summary>The message when an XLSX export would not fit in a worksheet.</summary>
    public static string? TooManyForXlsx(long count) => count > XlsxMaxRows
        ? $"{count:N0} incidents do not fit in a spreadsheet (at most {XlsxMaxRows:N0} rows): narrow the filter or choose csv."
        : null;
    const int ChunkBytes = 64 * 1024;
    const int ProgressEvery = 10_000;
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ExportFormat? Parse(string? format) =>
        Enum.TryParse<ExportFormat>(format?.Trim(), ignoreCase: true, out var f) && Enum.IsDefined(f) && !char.IsDigit(format!.Trim()[0]) ? f : null;

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv or ExportFormat.Hxl => "text/csv; charset=utf-8",
        ExportFormat.Geojson => "application/geo+json",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/xml; charset=utf-8",
    };

    public static string FileName(ExportFormat format, DateOnly today) => $"konbit-incidents-{today:yyyy-MM-dd}" + format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Hxl => ".hxl.csv",
        ExportFormat.Geojson => ".geojson",
        ExportFormat.Xlsx => ".xlsx",
        _ => ".cot.xml",
    };

    /// <summary>Writes the rows to <paramref name="output"/> and returns how many were written.</summary>
    public static async Task<long> WriteAsync(ExportFormat format, KonbitDb db, IQueryable<Incident> incidents, Stream output, DateTime nowUtc,
        Action<long>? progress, CancellationToken ct)
    {
        if (format == ExportFormat.Csv && await SqliteCsvExport.TryWriteAsync(db, incidents, output, progress, ct) is { } written) return written;
        var rows = ExportRow.ReadAsync(db, ExportRow.From(incidents), ct);
        if (format == ExportFormat.Xlsx) return await XlsxAsync(rows, output, progress, ct);
        var chunk = new MemoryStream(ChunkBytes * 2);
        return format switch
        {
            ExportFormat.Csv => await CsvAsync(rows, ExportColumns.Acled, hxl: false, chunk, output, progress, ct),
            ExportFormat.Hxl => await CsvAsync(rows, ExportColumns.Wide, hxl: true, chunk, output, progress, ct),
            ExportFormat.Geojson => await GeoJsonAsync(rows, chunk, output, progress, ct),
            _ => await CotExport.WriteAsync(rows, nowUtc, chunk, output, progress, ct),
        };
    }

    /// <summary>Moves what the writer has buffered to the output once there is a chunk's worth (or at the end).</summary>
    internal static async ValueTask DrainAsync(MemoryStream chunk, Stream output, CancellationToken ct, bool force = false)
    {
        if (!force && chunk.Length < ChunkBytes) return;
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), ct);
        chunk.SetLength(0);
    }

    internal static void Report(Action<long>? progress, long count)
    {
        if (count % ProgressEvery == 0) progress?.Invoke(count);
    }

    static async Task<long> CsvAsync(IAsyncEnumerable<ExportRow> rows, IReadOnlyList<ExportColumn> columns, bool hxl,
        MemoryStream chunk, Stream output, Action<long>? progress, CancellationToken ct)
    {
        await using var writer = new StreamWriter(chunk, Utf8, ChunkBytes, leaveOpen: true);
        var csv = new CsvOut(writer);
        csv.Row(columns.Select(c => hxl ? c.Label : c.Name));
        if (hxl) csv.Row(columns.Select(c => c.Hxl));
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns) csv.Field(column.Value(row));
            csv.EndRow();
            Report(progress, ++count);
            // The writer spills into the chunk whenever its own buffer fills; the chunk leaves once it is big enough.
            await DrainAsync(chunk, output, ct);
        }
        writer.Flush();
        await DrainAsync(chunk, output, ct, force: true);
        return count;
    }

    static async Task<long> GeoJsonAsync(IAsyncEnumerable<ExportRow> rows, MemoryStream chunk, Stream output, Action<long>? progress, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(chunk);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", row.Id);
            if (row is { Latitude: { } lat, Longitude: { } lon })
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(lon);
                json.WriteNumberValue(lat);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else json.WriteNull("geometry");
            json.WriteStartObject("properties");
            foreach (var column in ExportColumns.Wide) Property(json, column.Name, column.Value(row));
            json.WriteEndObject();
            json.WriteEndObject();
            Report(progress, ++count);
            if (json.BytesPending >= ChunkBytes) { json.Flush(); await DrainAsync(chunk, output, ct); }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await DrainAsync(chunk, output, ct, force: true);
        return count;
    }

    static void Property(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case string s: json.WriteString(name, s); break;
            case bool b: json.WriteBoolean(name, b); break;
            case DateOnly d: json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case double x: json.WriteNumber(name, x); break;
            case long l: json.WriteNumber(name, l); break;
            default: json.WriteNumber(name, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>
    /// MiniExcel writes an XLSX row by row but seeks back into the zip, so it writes to the output only when that can
    /// seek (a file); otherwise to a temporary file that is then copied and deleted.
    /// </summary>
    static async Task<long> XlsxAsync(IAsyncEnumerable<ExportRow> rows, Stream output, Action<long>? progress, CancellationToken ct)
    {
        long count = 0;
        // MiniExcel pulls rows synchronously, on a pool thread (Task.Run below), so blocking on each read there is harmless.
        IEnumerable<Dictionary<string, object?>> Cells()
        {
            foreach (var row in rows.ToBlockingEnumerable(ct))
            {
                ct.ThrowIfCancellationRequested();
                var cells = new Dictionary<string, object?>(ExportColumns.Wide.Count);
                foreach (var column in ExportColumns.Wide) cells[column.Name] = Cell(column.Value(row));
                Report(progress, ++count);
                yield return cells;
            }
        }
        if (output.CanSeek)
        {
            await Task.Run(() => output.SaveAs(Cells(), sheetName: "incidents"), ct);
            return count;
        }
        var path = Path.Combine(Path.GetTempPath(), $"konbit-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await Task.Run(() => { using var file = File.Create(path); file.SaveAs(Cells(), sheetName: "incidents"); }, ct);
            await using var written = File.OpenRead(path);
            await written.CopyToAsync(output, ct);
        }
        finally { File.Delete(path); }
        return count;
    }

    /// <summary>Dates as real spreadsheet dates, small codes as plain numbers.</summary>
    static object? Cell(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        byte b => (int)b,
        _ => value,
    };
}
