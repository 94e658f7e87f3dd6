using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Gaps;

/// <summary>One form for a pledge or a receipt of money; the kind is in the address.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class RecordFundingModel(KonbitDb db, FundingWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Donor { get; set; }
        public string? Channel { get; set; } = "trustFund";
        public DateOnly? On { get; set; }
        public decimal? Amount { get; set; }
        public string? Currency { get; set; } = "USD";
        public decimal? RateToUsd { get; set; }
        public DateOnly? RateOn { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    public static readonly IReadOnlyList<FormChoices.Choice> Channels =
        [new("trustFund", "Trust fund"), new("bilateral", "Bilateral"), new("inKind", "In kind")];

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["donor"] = "Donor", ["channel"] = "Channel", ["on"] = "Date", ["amount"] = "Amount", ["currency"] = "Currency",
        ["rateToUsd"] = "Rate to US dollars", ["rateOn"] = "Rate date", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public FundingKind Kind { get; private set; }
    public string Title => Kind == FundingKind.Pledge ? "Record funding pledge" : "Record funding receipt";

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        if (Parse(kind) is not { } k) return NotFound();
        Kind = k;
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken ct)
    {
        if (Parse(kind) is not { } k) return NotFound();
        Kind = k;
        var i = Input;
        var outcome = await writes.RecordAsync(Kind, new RecordFunding(i.Donor, i.Channel, i.On, i.Amount, i.Currency, i.RateToUsd, i.RateOn,
            i.Note, i.SourceIds, i.Source.ToInput()), ct);
        return await FinishToAsync(outcome,
            f => $"Recorded: {(Kind == FundingKind.Pledge ? "pledge" : "receipt")} of {FundingModel.Amount(f.Amount)} {f.Currency} ({FundingModel.Usd(f.AmountUsd)}) from {f.Donor}.",
            _ => "~/Funding", ct);
    }

    static FundingKind? Parse(string kind) => kind.ToLowerInvariant() switch
    {
        "pledge" => FundingKind.Pledge,
        "receipt" => FundingKind.Receipt,
        _ => null,
    };
}
