using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Forces;

[Authorize(Policy = Policies.EditLedger)]
public sealed class RecordMovementModel(KonbitDb db, ForceWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Contributor { get; set; }
        public string? Kind { get; set; } = "arrival";
        public DateOnly? On { get; set; }
        public int? Count { get; set; }
        public string? Contingent { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
        public int? Disputes { get; set; }
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["contributor"] = "Contributor", ["kind"] = "Movement", ["on"] = "Date", ["count"] = "Count",
        ["contingent"] = "Contingent", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public DisputeView Dispute { get; private set; } = DisputeView.None;

    /// <summary>With <paramref name="disputes"/>, the form records a different figure for that movement, prefilled from it.</summary>
    public async Task OnGetAsync(string? contributor, int? disputes, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Input.Contributor = DefaultContributor(contributor);
        (Dispute, var earlier) = await DisputeView.MovementAsync(Db, disputes, ct);
        if (earlier is not null)
            (Input.Contributor, Input.Kind, Input.On, Input.Contingent, Input.Disputes) = (earlier.ContributorCode, Wire.Name(earlier.Kind), earlier.On, earlier.Contingent, earlier.Id);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var outcome = await writes.RecordMovementAsync(
            new RecordMovement(i.Contributor, i.Kind, i.On, i.Count, i.Contingent, i.Note, i.SourceIds, i.Source.ToInput(), i.Disputes), User, ct);
        if (outcome.Invalid is not null) (Dispute, _) = await DisputeView.MovementAsync(Db, i.Disputes, ct);
        return await FinishAsync(outcome, m => m.ContributorCode,
            m => $"Recorded: {FormChoices.KindLabel(Wire.Name(m.Kind)).ToLowerInvariant()} of {Show.Count(m.Count)} {m.ContributorCode} personnel on {Show.Date(m.On)}.", ct);
    }
}
