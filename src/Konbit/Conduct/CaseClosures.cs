using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>
/// How quickly cases end, from the columns kept in clear (dates and status): nothing sealed is read or opened.
/// A case has ended when its status is substantiated, unsubstantiated or closed; the time it ended is when that
/// status was set. Only the current status is stored, so a case reopened since counts as open.
/// </summary>
public static class CaseClosures
{
    public static readonly CaseStatus[] Ended = [CaseStatus.Substantiated, CaseStatus.Unsubstantiated, CaseStatus.Closed];

    public sealed record Case(DateTime ReceivedAtUtc, DateTime? EndedAtUtc);

    public static async Task<List<Case>> LoadAsync(KonbitDb db, CancellationToken ct)
    {
        var rows = await db.Complaints.AsNoTracking().Select(c => new { c.ReceivedAtUtc, c.Status, c.StatusChangedAtUtc }).ToListAsync(ct);
        return [.. rows.Select(r => new Case(r.ReceivedAtUtc, Ended.Contains(r.Status) ? r.StatusChangedAtUtc : null))];
    }

    /// <summary>
    /// Of the complaints received at least <paramref name="days"/> days before the date, the share (0 to 1) whose case
    /// ended within that many days of receipt; null when no complaint is that old.
    /// </summary>
    public static decimal? ShareEndedWithin(IReadOnlyList<Case> cases, int days, DateOnly on)
    {
        var due = cases.Where(c => DateOnly.FromDateTime(c.ReceivedAtUtc).AddDays(days) <= on).ToList();
        if (due.Count == 0) return null;
        return (decimal)due.Count(c => c.EndedAtUtc is { } ended && ended - c.ReceivedAtUtc <= TimeSpan.FromDays(days)) / due.Count;
    }
}
