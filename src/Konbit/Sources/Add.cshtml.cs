using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Sources;

/// <summary>Adds a source on its own, to cite later from the ledger's forms.</summary>
[Authorize(Policy = Policies.EditLedger)]
public sealed class AddSourceModel(KonbitDb db, TimeProvider clock) : PageModel
{
    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.Labels("");

    [BindProperty] public SourceFields Input { get; set; } = new();

    public FormErrors Errors { get; private set; } = FormErrors.None;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new Errors();
        if (Citations.Validate(Input.ToInput() ?? new SourceInput(null, null, null, null), errors, "", ForcesApi.Today(clock)) is not { } source)
        {
            Errors = new FormErrors(errors, FieldLabels);
            return Page();
        }
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        TempData.Confirm($"Added source #{source.Id}: {source.Title}.");
        return LocalRedirect($"~/Sources#source-{source.Id}");
    }
}
