using Konbit.Accounts;
using Konbit.Data;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Indicators;

/// <summary>A coordinator records an entered indicator's value on a date, citing its sources.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class RecordValueModel(KonbitDb db, IndicatorWrites writes) : IndicatorFormPage(db)
{
    public sealed class Form : DatedFigureForm
    {
        public int[] SourceIds { get; set; } = [];
        public SourceFields Source { get; set; } = new();
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = DatedLabels("Date", "Value");

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var i = Input;
        var outcome = await writes.RecordValueAsync(id, new RecordIndicatorValue(i.On, i.Value, i.Note, i.SourceIds, i.Source.ToInput()), ct);
        return await FinishAsync(outcome, $"Recorded a value of {Indicator!.Code}.", ct);
    }
}
