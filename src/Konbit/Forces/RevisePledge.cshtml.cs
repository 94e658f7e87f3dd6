using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

/// <summary>A revision is a new pledge superseding the old one: confirmed, a new figure, or withdrawn.</summary>
[Authorize(Policy = Policies.EditLedger)]
public sealed class RevisePledgeModel(KonbitDb db, ForceWrites writes, IAuthorizationService auth) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public int? Count { get; set; }
        public string? Category { get; set; }
        public DateOnly? AnnouncedOn { get; set; }
        public string? Status { get; set; } = "revised";
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["count"] = "Count", ["category"] = "Category", ["announcedOn"] = "Announced on", ["status"] = "Status", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public PledgeDto Earlier { get; private set; } = null!;
    public string ContributorName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadEarlierAsync(id, ct) is { } refusal) return refusal;
        Input.Count = Earlier.Count;
        Input.Category = Earlier.Category;
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadEarlierAsync(id, ct) is { } refusal) return refusal;
        var i = Input;
        var outcome = await writes.RevisePledgeAsync(id,
            new RevisePledge(i.Count, i.Category, i.AnnouncedOn, i.Status, i.Note, i.SourceIds, i.Source.ToInput()), User, ct);
        return await FinishAsync(outcome, p => p.ContributorCode,
            p => $"Recorded pledge #{p.Id} ({Wire.Name(p.Status)}, {Show.Count(p.Count)} personnel), superseding #{id}.", ct);
    }

    async Task<IActionResult?> LoadEarlierAsync(int id, CancellationToken ct)
    {
        var earlier = await Db.Pledges.AsNoTracking().Include(p => p.Sources).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (earlier is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, earlier.ContributorCode, Policies.EditContributor)).Succeeded) return Forbid();
        Earlier = earlier.Dto();
        ContributorName = await Db.Contributors.Where(c => c.Code == earlier.ContributorCode).Select(c => c.Name).SingleAsync(ct);
        return null;
    }
}
