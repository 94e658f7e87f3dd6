using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

/// <summary>The earlier report a form's new figure disputes, described for the person entering it.</summary>
public sealed record DisputeView(int? Id, string? Description)
{
    public static readonly DisputeView None = new(null, null);

    public static async Task<(DisputeView View, Movement? Record)> MovementAsync(KonbitDb db, int? id, CancellationToken ct)
    {
        var m = id is null ? null : await db.Movements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return m is null ? (None, null) : (new(m.Id, $"movement #{m.Id} ({Show.Count(m.Count)} on {Show.Date(m.On)})"), m);
    }

    public static async Task<(DisputeView View, StrengthReport? Record)> ReportAsync(KonbitDb db, int? id, CancellationToken ct)
    {
        var r = id is null ? null : await db.StrengthReports.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return r is null ? (None, null) : (new(r.Id, $"headcount #{r.Id} ({Show.Count(r.Count)} on {Show.Date(r.AsOf)})"), r);
    }

    public static async Task<(DisputeView View, Pledge? Record)> PledgeAsync(KonbitDb db, int? id, CancellationToken ct)
    {
        var p = id is null ? null : await db.Pledges.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? (None, null) : (new(p.Id, $"pledge #{p.Id} ({Show.Count(p.Count)}, announced {Show.Date(p.AnnouncedOn)})"), p);
    }
}
