using System.Data.Common;
using System.Globalization;
using System.Text;
using Konbit.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using static Konbit.Incidents.Import.IncidentColumns;

namespace Konbit.Incidents.Import;

/// <summary>What one batch did.</summary>
public readonly record struct BatchCounts(int Imported, int Updated, int Unchanged);

/// <summary>Who writes and why, for the revisions of replaced rows.</summary>
public sealed record BatchContext(long RunId, DateTime AtUtc, string ReplacedBy, string FileName);

/// <summary>
/// Upserts a batch of incidents on SourceId inside the caller's transaction, through raw ADO.NET on the context's
/// connection (EF's change tracking costs more than the whole import). One class per provider, each with its fastest path.
/// </summary>
public interface IBatchWriter : IAsyncDisposable
{
    /// <param name="rollup">Told of every row counted in or out of a rollup bucket.</param>
    Task<BatchCounts> WriteAsync(IReadOnlyList<Incident> batch, DbTransaction transaction, IncidentRollupDelta rollup, CancellationToken ct);

    /// <summary>
    /// Told, outside any transaction, that a bulk load starts from the command line: the writer may take the database
    /// to itself for a faster way to write it, if nothing else has it open.
    /// </summary>
    void TakeDatabase() { }

    static async Task<IBatchWriter> CreateAsync(KonbitDb db, BatchContext context, CancellationToken ct) =>
        db.Database.IsSqlite()
            ? await SqliteBatchWriter.CreateAsync((SqliteConnection)db.Database.GetDbConnection(), context, ct)
            : new PostgresBatchWriter((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), context);
}

/// <summary>
/// SQLite runs in-process, so one prepared INSERT ... ON CONFLICT DO NOTHING per row, reused for the whole file, is the
/// fastest path; only rows already stored take the slower read-compare-update path. The insert binds by position
/// with direct calls (<see cref="SqliteNative"/>) on a statement of the connection's own handle (so inside its
/// transaction): Microsoft.Data.Sqlite's binding by name, converting every value on the way, cost more than SQLite's own work.
/// </summary>
sealed class SqliteBatchWriter : IBatchWriter
{
    readonly SqliteConnection connection;
    readonly BatchContext context;
    readonly sqlite3_stmt insert;
    readonly SqliteCommand find, revise, update;
    readonly long synchronous, cacheSize;
    readonly Row row;

    SqliteBatchWriter(SqliteConnection connection, BatchContext context, long synchronous, long cacheSize)
    {
        (this.connection, this.context, this.synchronous, this.cacheSize) = (connection, context, synchronous, cacheSize);
        var sql = $"INSERT INTO \"Incidents\" ({List()}, \"RecordedAtUtc\", \"MissionInvolved\") VALUES ({string.Join(", ", All.Select((_, k) => "?" + (k + 1)))}, ?{All.Length + 1}, 0) ON CONFLICT(\"SourceId\") DO NOTHING";
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out insert));
        row = new Row(this, insert.DangerousGetHandle());
        find = Command("SELECT \"Id\", \"SourceTimestamp\", \"RowHash\", \"ImportRunId\", \"Month\", \"Adm1Pcode\", \"Adm2Pcode\", \"EventType\", " +
            "\"MissionInvolved\", \"Synthetic\", \"Fatalities\" FROM \"Incidents\" WHERE \"SourceId\" = $p0", withColumns: false);
        find.Parameters.Add("$p0", SqliteType.Text);
        revise = Command("INSERT INTO \"IncidentRevisions\" (\"IncidentId\", \"ReplacedAtUtc\", \"ReplacedBy\", \"Reason\", \"Snapshot\") " +
            $"SELECT \"Id\", $at, $by, $reason, json_object({string.Join(", ", Stored.Select(c => $"'{c}', {Q(c)}"))}) FROM \"Incidents\" WHERE \"Id\" = $id", withColumns: false);
        revise.Parameters.Add("$by", SqliteType.Text).Value = context.ReplacedBy;
        revise.Parameters.Add("$reason", SqliteType.Text);
        revise.Parameters.Add("$id", SqliteType.Integer);
        update = Command($"UPDATE \"Incidents\" SET {string.Join(", ", All.Select((c, k) => $"{Q(c.Name)} = $p{k}"))} WHERE \"Id\" = $id", withColumns: true);
        update.Parameters.Add("$id", SqliteType.Integer);
    }

    public static async Task<SqliteBatchWriter> CreateAsync(SqliteConnection connection, BatchContext context, CancellationToken ct)
    {
        var synchronous = await PragmaAsync(connection, "synchronous", ct);
        var cacheSize = await PragmaAsync(connection, "cache_size", ct);
        // In WAL mode NORMAL cannot corrupt the database; a power cut may lose the last batches, which a re-run restores.
        await PragmaAsync(connection, "synchronous = NORMAL", ct);
        // The unique index on SourceId takes keys in random order (hashes): with SQLite's default 2 MB page cache every
        // insert would read index pages from disk. A fixed cache (not growing with the file) keeps them in memory.
        await PragmaAsync(connection, $"cache_size = -{ImportCacheKb}", ct);
        return new SqliteBatchWriter(connection, context, synchronous, cacheSize);
    }

    const int ImportCacheKb = 128 * 1024;

    static async Task<long> PragmaAsync(SqliteConnection connection, string pragma, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return await command.ExecuteScalarAsync(ct) is long value ? value : 0;
    }

    SqliteCommand Command(string sql, bool withColumns)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (withColumns)
            for (var k = 0; k < All.Length; k++) command.Parameters.Add(new SqliteParameter("$p" + k, null));
        if (sql.Contains("$at", StringComparison.Ordinal)) command.Parameters.Add("$at", SqliteType.Text).Value = context.AtUtc;
        return command;
    }

    public Task<BatchCounts> WriteAsync(IReadOnlyList<Incident> batch, DbTransaction transaction, IncidentRollupDelta rollup, CancellationToken ct)
    {
        var tx = (SqliteTransaction)transaction;
        find.Transaction = revise.Transaction = update.Transaction = tx;
        var at = Text(context.AtUtc);
        int imported = 0, updated = 0, unchanged = 0;
        foreach (var incident in batch)
        {
            Check(raw.sqlite3_reset(insert));
            row.Index = 1;
            foreach (var column in All) column.Write(incident, row);
            Check(raw.sqlite3_bind_text16(insert, All.Length + 1, at));
            if (raw.sqlite3_step(insert) is var rc && rc != raw.SQLITE_DONE) Check(rc);
            if (raw.sqlite3_changes(connection.Handle) == 1)
            {
                imported++;
                rollup.Add(incident, mission: false);
                continue;
            }

            find.Parameters[0].Value = incident.SourceId;
            long id; long? timestamp; string? hash; long? run; bool mission;
            using (var reader = find.ExecuteReader())
            {
                reader.Read();
                (id, timestamp, hash, run) = (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
                if (!Replaces(incident.SourceTimestamp, incident.RowHash, timestamp, hash)) { unchanged++; continue; }
                // The stored row leaves its bucket; the new version keeps the mission's own fields, which no file sets.
                mission = reader.GetBoolean(8);
                rollup.Add(reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetString(7), mission, reader.GetBoolean(9), -1, -reader.GetInt32(10));
            }
            rollup.Add(incident, mission);
            // A row this run wrote earlier (a repeat in the file) is replaced without a revision and counts once.
            if (run != context.RunId)
            {
                revise.Parameters["$reason"].Value = Reason(context.FileName, incident.SourceTimestamp is not null && timestamp is not null);
                revise.Parameters["$id"].Value = id;
                revise.ExecuteNonQuery();
                updated++;
            }
            else unchanged++;
            Bind(update, incident);
            update.Parameters["$id"].Value = id;
            update.ExecuteNonQuery();
        }
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new BatchCounts(imported, updated, unchanged));
    }

    /// <summary>
    /// Binds one row's values by position with their own types, stored as EF Core stores them on SQLite (dates and
    /// times as ISO text, booleans as 0/1). Text goes over as UTF-8, the database's encoding, so SQLite does not convert it.
    /// </summary>
    sealed class Row(SqliteBatchWriter writer, nint insert) : IColumnSink
    {
        public int Index;
        byte[] utf8 = new byte[4096];
        DateTime lastTime;
        byte[] lastTimeText = [];

        public void Text(string? value)
        {
            if (value is null) { Null(); return; }
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (most > utf8.Length) utf8 = new byte[Math.Max(most, utf8.Length * 2)];
            Bind(SqliteNative.BindText(insert, Index, utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, utf8))));
        }

        public void Boolean(bool value) => Bind(SqliteNative.sqlite3_bind_int64(insert, Index, value ? 1 : 0));
        public void Short(short? value) => Long(value);
        public void Integer(int? value) => Long(value);
        public void Long(long? value) { if (value is { } n) Bind(SqliteNative.sqlite3_bind_int64(insert, Index, n)); else Null(); }
        public void Double(double? value) { if (value is { } d) Bind(SqliteNative.sqlite3_bind_double(insert, Index, d)); else Null(); }

        public void Date(DateOnly value)
        {
            Span<byte> text = stackalloc byte[10];
            value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Bind(SqliteNative.BindText(insert, Index, text[..written]));
        }

        // Every row of a batch carries the same UpdatedAtUtc: formatted once.
        public void Time(DateTime value)
        {
            if (value != lastTime || lastTimeText.Length == 0) (lastTime, lastTimeText) = (value, Encoding.UTF8.GetBytes(SqliteBatchWriter.Text(value)));
            Bind(SqliteNative.BindText(insert, Index, lastTimeText));
        }

        void Null() => Bind(SqliteNative.sqlite3_bind_null(insert, Index));

        void Bind(int rc)
        {
            writer.Check(rc);
            Index++;
        }
    }

    static string Text(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
    }

    static void Bind(SqliteCommand command, Incident incident)
    {
        for (var k = 0; k < All.Length; k++) command.Parameters[k].Value = All[k].Value(incident) ?? DBNull.Value;
    }

    bool rollbackJournal;

    /// <summary>
    /// A bulk load from the command line switches the file from the write-ahead log to a rollback journal while no other
    /// connection has it open: pages added to the file are then written once, where the log writes each twice (into
    /// the log, then back into the database); about 5% of a million-row load. Readers in that mode would wait for each
    /// of the load's transactions, which is why only the command line asks, and SQLite refuses the switch while another
    /// connection is open (a running server): the load then keeps the log. Sync is FULL in that mode (with NORMAL, a
    /// rollback journal can be corrupted by a power cut). Dispose goes back to the log, and a killed load is set back
    /// by the next start (<see cref="Data.Database.MigrateAsync"/>).
    /// </summary>
    public void TakeDatabase()
    {
        // Idle pooled connections of this process hold the file open too.
        SqliteConnection.ClearAllPools();
        // Directly, not through SqliteCommand, which would retry a busy database for its whole timeout.
        Check(raw.sqlite3_prepare_v2(connection.Handle, "PRAGMA journal_mode = TRUNCATE", out var statement));
        using (statement)
            rollbackJournal = raw.sqlite3_step(statement) == raw.SQLITE_ROW
                && raw.sqlite3_column_text(statement, 0).utf8_to_string() == "truncate";
        if (rollbackJournal) Check(raw.sqlite3_exec(connection.Handle, "PRAGMA synchronous = FULL"));
    }

    public async ValueTask DisposeAsync()
    {
        if (rollbackJournal) await PragmaAsync(connection, "journal_mode = WAL", CancellationToken.None);
        rollbackJournal = false;
        insert.Dispose();
        foreach (var c in new[] { find, revise, update }) await c.DisposeAsync();
        await PragmaAsync(connection, $"synchronous = {synchronous}", CancellationToken.None);
        await PragmaAsync(connection, $"cache_size = {cacheSize}", CancellationToken.None);
    }
}
