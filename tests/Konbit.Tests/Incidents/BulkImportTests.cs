using Konbit.Data;
using Konbit.Incidents;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>
/// A large file loads without the covering indexes and builds them at the end, commits every few batches, and adds
/// what it did to the rollup instead of rebuilding it. The threshold is lowered so that small files take that path.
/// </summary>
public sealed class BulkImportTests
{
    static readonly string[] Types = ["Battles", "Violence against civilians", "Protests", "Riots", "Explosions/Remote violence"];
    static readonly string[] SubTypes = ["Armed clash", "Attack", "Peaceful protest", "Mob violence", "Remote explosive/landmine/IED"];

    /// <summary>Rows over many months and types, so that the rollup has more buckets than it moves one by one.</summary>
    static Dictionary<string, string>[] Spread(int count, int fatalitiesFrom = 0) => [.. Enumerable.Range(0, count).Select(k =>
        Row($"HTI{100000 + k}", date: new DateOnly(2000, 1, 15).AddMonths(k / 4 % 300).ToString("yyyy-MM-dd"),
            eventType: Types[k % Types.Length], subType: SubTypes[k % Types.Length], fatalities: ((k + fatalitiesFrom) % 7).ToString(),
            admin1: k % 2 == 0 ? "Ouest" : "Artibonite", admin2: k % 2 == 0 ? "Port-au-Prince" : "Saint-Marc",
            latitude: "", longitude: "", timestamp: (1700000000 + fatalitiesFrom).ToString()))];

    static ImportOptions Bulk(string name) => new(name, BatchSize: 100, BulkFromRows: 500);

    /// <summary>The rollup as stored, and as a rebuild from Incidents would make it.</summary>
    static async Task AssertRollupMatchesIncidentsAsync(KonbitApp app) => await app.WithDbAsync(async db =>
    {
        var log = await db.IncidentLog.AsNoTracking().SingleAsync();
        Assert.Equal(log.LogVersion, log.RollupVersion);
        var stored = await db.IncidentCounts.Select(c => new { c.Month, c.Adm1Pcode, c.Adm2Pcode, c.EventType, c.MissionInvolved, c.Synthetic, c.Events, c.Fatalities })
            .ToListAsync();
        var expected = await db.Incidents.GroupBy(i => new { i.Month, i.Adm1Pcode, i.Adm2Pcode, i.EventType, i.MissionInvolved, i.Synthetic })
            .Select(g => new { g.Key.Month, g.Key.Adm1Pcode, g.Key.Adm2Pcode, g.Key.EventType, g.Key.MissionInvolved, g.Key.Synthetic, Events = g.Count(), Fatalities = g.Sum(i => i.Fatalities) })
            .ToListAsync();
        Assert.Equal(expected.OrderBy(x => x.ToString()).Select(x => x.ToString()), stored.OrderBy(x => x.ToString()).Select(x => x.ToString()));
        return 0;
    });

    static Task<List<string>> MissingIndexesAsync(KonbitApp app) =>
        app.WithDbAsync(async db => (await BulkIndexes.MissingAsync(db, default)).Select(i => i.Name).ToList());

    [Fact]
    public async Task ALargeFile_LoadsInBulk_AndLeavesEveryIndexAndACurrentRollup()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Spread(1_500);
        var summary = await app.ImportAsync(Csv(Official, [.. rows, rows[0], rows[700]]), Bulk("bulk.csv"));

        Assert.Equal((1_500, 0, 2, 0), (summary.Imported, summary.Updated, summary.Unchanged, summary.Rejected));
        Assert.Empty(await MissingIndexesAsync(app));
        Assert.True(await app.WithDbAsync(db => db.IncidentCounts.CountAsync()) > IncidentRollup.MaxIncremental, "enough buckets to merge the whole rollup");
        await AssertRollupMatchesIncidentsAsync(app);

        // The same file again into a log as large as it: no bulk load, nothing changes.
        var again = await app.ImportAsync(Csv(Official, rows), Bulk("bulk.csv"));
        Assert.Equal((0, 0, 1_500), (again.Imported, again.Updated, again.Unchanged));
        await AssertRollupMatchesIncidentsAsync(app);
    }

    [Fact]
    public async Task ABulkLoadOverStoredRows_ReplacesNewerVersions_AndMovesTheirBuckets()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.ImportAsync(Csv(Official, Spread(300)), new ImportOptions("first.csv"));
        // Newer versions of the first 300 (other fatalities), and 1,200 new rows: more than the log holds, so in bulk.
        var newer = Spread(1_500, fatalitiesFrom: 3);
        foreach (var row in newer.Take(300)) row["event_type"] = "Riots";
        foreach (var row in newer.Take(300)) row["sub_event_type"] = "Mob violence";

        var summary = await app.ImportAsync(Csv(Official, newer), Bulk("newer.csv"));

        Assert.Equal((1_200, 300, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.Equal(300, await app.WithDbAsync(db => db.IncidentRevisions.CountAsync()));
        Assert.Empty(await MissingIndexesAsync(app));
        await AssertRollupMatchesIncidentsAsync(app);
    }

    /// <summary>SQLite's file format write version in the file's header: 1 for a rollback journal, 2 for the write-ahead log.</summary>
    static byte JournalOf(KonbitApp app)
    {
        using var file = new FileStream(Path.Combine(app.Settings["Konbit:DataDirectory"]!, "konbit.db"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var header = new byte[19];
        file.ReadExactly(header);
        return header[18];
    }

    [Fact]
    public async Task ABulkLoadFromTheCommandLine_TakesTheSqliteFileToItself_AndGivesItBackToTheLog()
    {
        await using var app = await KonbitApp.StartAsync();
        var sqlite = await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()));
        var during = new List<byte>();
        var summary = await app.ImportAsync(Bytes(Csv(Official, Spread(1_500))), Bulk("cli.csv") with { TakeDatabase = true },
            _ => { if (sqlite) during.Add(JournalOf(app)); });

        Assert.Equal(1_500, summary.Imported);
        Assert.Empty(await MissingIndexesAsync(app));
        await AssertRollupMatchesIncidentsAsync(app);
        if (!sqlite) return; // PostgreSQL has no such mode: the same load, the same result
        Assert.Equal([1], during.Distinct());
        Assert.Equal(2, JournalOf(app));

        // The server's upload never asks: its readers would wait for the load.
        await using var other = await KonbitApp.StartAsync();
        during.Clear();
        await other.ImportAsync(Bytes(Csv(Official, Spread(1_500))), Bulk("upload.csv"), _ => during.Add(JournalOf(other)));
        Assert.Equal([2], during.Distinct());
    }

    [Fact]
    public async Task ABulkLoadFromTheCommandLine_KeepsTheLog_WhileAnotherConnectionHasTheFileOpen()
    {
        await using var app = await KonbitApp.StartAsync();
        if (!await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()))) return;
        // As a running server holds the file: a connection open, not in the pool.
        await using var server = new Microsoft.Data.Sqlite.SqliteConnection(await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        await server.OpenAsync();
        var during = new List<byte>();

        var summary = await app.ImportAsync(Bytes(Csv(Official, Spread(1_500))), Bulk("cli.csv") with { TakeDatabase = true },
            _ => during.Add(JournalOf(app)));

        Assert.Equal(1_500, summary.Imported);
        Assert.Equal([2], during.Distinct());
    }

    [Fact]
    public async Task ALoadKilledWithTheFileToItself_IsSetBackToTheLogAtTheNextStart()
    {
        await using var app = await KonbitApp.StartAsync();
        if (!await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()))) return;
        await app.WithDbAsync(async db =>
        {
            // As the killed load leaves the file: a rollback journal (switched on a connection of its own).
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using (var alone = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString()))
            {
                await alone.OpenAsync();
                await using var command = alone.CreateCommand();
                command.CommandText = "PRAGMA journal_mode = TRUNCATE";
                Assert.Equal("truncate", await command.ExecuteScalarAsync());
            }
            Assert.Equal(1, JournalOf(app));
            await db.MigrateAsync();
            return 0;
        });
        Assert.Equal(2, JournalOf(app));
    }

    /// <summary>Each index on Incidents with its definition as the database reports it.</summary>
    static Task<List<string>> IndexDefinitionsAsync(KonbitDb db) => db.Database.SqlQueryRaw<string>(db.Database.IsSqlite()
            ? "SELECT \"name\" || ': ' || \"sql\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"tbl_name\" = 'Incidents' AND \"sql\" IS NOT NULL"
            : "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Incidents' AND indexname <> 'PK_Incidents'")
        .OrderBy(d => d).ToListAsync();

    [Fact]
    public async Task TheRebuiltIndexes_AreTheOnesTheMigrationsCreate()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            var migrated = await IndexDefinitionsAsync(db);
            Assert.Equal(6, migrated.Count);
            // Every index, the unique and the filtered ones included, dropped and written again from the running model.
            foreach (var drop in migrated.Select(d => "DROP INDEX \"" + d[..d.IndexOf(':')] + "\""))
                await db.Database.ExecuteSqlRawAsync(drop);
            Assert.Equal(6, await BulkIndexes.RestoreAsync(db, default));
            Assert.Equal(migrated, await IndexDefinitionsAsync(db));
            return 0;
        });
    }

    [Fact]
    public async Task IndexesALoadLeftMissing_AreBuiltAtTheNextStart()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.ImportAsync(Csv(Official, Three()));
        // As a load killed before its end leaves the log.
        await app.WithDbAsync(async db => { await BulkIndexes.DropAsync(db, default); return 0; });
        Assert.NotEmpty(await MissingIndexesAsync(app));

        await app.WithDbAsync(async db => { await db.MigrateAsync(); return 0; });

        Assert.Empty(await MissingIndexesAsync(app));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // with a rollback journal on SQLite
    public async Task AnInterruptedBulkLoad_KeepsItsWholeTransactions_AndTheRerunCompletesIt(bool takeDatabase)
    {
        await using var app = await KonbitApp.StartAsync();
        var sqlite = await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()));
        const int every = IncidentImporter.BulkCommitEvery;
        var rows = Spread(100 * (every + 5));
        using var stop = new CancellationTokenSource();
        var batches = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.ImportAsync(Bytes(Csv(Official, rows)), Bulk("cut.csv") with { TakeDatabase = takeDatabase },
            _ => { if (++batches == every + 2) stop.Cancel(); }, stop.Token));

        // A bulk load commits every few batches: the first transaction is stored whole, the second rolled back.
        Assert.Equal(100 * every, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        Assert.Empty(await MissingIndexesAsync(app));
        if (sqlite) Assert.Equal(2, JournalOf(app));

        var rerun = await app.ImportAsync(Csv(Official, rows), Bulk("cut.csv"));
        Assert.Equal((500, 100 * every), (rerun.Imported, rerun.Unchanged));
        await AssertRollupMatchesIncidentsAsync(app);
    }
}
