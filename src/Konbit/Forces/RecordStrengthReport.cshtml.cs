using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Forces;

/// <summary>A headcount stated by a source, for one contributor or (coordinators only) the whole mission.</summary>
[Authorize(Policy = Policies.EditLedger)]
public sealed class RecordStrengthReportModel(KonbitDb db, ForceWrites writes, IAuthorizationService auth) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Contributor { get; set; }
        public DateOnly? AsOf { get; set; }
        public int? Count { get; set; }
        public string? Note { get; set; }
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
        public int? Disputes { get; set; }
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = SourceFields.CitingLabels(new()
    {
        ["contributor"] = "Contributor", ["asOf"] = "As of", ["count"] = "Count", ["note"] = "Note",
    });

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    /// <summary>Whether the empty choice "Whole mission" is offered: a mission-wide headcount concerns every contributor.</summary>
    public bool MayReportMission { get; private set; }

    public DisputeView Dispute { get; private set; } = DisputeView.None;

    public async Task OnGetAsync(string? contributor, int? disputes, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Contributor = MayReportMission ? contributor?.Trim().ToUpperInvariant() : DefaultContributor(contributor);
        (Dispute, var earlier) = await DisputeView.ReportAsync(Db, disputes, ct);
        if (earlier is not null) (Input.Contributor, Input.AsOf, Input.Disputes) = (earlier.ContributorCode, earlier.AsOf, earlier.Id);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        var outcome = await writes.RecordStrengthReportAsync(
            new RecordStrengthReport(i.Contributor, i.AsOf, i.Count, i.Note, i.SourceIds, i.Source.ToInput(), i.Disputes), User, ct);
        if (outcome.Invalid is not null) (Dispute, _) = await DisputeView.ReportAsync(Db, i.Disputes, ct);
        if (outcome.Invalid is not null) MayReportMission = await MayCoordinateAsync();
        return await FinishAsync(outcome, r => r.ContributorCode,
            r => $"Recorded a headcount of {Show.Count(r.Count)} for {r.ContributorCode ?? "the whole mission"} on {Show.Date(r.AsOf)}.", ct);
    }

    async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        MayReportMission = await MayCoordinateAsync();
    }

    async Task<bool> MayCoordinateAsync() => (await auth.AuthorizeAsync(User, Policies.Coordinate)).Succeeded;
}
