using System.Data.Common;
using System.Net.Http.Json;
using Konbit.Audit;
using Konbit.Forces;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Audit.AuditDatabase;
using static Konbit.Tests.Cli.CliTests;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Audit;

/// <summary>The audit log as a hash chain: `konbit audit verify` on an intact log, and on one changed behind the app's back.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Verify_PassesOnAFreshDatabase_AndAfterWrites_AndPrintsTheHead()
    {
        await using var app = await KonbitApp.StartAsync();
        var fresh = await KonbitAsync(app.Settings, "audit", "verify");
        Assert.True(fresh.ExitCode == 0, fresh.Output);
        // A fresh database already holds the setup token's entry.
        var head = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Contains($"Audit chain intact: 1 entry, head #1 {head.Hash}", fresh.Output);

        // A time finer than a microsecond: PostgreSQL would round it, so the entry must be cut before it is hashed.
        app.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        await WriteSomeAsync(app);
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync());
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Seq));
        Assert.Equal(AuditHash.Genesis, entries[0].PrevHash);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Equal(KonbitApp.Now.UtcDateTime.AddTicks(1_234_560), entries[^1].AtUtc);

        var result = await KonbitAsync(app.Settings, "audit", "verify");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"Audit chain intact: {entries.Count} entries, head #{entries.Count} {entries[^1].Hash}", result.Output);
    }

    [Fact]
    public async Task AnEntryChangedInTheDatabase_IsRefused_AndOnceTheTriggerIsDropped_VerifyNamesIt()
    {
        await using var app = await KonbitApp.StartAsync();
        var movement = await WriteSomeAsync(app);
        var target = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "Movement" && a.EntityId == movement.Id.ToString()));

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db => RewriteAfterAsync(db, target.Seq, "{\"Count\":2000}")));
        Assert.Contains("append-only", refused.Message);

        await app.WithDbAsync(async db => { await DropTriggersAsync(db); return await RewriteAfterAsync(db, target.Seq, "{\"Count\":2000}"); });
        var result = await KonbitAsync(app.Settings, "audit", "verify");
        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains($"Audit chain broken at entry #{target.Seq} (Movement {movement.Id}, Added at 2025-03-01 12:00:00Z): its hash does not match its contents.", result.Output);
    }

    [Fact]
    public async Task AnEntryRewrittenWithAFreshHash_BreaksTheLinkOfTheNextOne()
    {
        await using var app = await KonbitApp.StartAsync();
        await WriteSomeAsync(app);
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Seq == 2);
            entry.Actor = "someone-else";
            var forged = AuditHash.Of(entry);
            await DropTriggersAsync(db);
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = {0}, \"Hash\" = {1} WHERE \"Seq\" = 2", entry.Actor, forged);
        });
        var check = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.False(check.Intact);
        Assert.StartsWith("Audit chain broken at entry #3 (", check.Message);
        Assert.EndsWith("its previous-hash link does not match entry #2.", check.Message);
    }

    [Fact]
    public async Task Verify_WithAnAnchor_NoticesThatTheNewestEntriesWereRemoved()
    {
        await using var app = await KonbitApp.StartAsync();
        await WriteSomeAsync(app);
        var head = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Seq).FirstAsync());
        var anchored = await KonbitAsync(app.Settings, "audit", "verify", "--anchor", $"{head.Seq}:{head.Hash}");
        Assert.True(anchored.ExitCode == 0, anchored.Output);

        await app.WithDbAsync(async db => { await DropTriggersAsync(db); return await DeleteAsync(db, head.Seq); });
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None))).Intact); // a shorter chain on its own
        var check = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None, (head.Seq, head.Hash)));
        Assert.False(check.Intact);
        Assert.Equal($"Audit chain broken: it ends at entry #{head.Seq - 1}, before the anchor #{head.Seq}: entries were removed.", check.Message);
    }

    [Fact]
    public async Task ADeletedEntry_IsRefused_AndOnceTheTriggerIsDropped_VerifyNamesItAsMissing()
    {
        await using var app = await KonbitApp.StartAsync();
        await WriteSomeAsync(app);
        var refused = await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db => DeleteAsync(db, 3)));
        Assert.Contains("append-only", refused.Message);

        await app.WithDbAsync(async db => { await DropTriggersAsync(db); return await DeleteAsync(db, 3); });
        var result = await KonbitAsync(app.Settings, "audit", "verify");
        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains("Audit chain broken: entry #3 is missing (the next one is #4).", result.Output);
    }

    [Fact]
    public async Task TheApp_RefusesToChangeOrDeleteAnAuditEntry()
    {
        await using var app = await KonbitApp.StartAsync();
        await WriteSomeAsync(app);
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            (await db.AuditEntries.FirstAsync()).Actor = "someone-else";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", changed.Message);
        var deleted = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("cannot be deleted", deleted.Message);
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None))).Intact);
    }

    [Fact]
    public async Task AnEntryAddedDirectly_IsChainedLikeTheOthers()
    {
        await using var app = await KonbitApp.StartAsync();
        await WriteSomeAsync(app);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await app.WithDbAsync(db =>
        {
            db.AuditEntries.Add(new AuditEntry { AtUtc = KonbitApp.Now.UtcDateTime, Actor = "cli", EntityType = "ImportRun", EntityId = "1", Action = "Imported" });
            return db.SaveChangesAsync();
        });
        var added = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "ImportRun"));
        Assert.Equal(before + 1, added.Seq);
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None))).Intact);
    }

    [Fact]
    public async Task ParallelWrites_KeepOneUnbrokenChain()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var writes = Enumerable.Range(1, 20).Select(i => client.PostAsJsonAsync("/api/v1/movements", Arrival(i % 2 == 0 ? "KEN" : "JAM", 10 + i, "2024-06-25")));
        foreach (var response in await Task.WhenAll(writes)) await response.ReadAsync<MovementDto>();

        var check = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.True(check.Intact, check.Message);
        Assert.Equal(await app.WithDbAsync(db => db.AuditEntries.CountAsync()), check.Entries);
        Assert.Equal(20, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Movement")));
    }

    /// <summary>A coordinator, two contributors and a movement: a handful of entries.</summary>
    static async Task<MovementDto> WriteSomeAsync(KonbitApp app)
    {
        var client = await app.ClientAsAsync(Konbit.Accounts.Roles.Coordinator);
        (await client.PostAsJsonAsync("/api/v1/contributors", new { code = "KEN", name = "Kenya", leadNation = true })).EnsureSuccessStatusCode();
        return await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).ReadAsync<MovementDto>();
    }
}
