using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>Records a new report as disagreeing with an existing one: both are kept, in one conflict.</summary>
public static class Disputes
{
    /// <summary>
    /// Puts <paramref name="created"/> in the conflict of the report it disputes (opening one if needed). The new
    /// report is not counted: the earlier figure stands until a coordinator accepts another.
    /// </summary>
    public static async Task JoinAsync<T>(KonbitDb db, T created, int disputedId, string? contributor, string? subject,
        Func<T, string> describe, Errors errors, DateTime now, CancellationToken ct) where T : Report
    {
        var disputed = await db.Set<T>().Include(r => r.Conflict).SingleOrDefaultAsync(r => r.Id == disputedId, ct);
        var kind = KindOf<T>();
        if (disputed is null)
        {
            errors.Add("disputes", $"There is no {Wire.Name(kind)} with id {disputedId} to dispute.");
            return;
        }
        if (ContributorOf(disputed) != contributor)
        {
            errors.Add("disputes", $"{Wire.Name(kind)} {disputedId} is about {ContributorOf(disputed) ?? "the whole mission"}, not {contributor ?? "the whole mission"}.");
            return;
        }
        var conflict = disputed.Conflict ?? new Conflict
        {
            Subject = subject ?? describe(disputed),
            Kind = kind,
            ContributorCode = contributor,
            CreatedAtUtc = now,
        };
        disputed.Conflict = conflict;
        // A new disagreement reopens a settled conflict; the accepted value keeps counting meanwhile.
        conflict.State = ConflictState.Open;
        created.Conflict = conflict;
        created.Counted = false;
    }

    public static ReportKind KindOf<T>() where T : Report =>
        typeof(T) == typeof(Pledge) ? ReportKind.Pledge
        : typeof(T) == typeof(Movement) ? ReportKind.Movement
        : typeof(T) == typeof(StrengthReport) ? ReportKind.StrengthReport
        : throw new ArgumentException($"{typeof(T).Name} reports cannot be disputed.");

    static string? ContributorOf(Report r) => r switch
    {
        Pledge p => p.ContributorCode,
        Movement m => m.ContributorCode,
        StrengthReport s => s.ContributorCode,
        TrainingCohort c => c.ContributorCode,
        _ => null,
    };
}
