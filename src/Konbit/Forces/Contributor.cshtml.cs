using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

/// <summary>One contributor: its figures and every record behind them, each with its sources; history for signed-in users.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ContributorModel(KonbitDb db, TimeProvider clock, IAuthorizationService auth) : PageModel
{
    public const int HistoryLimit = 200;

    public string Code { get; private set; } = "";
    public ContributorStrengthDto? Figures { get; private set; }
    public DateOnly Today { get; private set; }
    public List<PledgeDto> Pledges { get; private set; } = [];
    public List<MovementDto> Movements { get; private set; } = [];
    public List<CohortDto> Cohorts { get; private set; } = [];
    public List<StrengthReportDto> Reports { get; private set; } = [];
    /// <summary>Pledge id → the id of the pledge that revises it.</summary>
    public Dictionary<int, int> SupersededBy { get; private set; } = [];
    public bool MayEdit { get; private set; }
    /// <summary>Null when the reader is not signed in: entries name people.</summary>
    public List<AuditEntryDto>? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code?.Trim().ToUpperInvariant() ?? "";
        Today = ForcesApi.Today(clock);
        var ledger = await Strength.LoadAsync(db, ct, Code);
        if (ledger.Contributors.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Figures = Strength.On(ledger, Today).ByContributor.Single();
        Pledges = [.. (await db.Pledges.AsNoTracking().Include(p => p.Sources).Where(p => p.ContributorCode == Code)
            .OrderBy(p => p.AnnouncedOn).ThenBy(p => p.Id).ToListAsync(ct)).Select(p => p.Dto())];
        Movements = [.. (await db.Movements.AsNoTracking().Include(m => m.Sources).Where(m => m.ContributorCode == Code)
            .OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync(ct)).Select(m => m.Dto())];
        Cohorts = [.. (await db.TrainingCohorts.AsNoTracking().Include(c => c.Sources).Where(c => c.ContributorCode == Code)
            .OrderBy(c => c.StartedOn).ThenBy(c => c.Id).ToListAsync(ct)).Select(c => c.Dto())];
        Reports = [.. (await db.StrengthReports.AsNoTracking().Include(r => r.Sources).Where(r => r.ContributorCode == Code)
            .OrderBy(r => r.AsOf).ThenBy(r => r.Id).ToListAsync(ct)).Select(r => r.Dto())];
        SupersededBy = Pledges.Where(p => p.Supersedes is not null).ToDictionary(p => p.Supersedes!.Value, p => p.Id);
        MayEdit = (await auth.AuthorizeAsync(User, Code, Policies.EditContributor)).Succeeded;
        if (User.Identity?.IsAuthenticated == true)
            History = await RecordHistory.OfAsync(db,
            [
                (nameof(Pledge), Pledges.Select(p => p.Id)),
                (nameof(Movement), Movements.Select(m => m.Id)),
                (nameof(TrainingCohort), Cohorts.Select(c => c.Id)),
                (nameof(StrengthReport), Reports.Select(r => r.Id)),
            ], HistoryLimit, ct);
        return Page();
    }

    /// <summary>Deployed strength by the ledger on a date, to set beside a reported headcount.</summary>
    public int LedgerOn(DateOnly day) =>
        Movements.Where(m => m.Counted && m.On <= day).Sum(m => m.Kind == "arrival" ? m.Count : -m.Count);

    /// <summary>Only the latest counted, not withdrawn, pledge of a chain can be revised (as <see cref="ForceWrites"/> checks).</summary>
    public bool CanRevise(PledgeDto p) => MayEdit && p.Counted && p.Status != "withdrawn" && !SupersededBy.ContainsKey(p.Id);
}
