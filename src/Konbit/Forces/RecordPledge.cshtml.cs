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
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["contributor"] = "Contributor", ["count"] = "Count", ["category"] = "Category",
        ["announcedOn"] = "Announced on", ["status"] = "Status", ["note"] = "Note",
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
        var outcome = await writes.RecordPledgeAsync(
            new RecordPledge(i.Contributor, i.Count, i.Category, i.AnnouncedOn, i.Status, i.Note, i.SourceIds, i.Source.ToInput()), User, ct);
        return await FinishAsync(outcome, p => p.ContributorCode,
            p => $"Recorded pledge #{p.Id}: {Show.Count(p.Count)} {Wire.Name(p.Category)} personnel from {p.ContributorCode}, announced {Show.Date(p.AnnouncedOn)}.", ct);
    }
}
