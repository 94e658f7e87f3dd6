using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Forces;

[Authorize(Policy = Policies.EditLedger)]
public sealed class RecordPledgeModel(KonbitDb db, ForceWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Contributor { get; set; }
        public int? Count { get; set; }
        public string? Category { get; set; } = "police";
        public DateOnly? AnnouncedOn { get; set; }
        public string? Status { get; set; } = "announced";
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
        public int? Disputes { get; set; }
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["contributor"] = "Contributor", ["count"] = "Count", ["category"] = "Category",
        ["announcedOn"] = "Announced on", ["status"] = "Status", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public DisputeView Dispute { get; private set; } = DisputeView.None;

    /// <summary>With <paramref name="disputes"/>, the form records another source's figure for that same pledge.</summary>
    public async Task OnGetAsync(string? contributor, int? disputes, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Input.Contributor = DefaultContributor(contributor);
        (Dispute, var earlier) = await DisputeView.PledgeAsync(Db, disputes, ct);
        if (earlier is not null)
            (Input.Contributor, Input.Category, Input.AnnouncedOn, Input.Disputes) = (earlier.ContributorCode, Wire.Name(earlier.Category), earlier.AnnouncedOn, earlier.Id);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var outcome = await writes.RecordPledgeAsync(
            new RecordPledge(i.Contributor, i.Count, i.Category, i.AnnouncedOn, i.Status, i.Note, i.SourceIds, i.Source.ToInput(), i.Disputes), User, ct);
        if (outcome.Invalid is not null) (Dispute, _) = await DisputeView.PledgeAsync(Db, i.Disputes, ct);
        return await FinishAsync(outcome, p => p.ContributorCode,
            p => $"Recorded pledge #{p.Id}: {Show.Count(p.Count)} {Wire.Name(p.Category)} personnel from {p.ContributorCode}, announced {Show.Date(p.AnnouncedOn)}.", ct);
    }
}
