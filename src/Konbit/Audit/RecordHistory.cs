using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Audit;

/// <summary>The history of a set of records of one or more entity types, newest first: e.g. everything about one contributor.</summary>
public static class RecordHistory
{
    public static async Task<List<AuditEntryDto>> OfAsync(KonbitDb db, IEnumerable<(string EntityType, IEnumerable<int> Ids)> records,
        int limit, CancellationToken ct)
    {
        var entries = new List<AuditEntryDto>();
        foreach (var (type, ids) in records)
        {
            var keys = ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (keys.Count == 0) continue;
            entries.AddRange(await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == type && keys.Contains(a.EntityId))
                .OrderByDescending(a => a.Id).Take(limit)
                .Select(a => new AuditEntryDto(a.Id, a.AtUtc, a.Actor, a.EntityType, a.EntityId, a.Action, a.Before, a.After))
                .ToListAsync(ct));
        }
        return [.. entries.OrderByDescending(a => a.Id).Take(limit)];
    }
}
