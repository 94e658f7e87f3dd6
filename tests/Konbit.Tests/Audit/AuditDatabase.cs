using Konbit.Data;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Tests.Audit;

/// <summary>What someone who owns the database can do behind the app's back, on each provider.</summary>
static class AuditDatabase
{
    public static Task DropTriggersAsync(KonbitDb db) => db.Database.ExecuteSqlRawAsync(TestDatabase.Current == Provider.Sqlite
        ? "DROP TRIGGER \"AuditEntries_NoUpdate\"; DROP TRIGGER \"AuditEntries_NoDelete\";"
        : "DROP TRIGGER \"AuditEntries_AppendOnly\" ON \"AuditEntries\";");

    public static Task<int> RewriteAfterAsync(KonbitDb db, long seq, string after) =>
        db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"After\" = {0} WHERE \"Seq\" = {1}", after, seq);

    public static Task<int> DeleteAsync(KonbitDb db, long seq) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Seq\" = {0}", seq);

    /// <summary>A row as an older version of the app wrote it, or as someone slips one in: no place in the chain.</summary>
    public static Task<int> InsertUnchainedAsync(KonbitDb db, DateTime at, string entityId, long seq = 0) =>
        db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AuditEntries\" (\"Seq\", \"AtUtc\", \"Actor\", \"EntityType\", \"EntityId\", \"Action\", \"Before\", \"After\", \"PrevHash\", \"Hash\") " +
            "VALUES ({0}, {1}, 'old-app', 'Movement', {2}, 'Added', NULL, '{{\"Count\":5}}', '', '')", seq, at, entityId);
}
