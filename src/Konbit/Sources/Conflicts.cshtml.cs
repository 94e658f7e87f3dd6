using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>Every disagreement between sources, open first; coordinators settle one by accepting a value, with a reason.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ConflictsModel(KonbitDb db, ConflictSettlement settlement, IAuthorizationService auth) : PageModel
{
    public List<ConflictDto> Conflicts { get; private set; } = [];
    /// <summary>What is known about each disagreement (not part of the API's conflict record).</summary>
    public Dictionary<int, string?> Notes { get; private set; } = [];
    public Dictionary<string, string> ContributorNames { get; private set; } = [];
    public bool MayCoordinate { get; private set; }

    /// <summary>After a refused settlement: which conflict, its messages and the reason typed, to show again.</summary>
    public int? FailedId { get; private set; }
    public List<string> FailedMessages { get; private set; } = [];
    public string? FailedReason { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAcceptAsync(int id, int? recordId, string? reason, CancellationToken ct)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.Coordinate)).Succeeded) return Forbid();
        var outcome = await settlement.AcceptAsync(id, new AcceptReport(recordId, reason), ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Invalid is { } errors)
        {
            (FailedId, FailedReason) = (id, reason);
            FailedMessages = [.. errors.ToDictionary().SelectMany(kv => kv.Value)];
            await LoadAsync(ct);
            return Page();
        }
        var settled = outcome.Value!;
        var accepted = settled.Values.Single(v => v.Accepted);
        TempData.Confirm($"Settled “{settled.Subject}”: {accepted.Summary} is now counted.");
        return LocalRedirect($"~/Sources/Conflicts#conflict-{id}");
    }

    public static string KindLabel(string kind) => kind switch
    {
        "movement" => "movement", "pledge" => "pledge", "strengthReport" => "strength report", _ => kind,
    };

    async Task LoadAsync(CancellationToken ct)
    {
        Conflicts = [.. (await ConflictReads.AllAsync(db, ct)).Select(c => c.ForReader(User))];
        Notes = await db.Conflicts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Note, ct);
        ContributorNames = await db.Contributors.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        MayCoordinate = (await auth.AuthorizeAsync(User, Policies.Coordinate)).Succeeded;
    }
}

/// <summary>What a conflict's settlement form needs: the conflict, and after a refusal its messages and the reason typed.</summary>
public sealed record ConflictFormView(ConflictDto Conflict, IReadOnlyList<string> Messages, string? Reason);
