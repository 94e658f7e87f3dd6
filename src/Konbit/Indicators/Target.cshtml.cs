using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Indicators;

/// <summary>A coordinator adds a target to an indicator: the value it should reach by a date.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class AddTargetModel(KonbitDb db, IndicatorWrites writes) : IndicatorFormPage(db)
{
    static readonly IReadOnlyDictionary<string, string> FieldLabels = DatedLabels("Target date", "Target value");

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public DatedFigureForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var outcome = await writes.AddTargetAsync(id, new AddTarget(Input.On, Input.Value, Input.Note), ct);
        return await FinishAsync(outcome, $"Added a target to {Indicator!.Code}.", ct);
    }
}
