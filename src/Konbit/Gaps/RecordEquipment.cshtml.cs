using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

public sealed record PledgeOption(int Id, string Label);

/// <summary>What the donor field of the equipment and funding forms needs.</summary>
public sealed record DonorFieldView(string? Value, FormErrors Errors, IReadOnlyList<ContributorOption> Contributors, string Hint);

/// <summary>One form for the four kinds of equipment line; the kind in the address decides which fields it shows.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class RecordEquipmentModel(KonbitDb db, EquipmentWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Category { get; set; }
        public int? Quantity { get; set; }
        public DateOnly? On { get; set; }
        public string? Donor { get; set; }
        public int? Pledge { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["category"] = "Category", ["quantity"] = "Quantity", ["on"] = "Date", ["donor"] = "Donor", ["pledge"] = "Against pledge", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public EquipmentChoices.KindText Kind { get; private set; } = EquipmentChoices.Kinds[0];
    public bool HasDonor => Kind.Kind is EquipmentKind.Pledge or EquipmentKind.Delivery;
    public IReadOnlyList<PledgeOption> Pledges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, string? category, CancellationToken ct)
    {
        if (EquipmentChoices.Find(kind) is not { } found) return NotFound();
        Kind = found;
        Input.Category = category;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken ct)
    {
        if (EquipmentChoices.Find(kind) is not { } found) return NotFound();
        Kind = found;
        var i = Input;
        var outcome = await writes.RecordAsync(Kind.Kind, new RecordEquipment(i.Category, i.Quantity, i.On, HasDonor ? i.Donor : null,
            Kind.Kind == EquipmentKind.Delivery ? i.Pledge : null, i.Note, i.SourceIds, i.Source.ToInput()), ct);
        if (outcome.Invalid is not null) await LoadPledgesAsync(ct);
        return await FinishToAsync(outcome,
            e => $"Recorded: {Kind.Title[7..].ToLowerInvariant()} of {Show.Count(e.Quantity)} × {EquipmentChoices.CategoryLabel(Wire.Name(e.Category)).ToLowerInvariant()} on {Show.Date(e.On)}.",
            e => $"~/Equipment?on={Show.Date(e.On)}", ct);
    }

    async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        await LoadPledgesAsync(ct);
    }

    async Task LoadPledgesAsync(CancellationToken ct)
    {
        if (Kind.Kind != EquipmentKind.Delivery) return;
        var pledges = await Db.EquipmentEntries.AsNoTracking().Where(e => e.Kind == EquipmentKind.Pledge && e.Counted)
            .OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(ct);
        Pledges = pledges.Select(p => new PledgeOption(p.Id,
            $"{p.Donor}: {Show.Count(p.Quantity)} × {EquipmentChoices.CategoryLabel(Wire.Name(p.Category)).ToLowerInvariant()}, {Show.Date(p.On)}")).ToList();
    }
}
