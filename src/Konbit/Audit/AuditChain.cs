using System.Globalization;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Konbit.Audit;

/// <summary>
/// The audit log as a hash chain. Every entry is appended through <see cref="AppendAsync"/>, called by
/// KonbitDb.SaveChangesAsync in the transaction that writes the change; <see cref="VerifyAsync"/> walks the chain.
/// </summary>
public static class AuditChain
{
    /// <summary>
    /// Orders the writers of the chain on PostgreSQL, until their transaction ends. SQLite needs no lock of its own: a
    /// transaction begun through EF there is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default, checked by a test), so
    /// it holds the one write lock before it reads the head. Either way the unique index on Seq stops two writers
    /// that somehow read the same head: one of them fails instead of forking the chain.
    /// </summary>
    const string PostgresLock = "SELECT pg_advisory_xact_lock(7406182032450117)";

    public static async Task LockAsync(KonbitDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync(PostgresLock, ct);
    }

    /// <summary>
    /// Takes the new audit entries out of the change tracker, so that the save of the data does not write them before
    /// they are chained; refuses any change to a stored one.
    /// </summary>
    public static List<AuditEntry> TakeAdded(ChangeTracker tracker)
    {
        var added = new List<AuditEntry>();
        foreach (var e in tracker.Entries<AuditEntry>().ToList())
        {
            if (e.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"The audit log is append-only: entry {e.Entity.Id} cannot be {(e.State == EntityState.Deleted ? "deleted" : "changed")}.");
            if (e.State != EntityState.Added) continue;
            added.Add(e.Entity);
            e.State = EntityState.Detached;
        }
        return added;
    }

    /// <summary>Links the entries after the chain's head, in order, and adds them to the context (in a transaction).</summary>
    public static async Task AppendAsync(KonbitDb db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await LockAsync(db, ct);
        var (seq, prev) = await HeadAsync(db, ct);
        foreach (var e in entries) Link(e, ++seq, ref prev);
        db.AuditEntries.AddRange(entries);
    }

    internal static void Link(AuditEntry e, long seq, ref string prev)
    {
        e.AtUtc = AuditHash.Truncate(e.AtUtc);
        e.Seq = seq;
        e.PrevHash = prev;
        e.Hash = prev = AuditHash.Of(e);
    }

    /// <summary>The last sealed entry's number and hash; (0, genesis) for an empty chain. Rows never sealed have Seq below 1.</summary>
    internal static async Task<(long Seq, string Hash)> HeadAsync(KonbitDb db, CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().Where(a => a.Seq > 0).OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        return head is null ? (0, AuditHash.Genesis) : (head.Seq, head.Hash);
    }

    public sealed record Check(bool Intact, long Entries, string Message);

    /// <summary>
    /// Walks the whole chain in order, one row at a time (never the whole log in memory), and stops at the first entry
    /// whose hash, link or number is wrong. Removing the newest entries leaves a shorter chain that is still intact,
    /// which is why the message gives the head: compared with a copy kept elsewhere, it shows that too.
    /// </summary>
    /// <param name="anchor">A head printed by an earlier run, kept outside the database: the chain must still pass through it.</param>
    public static async Task<Check> VerifyAsync(KonbitDb db, CancellationToken ct, (long Seq, string Hash)? anchor = null)
    {
        long expected = 1;
        var prev = AuditHash.Genesis;
        var rows = db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable();
        await foreach (var e in rows.WithCancellation(ct))
        {
            if (e.Seq > expected) return new(false, expected - 1, $"Audit chain broken: entry #{expected} is missing (the next one is #{e.Seq}).");
            var problem = e.Seq < 1 || e.Hash.Length == 0 ? "it was never sealed into the chain"
                : AuditHash.Of(e) != e.Hash ? "its hash does not match its contents"
                : e.PrevHash != prev ? (expected == 1 ? "its previous-hash link is not the chain's start" : $"its previous-hash link does not match entry #{expected - 1}")
                : e.Seq == anchor?.Seq && !e.Hash.Equals(anchor.Value.Hash, StringComparison.OrdinalIgnoreCase) ? "its hash is not the anchor's: the chain was rewritten from here or earlier"
                : null;
            if (problem is not null) return new(false, expected - 1, $"Audit chain broken at {Describe(e)}: {problem}.");
            prev = e.Hash;
            expected++;
        }
        var count = expected - 1;
        if (anchor is { } a && a.Seq > count)
            return new(false, count, $"Audit chain broken: it ends at entry #{count}, before the anchor #{a.Seq}: entries were removed.");
        return new(true, count, count == 0
            ? "Audit chain intact: no entries yet."
            : $"Audit chain intact: {N(count)} {(count == 1 ? "entry" : "entries")}, head #{count} {prev}");
    }

    static string Describe(AuditEntry e) =>
        $"entry #{(e.Seq < 1 ? $"? (row {e.Id})" : e.Seq)} ({e.EntityType} {e.EntityId}, {e.Action} at " +
        $"{e.AtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z)";

    static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
