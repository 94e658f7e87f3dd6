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
    /// ended within that many days of receipt; null when no complaint is that old. The share is public, so it follows
    /// the public statistics' rule: it is not given when the complaints due, those ended in time or those not (any of
    /// the three) number from 1 to 4, since "2 of 3" would otherwise read back from 66.67%.
    /// </summary>
    public static decimal? ShareEndedWithin(IReadOnlyList<Case> cases, int days, DateOnly on)
    {
        var due = cases.Where(c => DateOnly.FromDateTime(c.ReceivedAtUtc).AddDays(days) <= on).ToList();
        var ended = due.Count(c => c.EndedAtUtc is { } at && at - c.ReceivedAtUtc <= TimeSpan.FromDays(days));
        static bool Small(int n) => n is > 0 and < ConductStatistics.Threshold;
        if (due.Count == 0 || Small(due.Count) || Small(ended) || Small(due.Count - ended)) return null;
        return (decimal)ended / due.Count;
    }
}
