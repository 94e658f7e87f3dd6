using System.Buffers;
using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Konbit.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Konbit.Incidents.Export;

/// <summary>
/// The ACLED CSV export on SQLite, copying each column's UTF-8 bytes from SQLite's page straight into the output
/// buffer. Through ADO.NET every text field is decoded to a .NET string and encoded back, which made the export four
/// times slower than its target (200,000 rows/s); values are read with direct calls (<see cref="SqliteNative"/>). EF
/// still builds the SQL, so the filter is the same as everywhere.
/// </summary>
static class SqliteCsvExport
{
    const int ChunkBytes = 256 * 1024;
    static readonly SearchValues<byte> NeedsQuotes = SearchValues.Create(","u8 + "\""u8 + "\r\n"u8);
    static readonly string[] Columns =
        ["SourceId", "EventDate", "TimePrecision", "DisorderType", "EventType", "SubEventType", "Actor1", "AssocActor1", "Inter1",
         "Actor2", "AssocActor2", "Inter2", "Interaction", "CivilianTargeting", "Admin1", "Admin2", "Admin3", "Location", "Latitude",
         "Longitude", "GeoPrecision", "SourceNames", "SourceScale", "Notes", "Fatalities", "Tags", "SourceTimestamp", "UpdatedAtUtc"];

    /// <summary>The 28 stored columns ACLED's 31 come from (year, iso, region and country are derived or constant), in order.</summary>
    static IQueryable<object> Select(IQueryable<Incident> incidents) => incidents.OrderBy(i => i.Id).Select(i => new
    {
        i.SourceId, i.EventDate, i.TimePrecision, i.DisorderType, i.EventType, i.SubEventType, i.Actor1, i.AssocActor1, i.Inter1,
        i.Actor2, i.AssocActor2, i.Inter2, i.Interaction, i.CivilianTargeting, i.Admin1, i.Admin2, i.Admin3, i.Location, i.Latitude,
        i.Longitude, i.GeoPrecision, i.SourceNames, i.SourceScale, i.Notes, i.Fatalities, i.Tags, i.SourceTimestamp, i.UpdatedAtUtc,
    });

    /// <summary>Ids per slice: a slice is read by one thread and leaves whole, so this bounds the memory (about 7 MB a slice).</summary>
    const long SliceIds = 10_000;

    /// <summary>
    /// Writes the CSV, or returns null when the database is not SQLite (or a parameter is of an unexpected kind). The
    /// rows are read in slices of ids by two threads, each on its own connection, and written out in order by a third:
    /// reading and formatting a row costs more than writing it, and the machines have two cores. Rows added after the
    /// export starts are left out (the slices end at the highest id seen then); each thread reads its own snapshot, so
    /// an export taken while an import commits may show some rows in their newer version and others in their older.
    /// </summary>
    public static async Task<long?> TryWriteAsync(KonbitDb db, IQueryable<Incident> incidents, Stream output, Action<long>? progress, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection) return null;
        // Placeholders for the slice's bounds, told apart from the filter's own parameters by their values.
        var (from, to) = (FromMark, ToMark);
        await using var command = Select(incidents.Where(i => i.Id >= from && i.Id < to)).CreateDbCommand();
        var parameters = command.Parameters.Cast<DbParameter>().ToList();
        if (parameters.Any(p => Bindable(p.Value) is null)) return null;
        var (low, high) = (parameters.Single(p => Equals(p.Value, FromMark)).ParameterName, parameters.Single(p => Equals(p.Value, ToMark)).ParameterName);
        var first = await db.Incidents.MinAsync(i => (long?)i.Id, ct) ?? 0;
        var last = await db.Incidents.MaxAsync(i => (long?)i.Id, ct) ?? -1;
        var slices = (int)((last - first) / SliceIds + 1);
        // A second connection sees the same data only in a database file.
        var readers = File.Exists(connection.DataSource) ? Math.Clamp(Environment.ProcessorCount, 1, 2) : 1;
        var query = new Query(command.CommandText, parameters.Where(p => p.ParameterName != low && p.ParameterName != high).ToList(), low, high);

        // Check the columns before writing anything: a different shape falls back to the general export.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var probe = query.Prepare(connection.Handle!);
            for (var i = 0; i < Columns.Length; i++)
                if (raw.sqlite3_column_name(probe, i).utf8_to_string() != Columns[i]) return null;
        }
        finally { await db.Database.CloseConnectionAsync(); }

        var buffers = new BufferPool();
        var header = buffers.Rent();
        var headerBytes = Encoding.UTF8.GetBytes(string.Join(",", ExportColumns.Acled.Select(c => c.Name)) + "\r\n");
        headerBytes.CopyTo(header, 0);
        await output.WriteAsync(header.AsMemory(0, headerBytes.Length), ct);
        buffers.Return(header);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queues = Enumerable.Range(0, readers).Select(_ => Channel.CreateBounded<Slice>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true })).ToArray();
        var reading = Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
        {
            var queue = queues[r].Writer;
            try
            {
                using var own = r == 0 && readers == 1 ? null : OpenReader(connection.DataSource);
                if (own is null) await db.Database.OpenConnectionAsync(stop.Token);
                try
                {
                    using var statement = query.Prepare(own ?? connection.Handle!);
                    for (var k = r; k < slices; k += readers)
                    {
                        var from = first + k * SliceIds;
                        await queue.WriteAsync(ReadSlice(statement, query, from, from + SliceIds, buffers), stop.Token);
                    }
                }
                finally { if (own is null) await db.Database.CloseConnectionAsync(); }
                queue.TryComplete();
            }
            catch (Exception e) { queue.TryComplete(e); }
        }, CancellationToken.None)).ToArray();

        long count = 0;
        try
        {
            for (var k = 0; k < slices; k++)
            {
                var slice = await queues[k % readers].Reader.ReadAsync(stop.Token);
                foreach (var (buffer, length) in slice.Parts)
                {
                    await output.WriteAsync(buffer.AsMemory(0, length), stop.Token);
                    buffers.Return(buffer);
                }
                count += slice.Rows;
                if (slice.Rows > 0) progress?.Invoke(count);
            }
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading);
            // A reader's failure is the one to report (the queue hands it over as a ChannelClosedException).
            foreach (var q in queues) if (q.Reader.Completion is { IsFaulted: true } c) await c;
            throw;
        }
        await Task.WhenAll(reading);
        return count;
    }

    /// <summary>
    /// A reader's own handle on the database file, opened without SQLite's lock around every call: a row takes some 80
    /// calls (type, bytes and length of each column), and taking and releasing the connection's mutex for each was a
    /// tenth of the export's processor time. A handle is used by one reader at a time (SQLite's multi-thread mode);
    /// the reader's thread may change between slices, which that mode allows.
    /// </summary>
    static sqlite3 OpenReader(string path)
    {
        var rc = raw.sqlite3_open_v2(path, out var handle, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc == raw.SQLITE_OK) rc = raw.sqlite3_busy_timeout(handle, 30_000);
        if (rc == raw.SQLITE_OK) return handle;
        var message = raw.sqlite3_errmsg(handle).utf8_to_string();
        handle.Dispose();
        throw new InvalidOperationException($"Could not open {path} to export: {message}");
    }

    static readonly long FromMark = -7_000_000_001, ToMark = -7_000_000_002;

    /// <summary>The export's statement with the filter's parameters; the slice's bounds are bound per slice.</summary>
    sealed record Query(string Sql, List<DbParameter> Filter, string Low, string High)
    {
        public sqlite3_stmt Prepare(sqlite3 connection)
        {
            if (raw.sqlite3_prepare_v2(connection, Sql, out var statement) != raw.SQLITE_OK)
                throw new InvalidOperationException(raw.sqlite3_errmsg(connection).utf8_to_string());
            foreach (var p in Filter) Bind(statement, p.ParameterName, p.Value);
            return statement;
        }
    }

    /// <summary>The rows of one slice of ids, as CSV in chunks.</summary>
    sealed record Slice(List<(byte[] Buffer, int Length)> Parts, int Rows);

    static Slice ReadSlice(sqlite3_stmt statement, Query query, long from, long to, BufferPool buffers)
    {
        raw.sqlite3_reset(statement);
        Bind(statement, query.Low, from);
        Bind(statement, query.High, to);
        var parts = new List<(byte[], int)>();
        var b = new Writer { Buffer = buffers.Rent() };
        var rows = 0;
        while (true)
        {
            var step = raw.sqlite3_step(statement);
            if (step == raw.SQLITE_DONE) break;
            if (step != raw.SQLITE_ROW) throw new InvalidOperationException($"SQLite error {step} while exporting.");
            Row(statement.DangerousGetHandle(), b);
            rows++;
            if (b.At < ChunkBytes) continue;
            parts.Add((b.Buffer, b.At));
            (b.Buffer, b.At) = (buffers.Rent(), 0);
        }
        if (b.At > 0) parts.Add((b.Buffer, b.At)); else buffers.Return(b.Buffer);
        return new Slice(parts, rows);
    }

    /// <summary>Chunks circulate between the readers and the writer instead of being allocated for every 256 KB.</summary>
    sealed class BufferPool
    {
        readonly System.Collections.Concurrent.ConcurrentBag<byte[]> free = [];
        public byte[] Rent() => free.TryTake(out var b) ? b : new byte[ChunkBytes * 2];
        public void Return(byte[] buffer) { if (buffer.Length == ChunkBytes * 2) free.Add(buffer); }
    }

    /// <summary>One row in ACLED's order.</summary>
    static void Row(nint s, Writer b)
    {
        b.Field(s, 0);                                             // event_id_cnty
        b.Field(s, 1);                                             // event_date
        b.Raw(","u8);
        b.Raw(SqliteNative.Bytes(s, 1)[..4]);                      // year
        for (var i = 2; i <= 13; i++) b.Field(s, i);               // time_precision .. civilian_targeting
        b.Raw(",332,Caribbean,Haiti"u8);                           // iso, region, country
        for (var i = 14; i <= 25; i++) b.Field(s, i);              // admin1 .. tags
        if (SqliteNative.sqlite3_column_type(s, 26) != SqliteNative.Null) b.Field(s, 26);
        else b.Number(new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(Encoding.UTF8.GetString(SqliteNative.Bytes(s, 27)), CultureInfo.InvariantCulture), DateTimeKind.Utc)).ToUnixTimeSeconds());
        b.EndRow();
    }

    /// <summary>A byte buffer that rows are written into (growing for an outsized row); it leaves once it holds a chunk.</summary>
    sealed class Writer
    {
        public required byte[] Buffer;
        public int At;
        bool first = true;

        void Room(int bytes)
        {
            if (At + bytes > Buffer.Length) Array.Resize(ref Buffer, Math.Max(Buffer.Length * 2, At + bytes));
        }

        public void Raw(ReadOnlySpan<byte> bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(Buffer.AsSpan(At));
            At += bytes.Length;
        }

        void Separate()
        {
            Room(48);
            if (!first) Buffer[At++] = (byte)',';
            first = false;
        }

        public void EndRow()
        {
            Raw("\r\n"u8);
            first = true;
        }

        public void Number(long n)
        {
            Separate();
            Utf8Formatter.TryFormat(n, Buffer.AsSpan(At), out var written);
            At += written;
        }

        public void Field(nint s, int i)
        {
            switch (SqliteNative.sqlite3_column_type(s, i))
            {
                case SqliteNative.Null: Separate(); break;
                case SqliteNative.Integer: Number(SqliteNative.sqlite3_column_int64(s, i)); break;
                case SqliteNative.Float:
                    Separate();
                    SqliteNative.sqlite3_column_double(s, i).TryFormat(Buffer.AsSpan(At), out var written, "R", CultureInfo.InvariantCulture);
                    At += written;
                    break;
                default: Text(SqliteNative.Bytes(s, i)); break;
            }
        }

        void Text(ReadOnlySpan<byte> text)
        {
            Separate();
            if (text.IndexOfAny(NeedsQuotes) < 0) { Raw(text); return; }
            Room(text.Length * 2 + 2);
            Buffer[At++] = (byte)'"';
            for (var q = text.IndexOf((byte)'"'); q >= 0; q = text.IndexOf((byte)'"'))
            {
                text[..(q + 1)].CopyTo(Buffer.AsSpan(At));
                At += q + 1;
                Buffer[At++] = (byte)'"';
                text = text[(q + 1)..];
            }
            text.CopyTo(Buffer.AsSpan(At));
            At += text.Length;
            Buffer[At++] = (byte)'"';
        }
    }

    static object? Bindable(object? value) => value switch
    {
        null or DBNull => DBNull.Value,
        string or bool or int or long or short or byte or double or DateOnly => value,
        _ => null,
    };

    static void Bind(sqlite3_stmt statement, string name, object? value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index == 0) return;
        _ = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string s => raw.sqlite3_bind_text(statement, index, s),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(statement, index, d),
            DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            var n => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(n, CultureInfo.InvariantCulture)),
        };
    }
}
