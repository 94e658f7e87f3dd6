using Konbit.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Konbit.Incidents;

/// <summary>
/// What an import did to the rollup's buckets, gathered by the batch writers as they insert and replace rows (decision
/// 0006). At the end of the run <see cref="ApplyAsync"/> adds it to the rollup instead of rebuilding it from every
/// incident, which at a million incidents costs seconds even when the file held ten rows.
/// </summary>
public sealed class IncidentRollupDelta
{
    readonly Dictionary<IncidentRollup.Bucket, (int Events, int Fatalities)> buckets = [];
    // The versions when the run began: the delta is only valid on top of a rollup that was current then.
    long startLog = -1, startRollup = -1;

    /// <summary>Moves a bucket by some events and their fatalities (negative for incidents leaving it).</summary>
    public void Add(int month, string? adm1, string? adm2, string eventType, bool mission, bool synthetic, int events, int fatalities)
    {
        var key = new IncidentRollup.Bucket(month, adm1, adm2, eventType, mission, synthetic);
        var (e, f) = buckets.GetValueOrDefault(key);
        buckets[key] = (e + events, f + fatalities);
    }

    /// <summary>Counts an incident into its bucket.</summary>
    public void Add(Incident i, bool mission) => Add(i.Month, i.Adm1Pcode, i.Adm2Pcode, i.EventType, mission, i.Synthetic, 1, i.Fatalities);

    /// <summary>Moves the buckets a query grouped: columns Month, Adm1Pcode, Adm2Pcode, EventType, MissionInvolved, Synthetic, events, fatalities.</summary>
    public async Task<int> AddAsync(System.Data.Common.DbDataReader r, int sign, CancellationToken ct)
    {
        var total = 0;
        while (await r.ReadAsync(ct))
        {
            var events = r.GetInt32(6);
            total += events;
            Add(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                r.GetBoolean(4), r.GetBoolean(5), sign * events, sign * r.GetInt32(7));
        }
        return total;
    }

    /// <summary>
    /// Notes the versions before the run's first write, bringing a rollup that is behind up to date first (a new
    /// database starts behind; an earlier run may have been killed): cheap on a small log, and on a large one the
    /// rebuild would otherwise come at the end.
    /// </summary>
    public async Task StartAsync(KonbitDb db, CancellationToken ct)
    {
        var state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        if (state.LogVersion != state.RollupVersion)
        {
            await IncidentRollup.RebuildAsync(db, ct);
            state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        }
        (startLog, startRollup) = (state.LogVersion, state.RollupVersion);
    }

    /// <summary>
    /// Brings the rollup up to date after a run that committed <paramref name="commits"/> transactions, each of which
    /// bumped LogVersion once. The delta is added only when the rollup was current at the start and nothing else
    /// changed Incidents since (the versions say so exactly); otherwise the rollup is rebuilt from Incidents.
    /// </summary>
    public async Task ApplyAsync(KonbitDb db, int commits, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(IncidentRollup.Lock, ct);
        var state = await db.IncidentLog.AsNoTracking().SingleAsync(s => s.Id == 1, ct);
        if (startLog != startRollup || state.RollupVersion != startRollup || state.LogVersion != startLog + commits)
        {
            await tx.RollbackAsync(ct);
            await IncidentRollup.RebuildAsync(db, ct);
            return;
        }
        var changed = buckets.Where(b => b.Value != (0, 0)).ToList();
        if (changed.Count <= IncidentRollup.MaxIncremental)
        {
            // A small file moves a few buckets: one by one, as a save through EF does.
            await new IncidentRollup.Pending(changed).AfterSaveAsync(db, ct);
            await db.IncidentLog.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.RollupVersion, state.LogVersion), ct);
            await tx.CommitAsync(ct);
            return;
        }
        // A large one: the rollup is small (a row per month, commune, type and flags), so read it, add, and write it back whole.
        var merged = await db.IncidentCounts.AsNoTracking().ToDictionaryAsync(
            c => new IncidentRollup.Bucket(c.Month, c.Adm1Pcode, c.Adm2Pcode, c.EventType, c.MissionInvolved, c.Synthetic),
            c => (c.Events, c.Fatalities), ct);
        foreach (var (key, (events, fatalities)) in buckets)
        {
            var (e, f) = merged.GetValueOrDefault(key);
            merged[key] = (e + events, f + fatalities);
        }
        var rows = merged.Where(m => m.Value.Events > 0).ToList();
        await db.IncidentCounts.ExecuteDeleteAsync(ct);
        if (db.Database.IsSqlite()) InsertSqlite(db, rows);
        else await InsertPostgresAsync(db, rows, ct);
        await db.IncidentLog.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.RollupVersion, state.LogVersion), ct);
        await tx.CommitAsync(ct);
    }

    const string Insert = "INSERT INTO \"IncidentCounts\" (\"Month\", \"Adm1Pcode\", \"Adm2Pcode\", \"EventType\", \"MissionInvolved\", \"Synthetic\", \"Events\", \"Fatalities\") ";

    static void InsertSqlite(KonbitDb db, List<KeyValuePair<IncidentRollup.Bucket, (int Events, int Fatalities)>> rows)
    {
        using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Insert + "VALUES ($m, $a1, $a2, $t, $mi, $s, $e, $f)";
        var p = new[] { ("$m", SqliteType.Integer), ("$a1", SqliteType.Text), ("$a2", SqliteType.Text), ("$t", SqliteType.Text),
            ("$mi", SqliteType.Integer), ("$s", SqliteType.Integer), ("$e", SqliteType.Integer), ("$f", SqliteType.Integer) }
            .Select(x => command.Parameters.Add(x.Item1, x.Item2)).ToArray();
        command.Prepare();
        foreach (var (b, (events, fatalities)) in rows)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value) = (b.Month, (object?)b.Adm1Pcode ?? DBNull.Value, (object?)b.Adm2Pcode ?? DBNull.Value, b.EventType);
            (p[4].Value, p[5].Value, p[6].Value, p[7].Value) = (b.MissionInvolved ? 1 : 0, b.Synthetic ? 1 : 0, events, fatalities);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>One statement: the columns go over as arrays and unnest into rows.</summary>
    static Task InsertPostgresAsync(KonbitDb db, List<KeyValuePair<IncidentRollup.Bucket, (int Events, int Fatalities)>> rows, CancellationToken ct)
    {
        var p = new NpgsqlParameter[]
        {
            new("m", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Key.Month).ToArray() },
            new("a1", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Key.Adm1Pcode).ToArray() },
            new("a2", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Key.Adm2Pcode).ToArray() },
            new("t", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Key.EventType).ToArray() },
            new("mi", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = rows.Select(r => r.Key.MissionInvolved).ToArray() },
            new("s", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = rows.Select(r => r.Key.Synthetic).ToArray() },
            new("e", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Value.Events).ToArray() },
            new("f", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Value.Fatalities).ToArray() },
        };
        return db.Database.ExecuteSqlRawAsync(Insert + "SELECT * FROM unnest(@m, @a1, @a2, @t, @mi, @s, @e, @f)", p.Cast<object>(), ct);
    }
}
