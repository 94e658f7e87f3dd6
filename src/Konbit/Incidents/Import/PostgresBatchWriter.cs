using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using static Konbit.Incidents.Import.IncidentColumns;

namespace Konbit.Incidents.Import;

/// <summary>
/// PostgreSQL is a round trip away, so a batch goes over in one binary COPY into a temporary table, then set-based
/// statements: insert the new rows and, only when some were already stored, keep the versions about to be replaced
/// and update them.
/// </summary>
sealed class PostgresBatchWriter(NpgsqlConnection connection, BatchContext context) : IBatchWriter
{
    const string Batch = "konbit_import_batch";

    /// <summary>The incoming row replaces the stored one: a newer ACLED timestamp, or a changed row when either has none.</summary>
    const string Newer = "(CASE WHEN t.\"SourceTimestamp\" IS NOT NULL AND i.\"SourceTimestamp\" IS NOT NULL " +
        "THEN t.\"SourceTimestamp\" > i.\"SourceTimestamp\" ELSE t.\"RowHash\" IS DISTINCT FROM i.\"RowHash\" END)";

    static readonly string Create = $"CREATE TEMP TABLE IF NOT EXISTS {Batch} ({string.Join(", ", All.Select(c => $"{Q(c.Name)} {SqlType(c.Type)}"))}) ON COMMIT DELETE ROWS";
    static readonly string Copy = $"COPY {Batch} ({List()}) FROM STDIN (FORMAT BINARY)";
    static readonly string Revise =
        "INSERT INTO \"IncidentRevisions\" (\"IncidentId\", \"ReplacedAtUtc\", \"ReplacedBy\", \"Reason\", \"Snapshot\") " +
        "SELECT i.\"Id\", @at, @by, CASE WHEN t.\"SourceTimestamp\" IS NOT NULL AND i.\"SourceTimestamp\" IS NOT NULL THEN @byTimestamp ELSE @byHash END, row_to_json(i)::text " +
        $"FROM \"Incidents\" i JOIN {Batch} t ON t.\"SourceId\" = i.\"SourceId\" WHERE {Newer} AND i.\"ImportRunId\" IS DISTINCT FROM @run";
    // The rollup's buckets of the rows a statement touched, grouped (see IncidentRollupDelta.AddAsync).
    const string Buckets = "\"Month\", \"Adm1Pcode\", \"Adm2Pcode\", \"EventType\", \"MissionInvolved\", \"Synthetic\"";
    const string Grouped = $"SELECT {Buckets}, count(*)::int, sum(\"Fatalities\")::int FROM rows GROUP BY {Buckets}";
    static readonly string Replaced =
        $"WITH rows AS (SELECT i.* FROM \"Incidents\" i JOIN {Batch} t ON t.\"SourceId\" = i.\"SourceId\" WHERE {Newer}) {Grouped}";
    static readonly string Update =
        $"WITH rows AS (UPDATE \"Incidents\" i SET {string.Join(", ", All.Skip(1).Select(c => $"{Q(c.Name)} = t.{Q(c.Name)}"))} " +
        $"FROM {Batch} t WHERE i.\"SourceId\" = t.\"SourceId\" AND {Newer} RETURNING i.*) {Grouped}";
    static readonly string Insert =
        $"WITH rows AS (INSERT INTO \"Incidents\" ({List()}, \"RecordedAtUtc\", \"MissionInvolved\") SELECT {List()}, @at, false FROM {Batch} " +
        $"ON CONFLICT (\"SourceId\") DO NOTHING RETURNING *) {Grouped}";

    public async Task<BatchCounts> WriteAsync(IReadOnlyList<Incident> batch, DbTransaction transaction, IncidentRollupDelta rollup, CancellationToken ct)
    {
        var tx = (NpgsqlTransaction)transaction;
        await ExecuteAsync(Create, tx, ct);
        // A bulk load commits every few batches: the rows of the batch before are still in the table.
        await ExecuteAsync($"TRUNCATE {Batch}", tx, ct);
        await using (var copy = await connection.BeginBinaryImportAsync(Copy, ct))
        {
            // Synchronous typed writes: Npgsql buffers them, and per-value awaits and boxing cost more than the copy itself.
            var row = new Row(copy);
            foreach (var incident in batch)
            {
                ct.ThrowIfCancellationRequested();
                copy.StartRow();
                foreach (var column in All)
                {
                    row.Type = column.Type;
                    column.Write(incident, row);
                }
            }
            await copy.CompleteAsync(ct);
        }
        // New rows first: when all of them are new (a first import) the joins below are not needed at all. A row just
        // inserted equals its incoming version, so the joins leave it alone.
        var imported = await BucketsAsync(Insert, tx, rollup, 1, ct);
        if (imported == batch.Count) return new BatchCounts(imported, 0, 0);
        // A temporary table has no statistics: without them the planner may scan every stored incident for each batch.
        await ExecuteAsync($"ANALYZE {Batch}", tx, ct);
        var updated = await ExecuteAsync(Revise, tx, ct);
        await BucketsAsync(Replaced, tx, rollup, -1, ct);
        await BucketsAsync(Update, tx, rollup, 1, ct);
        return new BatchCounts(imported, updated, batch.Count - imported - updated);
    }

    async Task<int> BucketsAsync(string sql, NpgsqlTransaction tx, IncidentRollupDelta rollup, int sign, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        if (sql.Contains("@at", StringComparison.Ordinal)) command.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, context.AtUtc);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await rollup.AddAsync(reader, sign, ct);
    }

    async Task<int> ExecuteAsync(string sql, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        if (sql.Contains("@at", StringComparison.Ordinal)) command.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, context.AtUtc);
        if (sql.Contains("@by", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("by", context.ReplacedBy);
            command.Parameters.AddWithValue("byTimestamp", Reason(context.FileName, byTimestamp: true));
            command.Parameters.AddWithValue("byHash", Reason(context.FileName, byTimestamp: false));
            command.Parameters.AddWithValue("run", context.RunId);
        }
        return await command.ExecuteNonQueryAsync(ct);
    }

    static string SqlType(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Boolean => "boolean",
        NpgsqlDbType.Date => "date",
        NpgsqlDbType.Smallint => "smallint",
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Double => "double precision",
        NpgsqlDbType.TimestampTz => "timestamptz",
        _ => "text",
    };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    sealed class Row(NpgsqlBinaryImporter copy) : IColumnSink
    {
        public NpgsqlDbType Type;
        public void Text(string? value) { if (value is null) copy.WriteNull(); else copy.Write(value, Type); }
        public void Boolean(bool value) => copy.Write(value, Type);
        public void Short(short? value) { if (value is { } v) copy.Write(v, Type); else copy.WriteNull(); }
        public void Integer(int? value) { if (value is { } v) copy.Write(v, Type); else copy.WriteNull(); }
        public void Long(long? value) { if (value is { } v) copy.Write(v, Type); else copy.WriteNull(); }
        public void Double(double? value) { if (value is { } v) copy.Write(v, Type); else copy.WriteNull(); }
        public void Date(DateOnly value) => copy.Write(value, Type);
        public void Time(DateTime value) => copy.Write(value, Type);
    }
}
