using Konbit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Konbit.Incidents.Import;

/// <summary>
/// A large file loads into a small log much faster without the secondary indexes on Incidents: each row would update
/// them in random order, while building one afterwards is a single sorted pass. The importer drops them before its first
/// batch when the file is large and holds at least as many rows as the log (<see cref="Worthwhile"/>) and builds them at the end.
/// Nothing records that they are missing: <see cref="RestoreAsync"/> creates every index of the model that the database
/// lacks, and runs after every migration (start-up, every command), so a load killed half-way is repaired by the next
/// start.
/// </summary>
public static class BulkIndexes
{
    /// <summary>True when dropping and rebuilding the indexes costs less than updating them row by row.</summary>
    public static bool Worthwhile(long fileRows, long storedRows, long minRows) => fileRows >= minRows && fileRows >= storedRows;

    /// <summary>
    /// The indexes a bulk load drops: all but the unique SourceId (the upsert finds rows through it) and filtered ones
    /// (the response-times index holds only the few rows with a response time, so it costs a load nothing). Measured on
    /// a million rows, keeping the single-column ones (date, run) cost the load more than building them afterwards.
    /// </summary>
    static IEnumerable<ITableIndex> Secondary(KonbitDb db) => Indexes(db).Where(i => !i.IsUnique && i.Filter is null);

    /// <summary>
    /// The indexes on Incidents as the running (compiled) model maps them: names, columns, uniqueness and filter, which
    /// is all these indexes use. EF's migration SQL generator would need the design-time model, which takes most of a
    /// second to build from the model's code; a test checks that the statements below rebuild what the migrations made.
    /// </summary>
    static IEnumerable<ITableIndex> Indexes(KonbitDb db) =>
        db.Model.GetRelationalModel().Tables.Single(t => t.Name == nameof(KonbitDb.Incidents)).Indexes;

    /// <summary>The statement that creates one index, the same on SQLite and PostgreSQL. Names come from the model, never from input.</summary>
    public static string CreateSql(ITableIndex index) =>
        $"CREATE {(index.IsUnique ? "UNIQUE " : "")}INDEX \"{index.Name}\" ON \"{index.Table.Name}\" ("
        + string.Join(", ", index.Columns.Select(c => "\"" + c.Name + "\"")) + ")"
        + (index.Filter is { } filter ? " WHERE " + filter : "");

    public static async Task DropAsync(KonbitDb db, CancellationToken ct)
    {
        foreach (var drop in Secondary(db).Select(i => "DROP INDEX IF EXISTS \"" + i.Name + "\""))
            await db.Database.ExecuteSqlRawAsync(drop, ct);
    }

    /// <summary>The model's indexes on Incidents that the database lacks (none before the migrations create the table).</summary>
    public static async Task<List<ITableIndex>> MissingAsync(KonbitDb db, CancellationToken ct)
    {
        // With the table's own row (SQLite) or its primary key (PostgreSQL), nothing found means no table yet.
        var existing = await db.ReadTextsAsync(db.Database.IsSqlite()
            ? "SELECT \"name\" FROM sqlite_master WHERE \"type\" IN ('index', 'table') AND \"tbl_name\" = 'Incidents'"
            : "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Incidents'", ct);
        return existing.Count == 0 ? [] : [.. Indexes(db).Where(i => !existing.Contains(i.Name))];
    }

    /// <summary>Creates the model's indexes on Incidents that the database lacks; returns how many it built.</summary>
    public static async Task<int> RestoreAsync(KonbitDb db, CancellationToken ct)
    {
        var missing = await MissingAsync(db, ct);
        if (missing.Count == 0) return 0;
        // SQLite sorts the keys within its page cache: measured on a million rows, the import's 128 MB cache made the
        // four indexes take 7.5-9 s where the default 2 MB took 6-7.7 s; a helper thread for the sorts, 6.1 s instead of 8.0 s.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000; PRAGMA threads = 2", ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The sort of a million keys fits in memory when the server allows it; the default spills to disk.
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var index in missing) await db.Database.ExecuteSqlRawAsync(CreateSql(index), ct);
        await tx.CommitAsync(ct);
        // PostgreSQL: fresh statistics for the planner, and the visibility map that lets the covering indexes answer
        // without reading the table; until autovacuum came round, a list after a bulk load took 0.4-1 s, not 20 ms.
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"Incidents\"", ct);
        return missing.Count;
    }
}
