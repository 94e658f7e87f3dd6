using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Forces;

[Authorize(Policy = Policies.EditLedger)]
public sealed class RecordCohortModel(KonbitDb db, ForceWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Contributor { get; set; }
        public int? Count { get; set; }
        public DateOnly? StartedOn { get; set; }
        public DateOnly? ExpectedReadyOn { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["contributor"] = "Contributor", ["count"] = "Count", ["startedOn"] = "Training started on",
        ["expectedReadyOn"] = "Expected ready on", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public async Task OnGetAsync(string? contributor, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Input.Contributor = DefaultContributor(contributor);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var outcome = await writes.RecordCohortAsync(
            new RecordCohort(i.Contributor, i.Count, i.StartedOn, i.ExpectedReadyOn, i.Note, i.SourceIds, i.Source.ToInput()), User, ct);
        return await FinishAsync(outcome, c => c.ContributorCode,
            c => $"Recorded a training cohort of {Show.Count(c.Count)} {c.ContributorCode} personnel, {Show.Date(c.StartedOn)} to {Show.Date(c.ExpectedReadyOn)}.", ct);
    }
}
