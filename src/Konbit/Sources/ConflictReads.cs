using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>Reads conflicts with every reported value and its sources, whatever kind of report they are about.</summary>
public static class ConflictReads
{
    public static async Task<List<ConflictDto>> AllAsync(KonbitDb db, CancellationToken ct, int? id = null)
    {
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => id == null || c.Id == id)
            .OrderBy(c => c.State).ThenByDescending(c => c.CreatedAtUtc).ThenBy(c => c.Id).ToListAsync(ct);
        if (conflicts.Count == 0) return [];
        var ids = conflicts.Select(c => c.Id).ToList();

        var values = new List<(int ConflictId, ConflictValueDto Value)>();
        foreach (var m in await db.Movements.AsNoTracking().Include(m => m.Sources).Where(m => m.ConflictId != null && ids.Contains(m.ConflictId.Value)).ToListAsync(ct))
            values.Add((m.ConflictId!.Value, Value(m, m.Count, m.On, $"{m.Count:N0} on {m.On:yyyy-MM-dd} ({Wire.Name(m.Kind)})")));
        foreach (var p in await db.Pledges.AsNoTracking().Include(p => p.Sources).Where(p => p.ConflictId != null && ids.Contains(p.ConflictId.Value)).ToListAsync(ct))
            values.Add((p.ConflictId!.Value, Value(p, p.Count, p.AnnouncedOn, $"{p.Count:N0} {Wire.Name(p.Category)}, announced {p.AnnouncedOn:yyyy-MM-dd}")));
        foreach (var r in await db.StrengthReports.AsNoTracking().Include(r => r.Sources).Where(r => r.ConflictId != null && ids.Contains(r.ConflictId.Value)).ToListAsync(ct))
            values.Add((r.ConflictId!.Value, Value(r, r.Count, r.AsOf, $"{r.Count:N0} in Haiti on {r.AsOf:yyyy-MM-dd}")));

        return conflicts.Select(c => new ConflictDto(c.Id, c.Subject, Wire.Name(c.Kind), c.ContributorCode, Wire.Name(c.State),
            c.AcceptedRecordId, c.Reason, c.SettledBy, c.SettledAtUtc,
            values.Where(v => v.ConflictId == c.Id).Select(v => v.Value with { Accepted = v.Value.RecordId == c.AcceptedRecordId })
                .OrderBy(v => v.RecordId).ToList())).ToList();
    }

    /// <summary>Who settled a conflict is personal data: the public sees the role, signed-in users the name.</summary>
    public static ConflictDto ForReader(this ConflictDto c, System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true || c.SettledBy is null ? c : c with { SettledBy = "a coordinator" };

    static ConflictValueDto Value(Report r, int count, DateOnly on, string summary) =>
        new(r.Id, count, on, r.Counted, false, summary, r.Sources.OrderBy(s => s.Id).Select(Citations.Dto).ToList());
}
