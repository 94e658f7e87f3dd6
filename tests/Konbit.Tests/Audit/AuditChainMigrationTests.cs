using Konbit.Audit;
using Konbit.Data;
using Konbit.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static Konbit.Tests.Audit.AuditDatabase;

namespace Konbit.Tests.Audit;

/// <summary>A deployed database's old audit entries join the chain once, when the migration is applied; and the locking the chain relies on.</summary>
public sealed class AuditChainMigrationTests
{
    [Fact]
    public async Task OldEntries_AreSealedInIdOrder_WhenTheMigrationIsApplied_AndNeverAfterwards()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator); // an entry made by the app, before the downgrade
        // Back to the schema before the chain, and the log as the previous version of the app left it.
        var at = new DateTime(2024, 6, 25, 10, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);
        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_AuditChain", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AuditEntries\" (\"AtUtc\", \"Actor\", \"EntityType\", \"EntityId\", \"Action\", \"After\") VALUES ({0}, 'old-app', 'Movement', '7', 'Added', NULL)", at);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AuditEntries\" (\"AtUtc\", \"Actor\", \"EntityType\", \"EntityId\", \"Action\", \"After\") VALUES ({0}, 'old-app', 'Movement', '8', 'Added', '{{}}')", at);
            await db.MigrateAsync();
            return 0;
        });

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Seq));
        Assert.Equal(["7", "8"], entries.TakeLast(2).Select(e => e.EntityId));
        Assert.Equal(at.AddTicks(-7), entries[^1].AtUtc);
        var check = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.True(check.Intact, check.Message);

        // The migration is behind us: a row without a hash that appears now is not sealed at the next start.
        await app.WithDbAsync(async db => { await InsertUnchainedAsync(db, at, "9", seq: -1000); await db.MigrateAsync(); return 0; });
        check = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.False(check.Intact);
        Assert.Contains("(Movement 9, Added at 2024-06-25 10:00:00Z): it was never sealed into the chain.", check.Message);
    }

    [Fact]
    public async Task OnSqlite_ATransactionBegunThroughEF_HoldsTheWriteLockBeforeItReadsTheHead()
    {
        if (TestDatabase.Current != Provider.Sqlite) return; // PostgreSQL writers take an advisory lock instead
        await using var app = await KonbitApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await using var other = new SqliteConnection(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { DefaultTimeout = 1, Pooling = false }.ToString());
            await other.OpenAsync();
            await using var begin = other.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            var busy = await Assert.ThrowsAsync<SqliteException>(() => begin.ExecuteNonQueryAsync());
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY: the write lock was taken by BEGIN, not at the first write
            return 0;
        });
    }
}
