using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

public sealed record ContributorOption(string Code, string Name);

/// <summary>What the ledger's forms share: the choices they offer and what they do with a write's outcome.</summary>
public abstract class LedgerFormPage(KonbitDb db) : PageModel
{
    protected KonbitDb Db => db;

    /// <summary>The contributors this user may record for: a liaison officer sees only their own.</summary>
    public IReadOnlyList<ContributorOption> Contributors { get; private set; } = [];
    public IReadOnlyList<SourceDto> AllSources { get; private set; } = [];
    public FormErrors Errors { get; private set; } = FormErrors.None;

    /// <summary>The form's fields: error key → label, so the summary can point at them.</summary>
    protected abstract IReadOnlyDictionary<string, string> Labels { get; }

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var liaison = User.IsInRole(Roles.Liaison);
        var own = User.FindFirstValue(Roles.ContributorClaim) ?? "";
        Contributors = await db.Contributors.AsNoTracking().Where(c => !liaison || c.Code == own)
            .OrderBy(c => c.Name).Select(c => new ContributorOption(c.Code, c.Name)).ToListAsync(ct);
        AllSources = await db.Sources.AsNoTracking().OrderBy(s => s.Title).Select(Citations.ToDto).ToListAsync(ct);
    }

    /// <summary>The contributor to preselect: the one asked for, else a liaison officer's own.</summary>
    protected string? DefaultContributor(string? asked) =>
        asked?.Trim().ToUpperInvariant() ?? (Contributors.Count == 1 ? Contributors[0].Code : null);

    /// <summary>
    /// Refused → the 403 page; invalid → the form again with its messages; saved → the contributor's page (or the
    /// dashboard for a mission-wide figure) with a confirmation.
    /// </summary>
    protected Task<IActionResult> FinishAsync<T>(Outcome<T> outcome, Func<T, string?> contributor, Func<T, string> confirmation, CancellationToken ct) =>
        FinishToAsync(outcome, confirmation, saved => contributor(saved) is { } code ? $"~/Forces/Contributor/{code}" : "~/", ct);

    /// <summary>As above, for a form of another ledger that sends the user to <paramref name="next"/> once saved.</summary>
    protected async Task<IActionResult> FinishToAsync<T>(Outcome<T> outcome, Func<T, string> confirmation, Func<T, string> next, CancellationToken ct)
    {
        if (outcome.Forbidden) return Forbid();
        if (outcome.NotFound) return NotFound();
        if (outcome.Invalid is { } errors)
        {
            Errors = new FormErrors(errors, Labels);
            await LoadChoicesAsync(ct);
            return Page();
        }
        var saved = outcome.Value!;
        TempData.Confirm(confirmation(saved));
        return LocalRedirect(next(saved));
    }
}

/// <summary>What the contributor select of a ledger form needs; <paramref name="Blank"/> labels the empty choice, if any.</summary>
public sealed record ContributorSelectView(IReadOnlyList<ContributorOption> Options, string? Selected, FormErrors Errors, string? Blank);
