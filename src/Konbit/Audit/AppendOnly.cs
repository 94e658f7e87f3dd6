using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Audit;

/// <summary>
/// What the database itself does for the audit chain: it refuses UPDATE and DELETE on "AuditEntries" (triggers), and
/// the entries it held before the chain existed are sealed into it once, when the AuditChain migration is applied.
/// </summary>
/// <remarks>
/// The triggers are made here, at every start, rather than in a migration: the rows written before the chain must be
/// updated once to be sealed, which SQLite cannot hash in SQL and so happens in C# after migrating, and the triggers
/// would refuse it; made idempotently at every start, they also come back if a later migration rebuilds the table
/// (SQLite rebuilds a table to alter a column, dropping its triggers) and exist in databases migrated by other means.
/// </remarks>
public static class AppendOnly
{
    public const string Migration = "AuditChain";

    const string SqliteTriggers = """
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.'); END;
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.'); END;
        """;

    // TRUNCATE fires no row trigger, so it has a statement trigger of its own. CREATE OR REPLACE TRIGGER would need
    // PostgreSQL 14; the existence checks work on older servers too.
    const string PostgresTriggers = """
        CREATE OR REPLACE FUNCTION konbit_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit log is append-only: % on "AuditEntries" is refused.', TG_OP;
        END $$;
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '"AuditEntries"'::regclass AND tgname = 'AuditEntries_AppendOnly') THEN
                CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION konbit_audit_append_only();
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '"AuditEntries"'::regclass AND tgname = 'AuditEntries_NoTruncate') THEN
                CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION konbit_audit_append_only();
            END IF;
        END $$;
        """;

    /// <summary>Creates the triggers when missing; under the chain's lock, so that nodes starting together do not collide.</summary>
    public static async Task ProtectAsync(KonbitDb db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AuditChain.LockAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? SqliteTriggers : PostgresTriggers, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Chains the rows the AuditChain migration found (it numbers them -Id: unique, and below every real Seq) in Id
    /// order after the head, in one transaction. Called only when that migration has just been applied: a row without
    /// a hash found later was not written by the app, and verify reports it. A process killed between the migration
    /// and this step would leave the old rows unsealed; verify then names the first of them.
    /// </summary>
    public static async Task SealOldEntriesAsync(KonbitDb db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AuditChain.LockAsync(db, ct);
        var (seq, prev) = await AuditChain.HeadAsync(db, ct);
        long after = long.MinValue;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Seq < 1 && a.Id > after).OrderBy(a => a.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var e in batch)
            {
                AuditChain.Link(e, ++seq, ref prev);
                await db.AuditEntries.Where(a => a.Id == e.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Seq, e.Seq).SetProperty(a => a.AtUtc, e.AtUtc)
                    .SetProperty(a => a.PrevHash, e.PrevHash).SetProperty(a => a.Hash, e.Hash), ct);
            }
            after = batch[^1].Id;
        }
        await tx.CommitAsync(ct);
    }
}
