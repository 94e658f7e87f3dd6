using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>A coordinator defines an indicator, computed or entered, with its first target if known.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class DefineIndicatorModel(KonbitDb db, IndicatorWrites writes) : LedgerFormPage(db)
{
    public sealed class Form
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Definition { get; set; }
        public string? Unit { get; set; }
        public string? Direction { get; set; }
        public string? MandateTask { get; set; }
        public decimal? Baseline { get; set; }
        public DateOnly? BaselineOn { get; set; }
        public decimal? Tolerance { get; set; }
        public string? Metric { get; set; }
        public string? Department { get; set; }
        public string? EquipmentCategory { get; set; }
        public DateOnly? TargetOn { get; set; }
        public decimal? TargetValue { get; set; }
    }

    static readonly IReadOnlyDictionary<string, string> FieldLabels = new Dictionary<string, string>
    {
        ["code"] = "Code", ["name"] = "Name", ["definition"] = "Definition", ["unit"] = "Unit", ["direction"] = "Direction",
        ["mandateTask"] = "Mandate task", ["baseline"] = "Baseline", ["baselineOn"] = "Baseline date", ["tolerance"] = "Tolerance",
        ["metric"] = "Source of values", ["department"] = "Department", ["equipmentCategory"] = "Equipment category",
        ["targets[0].on"] = "First target date", ["targets[0].value"] = "First target value",
    };

    protected override IReadOnlyDictionary<string, string> Labels => FieldLabels;

    [BindProperty] public Form Input { get; set; } = new();

    public IReadOnlyList<FormChoices.Choice> Departments { get; private set; } = [];
    public IReadOnlyList<string> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var i = Input;
        // The first target is optional: an empty pair means none yet.
        AddTarget[] targets = i.TargetOn is null && i.TargetValue is null ? [] : [new AddTarget(i.TargetOn, i.TargetValue)];
        var outcome = await writes.DefineAsync(new DefineIndicator(i.Code, i.Name, i.Definition, i.Unit, i.Direction, i.MandateTask,
            i.Baseline, i.BaselineOn, i.Tolerance, i.Metric, i.Department, i.EquipmentCategory, targets), ct);
        if (outcome.Invalid is not null) await LoadAsync(ct);
        return await FinishToAsync(outcome, d => $"Defined indicator {d.Code}: {d.Name}.", d => $"~/Indicators#indicator-{d.Id}", ct);
    }

    async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Departments = await Db.AdminUnits.AsNoTracking().Where(u => u.Level == 1).OrderBy(u => u.Pcode)
            .Select(u => new FormChoices.Choice(u.Pcode, u.NameFr)).ToListAsync(ct);
        var tasks = await Db.Mandates.AsNoTracking().OrderByDescending(m => m.StartsOn).Select(m => m.Tasks).ToListAsync(ct);
        Tasks = [.. tasks.SelectMany(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
    }
}
