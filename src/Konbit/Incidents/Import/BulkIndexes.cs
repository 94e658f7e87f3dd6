using Konbit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Konbit.Incidents.Import;

/// <summary>
/// A large file loads into a small log much faster without the secondary indexes on Incidents: each row would update
/// them in random order, while building one afterwards is a single sorted pass. The importer drops them before its first
/// batch when the file is large and holds at least as many rows as the log (<see cref="Worthwhile"/>) and builds them at the end.
/// Nothing records that they are missing: <see cref="RestoreAsync"/> creates every index of the model that the database
/// lacks, and runs after every migration (start-up, every command), so a load killed half-way is repaired by the next
/// start. The definitions come from the EF model, the same ones the migrations create.
/// </summary>
public static class BulkIndexes
{
    /// <summary>True when dropping and rebuilding the indexes costs less than updating them row by row.</summary>
    public static bool Worthwhile(long fileRows, long storedRows, long minRows) => fileRows >= minRows && fileRows >= storedRows;

    /// <summary>
    /// The indexes a bulk load drops: all but the unique SourceId (the upsert finds rows through it) and filtered ones
    /// (the response-times index holds only the few rows with a response time, so it costs a load nothing). Measured on
    /// a million rows, keeping the single-column ones (date, run) cost the load more than building them afterwards.
    /// Names and filters come from the runtime model: the design-time one is built from the model's code (most of a
    /// second, which the compiled model saves every command) and is needed only to create a missing index.
    /// </summary>
    static List<string> Secondary(KonbitDb db) =>
        [.. Indexes(db).Where(i => !i.IsUnique && i.GetFilter() is null).Select(i => i.GetDatabaseName()!)];

    static IEnumerable<IIndex> Indexes(KonbitDb db) => db.Model.FindEntityType(typeof(Incident))!.GetIndexes();

    public static async Task DropAsync(KonbitDb db, CancellationToken ct)
    {
        // Rebuilding the indexes at the end needs the design-time model (the compiled one lacks their SQL), which
        // takes most of a second to build from the model's code. Build it now, on the core the parser leaves idle
        // while SQLite writes, so the end of the load does not wait for it. EF builds a model once and caches it.
        var designTime = db.GetService<IDesignTimeModel>();
        _ = Task.Run(() => designTime.Model, CancellationToken.None);
        // Index names come from the model, never from input.
        foreach (var drop in Secondary(db).Select(name => "DROP INDEX IF EXISTS \"" + name + "\""))
            await db.Database.ExecuteSqlRawAsync(drop, ct);
    }

    /// <summary>The model's indexes on Incidents that the database lacks (none before the migrations create the table).</summary>
    public static async Task<List<ITableIndex>> MissingAsync(KonbitDb db, CancellationToken ct)
    {
        var existing = (await db.Database.SqlQueryRaw<string>(db.Database.IsSqlite()
            ? "SELECT \"name\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"tbl_name\" = 'Incidents'"
            : "SELECT indexname::text AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Incidents'")
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (existing.Count == 0 || Indexes(db).All(i => existing.Contains(i.GetDatabaseName()!))) return [];
        return [.. db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Single(t => t.Name == nameof(KonbitDb.Incidents)).Indexes.Where(i => !existing.Contains(i.Name))];
    }

    /// <summary>Creates the model's indexes on Incidents that the database lacks; returns how many it built.</summary>
    public static async Task<int> RestoreAsync(KonbitDb db, CancellationToken ct)
    {
        var missing = await MissingAsync(db, ct);
        if (missing.Count == 0) return 0;
        var model = db.GetService<IDesignTimeModel>().Model;
        var commands = db.GetService<IMigrationsSqlGenerator>()
            .Generate([.. missing.Select(CreateIndexOperation.CreateFrom)], model);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The sort of a million keys fits in memory when the server allows it; the default spills to disk.
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var command in commands) await db.Database.ExecuteSqlRawAsync(command.CommandText, ct);
        await tx.CommitAsync(ct);
        // PostgreSQL: fresh statistics for the planner, and the visibility map that lets the covering indexes answer
        // without reading the table; until autovacuum came round, a list after a bulk load took 0.4-1 s, not 20 ms.
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"Incidents\"", ct);
        return missing.Count;
    }
}
