using Konbit.Audit;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>A coordinator accepts one reported value: it alone is counted from then on; the others stay, with their sources.</summary>
public sealed class ConflictSettlement(KonbitDb db, Actor actor, TimeProvider clock)
{
    public async Task<Outcome<ConflictDto>> AcceptAsync(int id, AcceptReport input, CancellationToken ct)
    {
        var conflict = await db.Conflicts.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conflict is null) return Outcome<ConflictDto>.Missing();
        var errors = new Errors();
        var reason = errors.Text("reason", input.Reason, 2000, required: true);
        if (input.RecordId is null) errors.Add("recordId", "recordId is required: the id of the reported value to accept.");

        List<Report> reports = conflict.Kind switch
        {
            ReportKind.Movement => [.. await db.Movements.Where(m => m.ConflictId == id).ToListAsync(ct)],
            ReportKind.Pledge => [.. await db.Pledges.Where(p => p.ConflictId == id).ToListAsync(ct)],
            _ => [.. await db.StrengthReports.Where(r => r.ConflictId == id).ToListAsync(ct)],
        };
        if (input.RecordId is { } recordId && reports.All(r => r.Id != recordId))
            errors.Add("recordId", $"Record {recordId} is not one of the values in conflict {id} ({string.Join(", ", reports.Select(r => r.Id))}).");
        if (errors.Any) return Outcome<ConflictDto>.Fail(errors);

        foreach (var r in reports) r.Counted = r.Id == input.RecordId;
        if (conflict.Kind == ReportKind.Movement && await LeavesNegativeAsync(conflict, reports.Cast<Movement>(), ct) is { } problem)
            return Outcome<ConflictDto>.Fail(errors.Add("recordId", problem));

        conflict.State = ConflictState.Settled;
        conflict.AcceptedRecordId = input.RecordId;
        conflict.Reason = reason;
        conflict.SettledBy = actor.Name;
        conflict.SettledAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome<ConflictDto>.Ok((await ConflictReads.AllAsync(db, ct, id)).Single());
    }

    /// <summary>Accepting a smaller arrival (or a larger departure) must not leave the contributor below zero on any date.</summary>
    async Task<string?> LeavesNegativeAsync(Conflict conflict, IEnumerable<Movement> inConflict, CancellationToken ct)
    {
        var swapped = inConflict.ToList();
        var others = await db.Movements.AsNoTracking()
            .Where(m => m.ContributorCode == conflict.ContributorCode && m.Counted && m.ConflictId != conflict.Id).ToListAsync(ct);
        var ledger = others.Concat(swapped.Where(m => m.Counted)).ToList();
        foreach (var day in ledger.Select(m => m.On).Distinct().Order())
            if (Strength.Deployed(ledger, day) is var s and < 0)
                return $"Accepting this value would leave {conflict.ContributorCode} at {s} on {day:yyyy-MM-dd}.";
        return null;
    }
}
