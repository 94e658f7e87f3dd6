using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Gaps;

/// <summary>A budget period, in US dollars, against which receipts are measured; the same rules as POST /api/v1/funding/periods.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class RecordPeriodModel(KonbitDb db, FundingWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public decimal? BudgetUsd { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["name"] = "Name", ["startsOn"] = "From", ["endsOn"] = "To", ["budgetUsd"] = "Budget (US dollars)", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var outcome = await writes.RecordPeriodAsync(new RecordBudgetPeriod(i.Name, i.StartsOn, i.EndsOn, i.BudgetUsd, i.Note, i.SourceIds, i.Source.ToInput()), ct);
        return await FinishToAsync(outcome,
            p => $"Recorded: budget period {p.Name}, {Show.Date(p.StartsOn)} to {Show.Date(p.EndsOn)}, {FundingModel.Usd(p.BudgetUsd)}.",
            _ => "~/Funding", ct);
    }
}
