using System.Collections.Concurrent;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// Keeps <see cref="IncidentCount"/> in step with Incidents (docs/decisions/0006-incident-rollup.md). The rules, which
/// hold with several nodes on one PostgreSQL and after a process is killed at any point:
/// <list type="bullet">
/// <item>Every transaction that changes Incidents first updates the IncidentLog row, which takes its row lock (SQLite
/// has one writer anyway) and so orders all incident writers and rebuilds; the lock is taken first so that no two
/// of them can wait on each other. It bumps LogVersion in that transaction, so a change without a bump cannot commit.</item>
/// <item>A save through EF (IncidentWrites, fixtures) moves the buckets it touches by the difference, reading the old
/// values under the lock, and advances RollupVersion with LogVersion when they were equal: a hand-written correction
/// keeps the rollup current. An import batch only bumps LogVersion; the importer rebuilds at the end of the run.</item>
/// <item>A rebuild is one transaction: lock, read LogVersion, replace every bucket from a GROUP BY over Incidents, set
/// RollupVersion to the LogVersion read. Writers that bumped before it have committed (they held the lock); writers
/// after it wait for it and then bump again, so the rollup is never marked current for changes it does not hold.</item>
/// <item>A reader uses the rollup only when the two versions are equal. When they differ it rebuilds, unless this node
/// is already rebuilding that database or started a rebuild in the last <see cref="RetryAfter"/> (an import is
/// probably running): then it asks Incidents directly, which gives the same answer more slowly.</item>
/// </list>
/// A process killed mid-transaction leaves nothing, since each step is one transaction; a killed import leaves the
/// rollup behind, and the next reader rebuilds it.
/// </summary>
public static class IncidentRollup
{
    /// <summary>Beyond this many incidents in one save, a rebuild costs less than the bucket-by-bucket updates.</summary>
    internal const int MaxIncremental = 1000;
    static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    internal const string Lock = "UPDATE \"IncidentLog\" SET \"LogVersion\" = \"LogVersion\" WHERE \"Id\" = 1";
    const string Bump = "UPDATE \"IncidentLog\" SET \"LogVersion\" = \"LogVersion\" + 1 WHERE \"Id\" = 1";
    const string Advance = "UPDATE \"IncidentLog\" SET \"LogVersion\" = \"LogVersion\" + 1, " +
        "\"RollupVersion\" = CASE WHEN \"RollupVersion\" = \"LogVersion\" THEN \"LogVersion\" + 1 ELSE \"RollupVersion\" END WHERE \"Id\" = 1";
    const string Columns = "\"Month\", \"Adm1Pcode\", \"Adm2Pcode\", \"EventType\", \"MissionInvolved\", \"Synthetic\"";
    const string Fill = $"INSERT INTO \"IncidentCounts\" ({Columns}, \"Events\", \"Fatalities\") " +
        $"SELECT {Columns}, COUNT(*), SUM(\"Fatalities\") FROM \"Incidents\" GROUP BY {Columns}";

    /// <summary>
    /// Records a change to Incidents that the rollup does not follow (an import batch, a bulk update): call it first in
    /// the transaction that makes the change. The rollup falls behind until the next rebuild.
    /// </summary>
    public static Task MarkChangedAsync(KonbitDb db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(Bump, ct);

    /// <summary>Replaces the rollup from Incidents, unless it is already current; one transaction.</summary>
    public static async Task RebuildAsync(KonbitDb db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(Lock, ct);
        var state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        if (state.LogVersion != state.RollupVersion)
        {
            await db.IncidentCounts.ExecuteDeleteAsync(ct);
            await db.Database.ExecuteSqlRawAsync(Fill, ct);
            await db.IncidentLog.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.RollupVersion, state.LogVersion), ct);
        }
        await tx.CommitAsync(ct);
    }

    sealed class Gate
    {
        public readonly SemaphoreSlim Running = new(1, 1);
        public long StartedAt;
    }

    // Per database, per process: only a throttle, the versions in the database decide what is current.
    static readonly ConcurrentDictionary<string, Gate> Gates = new();

    /// <summary>True when the rollup holds every change to Incidents, rebuilding it first when this node may.</summary>
    public static async Task<bool> CurrentAsync(KonbitDb db, CancellationToken ct)
    {
        var state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        if (state.LogVersion == state.RollupVersion) return true;
        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new Gate());
        if (gate.StartedAt != 0 && Environment.TickCount64 - gate.StartedAt < RetryAfter.TotalMilliseconds) return false;
        if (!await gate.Running.WaitAsync(0, ct)) return false;
        try
        {
            gate.StartedAt = Environment.TickCount64;
            await RebuildAsync(db, ct);
            return true;
        }
        finally { gate.Running.Release(); }
    }

    internal readonly record struct Bucket(int Month, string? Adm1Pcode, string? Adm2Pcode, string EventType, bool MissionInvolved, bool Synthetic);

    /// <summary>
    /// Called by <see cref="KonbitDb.SaveChangesAsync(bool, CancellationToken)"/> inside its transaction before the
    /// save: takes the lock, moves the versions and reads the changed incidents' old buckets. Null when no incident
    /// changes or the rollup is behind (then the next reader rebuilds it).
    /// </summary>
    internal static async Task<Pending?> BeforeSaveAsync(KonbitDb db, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<Incident>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Count == 0) return null;
        await db.Database.ExecuteSqlRawAsync(entries.Count <= MaxIncremental ? Advance : Bump, ct);
        var state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        if (state.LogVersion != state.RollupVersion) return null;

        var deltas = new Dictionary<Bucket, (int Events, int Fatalities)>();
        void Add(Bucket b, int events, int fatalities)
        {
            var (e, f) = deltas.GetValueOrDefault(b);
            deltas[b] = (e + events, f + fatalities);
        }
        // The old values come from the database under the lock, not from when the entity was loaded: another node
        // may have corrected the same incident in between.
        var ids = entries.Where(e => e.State != EntityState.Added).Select(e => e.Entity.Id).ToList();
        if (ids.Count > 0)
        {
            var stored = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id))
                .Select(i => new { i.Month, i.Adm1Pcode, i.Adm2Pcode, i.EventType, i.MissionInvolved, i.Synthetic, i.Fatalities }).ToListAsync(ct);
            foreach (var i in stored) Add(new(i.Month, i.Adm1Pcode, i.Adm2Pcode, i.EventType, i.MissionInvolved, i.Synthetic), -1, -i.Fatalities);
        }
        foreach (var i in entries.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity))
            Add(new(i.Month, i.Adm1Pcode, i.Adm2Pcode, i.EventType, i.MissionInvolved, i.Synthetic), 1, i.Fatalities);
        return new Pending(deltas.Where(d => d.Value != (0, 0)).ToList());
    }

    internal sealed class Pending(List<KeyValuePair<Bucket, (int Events, int Fatalities)>> deltas)
    {
        /// <summary>Moves each bucket by its difference, after the save and in its transaction.</summary>
        public async Task AfterSaveAsync(KonbitDb db, CancellationToken ct)
        {
            foreach (var (b, (events, fatalities)) in deltas)
            {
                var bucket = db.IncidentCounts.Where(c => c.Month == b.Month && c.Adm1Pcode == b.Adm1Pcode && c.Adm2Pcode == b.Adm2Pcode
                    && c.EventType == b.EventType && c.MissionInvolved == b.MissionInvolved && c.Synthetic == b.Synthetic);
                var moved = await bucket.ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Events, c => c.Events + events).SetProperty(c => c.Fatalities, c => c.Fatalities + fatalities), ct);
                // Only a bucket gaining events can be new: the versions were equal, so every stored incident is counted.
                if (moved == 0 && events > 0)
                    await db.Database.ExecuteSqlInterpolatedAsync($"""
                        INSERT INTO "IncidentCounts" ("Month", "Adm1Pcode", "Adm2Pcode", "EventType", "MissionInvolved", "Synthetic", "Events", "Fatalities")
                        VALUES ({b.Month}, {b.Adm1Pcode}, {b.Adm2Pcode}, {b.EventType}, {b.MissionInvolved}, {b.Synthetic}, {events}, {fatalities})
                        """, ct);
                else if (events < 0) await bucket.Where(c => c.Events <= 0).ExecuteDeleteAsync(ct);
            }
        }
    }
}
