using System.Data.Common;
using Konbit.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Konbit.Data;

/// <summary>The one place that picks the database provider.</summary>
public static class Database
{
    public static IServiceCollection AddKonbitDatabase(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection(KonbitOptions.Section).Get<KonbitOptions>() ?? new KonbitOptions();
        if (options.Database.Provider == "Postgres")
        {
            var cs = config.GetConnectionString("Konbit")
                ?? throw new InvalidOperationException("Konbit:Database:Provider is Postgres but ConnectionStrings:Konbit is not set.");
            services.AddDbContext<KonbitDb, PostgresKonbitDb>(o => o.UseNpgsql(cs, n => n.MigrationsAssembly(typeof(KonbitDb).Assembly.GetName().Name)));
        }
        else
        {
            var cs = SqliteConnectionString(config, options);
            services.AddDbContext<KonbitDb, SqliteKonbitDb>(o => o.UseSqlite(cs));
        }
        return services;
    }

    static string SqliteConnectionString(IConfiguration config, KonbitOptions options)
    {
        if (config.GetConnectionString("Konbit") is { Length: > 0 } explicitCs) return explicitCs;
        Directory.CreateDirectory(options.FullDataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataDirectory, "konbit.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>
    /// Applies pending migrations (sealing old audit entries into the chain, and making the audit log append-only,
    /// <see cref="Audit.AppendOnly"/>); on SQLite also switches the file to write-ahead logging. Then builds any incident
    /// index that an interrupted bulk import left missing (<see cref="Incidents.Import.BulkIndexes"/>).
    /// </summary>
    public static async Task MigrateAsync(this KonbitDb db, CancellationToken ct = default)
    {
        // Migrate also compares the model with the last migration's snapshot, which costs about a second at every
        // start and every command; a test fails when they differ, so that check is left to the tests.
        var pending = await PendingMigrationsAsync(db, ct);
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        // Audit entries written before the hash chain existed join it once, as the migration that adds it is applied.
        if (pending.Any(m => m.EndsWith("_" + Audit.AppendOnly.Migration, StringComparison.Ordinal)))
            await Audit.AppendOnly.SealOldEntriesAsync(db, ct);
        await Audit.AppendOnly.ProtectAsync(db, ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await Incidents.Import.BulkIndexes.RestoreAsync(db, ct);
    }

    /// <summary>
    /// The migrations the database lacks, as GetPendingMigrationsAsync finds them, but reading the history table with
    /// one plain statement: EF builds a model of that table and compiles a query for it, a fifth of a second of every
    /// command's start. A database without the table yet (a new one) takes EF's own way.
    /// </summary>
    static async Task<List<string>> PendingMigrationsAsync(KonbitDb db, CancellationToken ct)
    {
        HashSet<string> applied;
        try { applied = await db.ReadTextsAsync($"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"", ct); }
        catch (DbException) { return [.. await db.Database.GetPendingMigrationsAsync(ct)]; }
        return [.. db.GetService<IMigrationsAssembly>().Migrations.Keys.Where(id => !applied.Contains(id))];
    }

    /// <summary>
    /// The first column of a plain statement's rows, on the context's connection and inside its transaction if one is
    /// open. For the checks every start makes: EF's raw queries compile a materializer the first time, a tenth of a
    /// second or more each. The statement is constant text, never input.
    /// </summary>
    public static async Task<HashSet<string>> ReadTextsAsync(this KonbitDb db, string sql, CancellationToken ct)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) texts.Add(reader.GetString(0));
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return texts;
    }

    /// <summary>Where the data lives, for the console: never the password of a connection string.</summary>
    public static string Describe(KonbitDb db, KonbitOptions options)
    {
        var conn = db.Database.GetDbConnection();
        return db.Database.IsSqlite()
            ? $"SQLite database {conn.DataSource}"
            : $"PostgreSQL database \"{conn.Database}\" on {conn.DataSource}";
    }
}
