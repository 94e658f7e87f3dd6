using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>The date, figure and note a target or an entered value shares, as a form binds them.</summary>
public class DatedFigureForm
{
    public DateOnly? On { get; set; }
    public decimal? Value { get; set; }
    public string? Note { get; set; }
}

/// <summary>What the date, figure and note partial needs.</summary>
public sealed record DatedFigureView(DatedFigureForm Input, FormErrors Errors, string DateLabel, string ValueLabel, string? Unit);

/// <summary>What the forms about one indicator (a target, a value) share: the indicator they write to.</summary>
public abstract class IndicatorFormPage(KonbitDb db) : LedgerFormPage(db)
{
    public Indicator? Indicator { get; private set; }

    /// <summary>The form's labels; a message about the indicator itself has no field and shows in full in the summary.</summary>
    protected static IReadOnlyDictionary<string, string> DatedLabels(string dateLabel, string valueLabel) =>
        SourceFields.CitingLabels(new() { ["on"] = dateLabel, ["value"] = valueLabel, ["note"] = "Note" });

    /// <summary>Loads the indicator and the form's choices; false when there is no such indicator.</summary>
    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Indicator = await Db.Indicators.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (Indicator is null) return false;
        await LoadChoicesAsync(ct);
        return true;
    }

    protected Task<IActionResult> FinishAsync<T>(Outcome<T> outcome, string confirmation, CancellationToken ct) =>
        FinishToAsync(outcome, _ => confirmation, _ => $"~/Indicators#indicator-{Indicator!.Id}", ct);
}
