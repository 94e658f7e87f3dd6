using System.Text.RegularExpressions;
using Konbit.Data;
using Konbit.Gaps;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>An indicator as a request defines it. Targets may come with it on creation; later ones are added one by one.</summary>
/// <param name="Metric">One of the computed metrics, or empty for an indicator whose values are entered with sources.</param>
/// <param name="Department">Incident metrics: a department P-code (HT01 to HT10); empty for the whole country.</param>
/// <param name="Tolerance">How far short still counts as "at risk", as a share of the distance from baseline to target (0.1 = 10%, the default).</param>
public sealed record DefineIndicator(string? Code, string? Name, string? Definition, string? Unit, string? Direction, string? MandateTask,
    decimal? Baseline, DateOnly? BaselineOn, decimal? Tolerance = null, string? Metric = null, string? Department = null,
    string? EquipmentCategory = null, AddTarget[]? Targets = null);

public sealed record AddTarget(DateOnly? On, decimal? Value, string? Note = null);

public sealed record RecordIndicatorValue(DateOnly? On, decimal? Value, string? Note, int[]? SourceIds, SourceInput? Source);

/// <summary>
/// The results framework's writes, shared by the API and the forms; everything is checked before the one save.
/// Only coordinators reach these (the endpoints and pages require Policies.Coordinate).
/// </summary>
public sealed partial class IndicatorWrites(KonbitDb db, TimeProvider clock)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Indicator>> DefineAsync(DefineIndicator input, CancellationToken ct)
    {
        var errors = new Errors();
        var indicator = new Indicator { Code = "", Name = "", Definition = "", Unit = "", MandateTask = "", RecordedAtUtc = clock.GetUtcNow().UtcDateTime };
        await ApplyAsync(indicator, input, errors, ct);
        var targets = input.Targets ?? [];
        for (var n = 0; n < targets.Length; n++)
            if (Target(indicator, targets[n], errors, $"targets[{n}].") is { } target) indicator.Targets.Add(target);
        if (errors.Any) return Outcome<Indicator>.Fail(errors);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return Outcome<Indicator>.Ok(indicator);
    }

    public async Task<Outcome<Indicator>> UpdateAsync(int id, DefineIndicator input, CancellationToken ct)
    {
        var indicator = await db.Indicators.Include(i => i.Targets).Include(i => i.Values).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<Indicator>.Missing();
        var errors = new Errors();
        if (input.Targets is { Length: > 0 }) errors.Add("targets", $"Targets are added one by one, with POST /api/v1/indicators/{id}/targets.");
        await ApplyAsync(indicator, input, errors, ct);
        if (!errors.Has("baselineOn") && indicator.Targets.Where(t => t.On <= indicator.BaselineOn).MinBy(t => t.On) is { } early)
            errors.Add("baselineOn", $"baselineOn {indicator.BaselineOn:yyyy-MM-dd} is not before the target of {early.On:yyyy-MM-dd}.");
        if (indicator.Metric is not null && indicator.Values.Count > 0)
            errors.Add("metric", $"This indicator has {indicator.Values.Count} entered values; an indicator with entered values cannot become computed.");
        if (errors.Any) return Outcome<Indicator>.Fail(errors);
        await db.SaveChangesAsync(ct);
        return Outcome<Indicator>.Ok(indicator);
    }

    public async Task<Outcome<IndicatorTarget>> AddTargetAsync(int id, AddTarget input, CancellationToken ct)
    {
        var indicator = await db.Indicators.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<IndicatorTarget>.Missing();
        var errors = new Errors();
        var target = Target(indicator, input, errors, "");
        if (errors.Any) return Outcome<IndicatorTarget>.Fail(errors);
        indicator.Targets.Add(target!);
        await db.SaveChangesAsync(ct);
        return Outcome<IndicatorTarget>.Ok(target!);
    }

    public async Task<Outcome<IndicatorValue>> RecordValueAsync(int id, RecordIndicatorValue input, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<IndicatorValue>.Missing();
        var errors = new Errors();
        if (indicator.Metric is { } metric)
            errors.Add("indicator", $"Indicator {indicator.Code} is computed from Konbit's data ({Wire.Name(metric)}); its values cannot be entered.");
        var value = new IndicatorValue
        {
            IndicatorId = id,
            On = errors.Date("on", input.On, Today) ?? default,
            Value = Number(errors, "value", input.Value) ?? 0,
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (input.On < indicator.BaselineOn)
            errors.Add("on", $"on {input.On:yyyy-MM-dd} is before the baseline date ({indicator.BaselineOn:yyyy-MM-dd}).");
        value.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        if (errors.Any) return Outcome<IndicatorValue>.Fail(errors);
        db.IndicatorValues.Add(value);
        await db.SaveChangesAsync(ct);
        return Outcome<IndicatorValue>.Ok(value);
    }

    async Task ApplyAsync(Indicator i, DefineIndicator input, Errors errors, CancellationToken ct)
    {
        i.Code = errors.Text("code", input.Code, 32, required: true) ?? "";
        if (i.Code.Length > 0 && !CodePattern().IsMatch(i.Code))
            errors.Add("code", $"code '{i.Code}' may hold only letters, digits, '.', '-' and '_'.");
        else if (i.Code.Length > 0 && await db.Indicators.AnyAsync(o => o.Code == i.Code && o.Id != i.Id, ct))
            errors.Add("code", $"An indicator with code '{i.Code}' exists already.");
        i.Name = errors.Text("name", input.Name, 200, required: true) ?? "";
        i.Definition = errors.Text("definition", input.Definition, 2000, required: true) ?? "";
        i.MandateTask = errors.Text("mandateTask", input.MandateTask, 500, required: true) ?? "";
        i.Direction = errors.Choice<IndicatorDirection>("direction", input.Direction) ?? default;
        i.Baseline = Number(errors, "baseline", input.Baseline) ?? 0;
        i.BaselineOn = errors.Date("baselineOn", input.BaselineOn, Today) ?? default;
        i.Tolerance = input.Tolerance ?? IndicatorMath.DefaultTolerance;
        if (i.Tolerance < 0) errors.Add("tolerance", $"tolerance must not be negative, not {i.Tolerance}.");
        else if (i.Tolerance > 1) errors.Add("tolerance", $"tolerance is a share of the distance to the target, from 0 to 1 (0.1 is 10%), not {i.Tolerance}.");

        i.Metric = string.IsNullOrWhiteSpace(input.Metric) ? null : errors.Choice<IndicatorMetric>("metric", input.Metric);
        i.Unit = errors.Text("unit", input.Unit, 50) ?? (i.Metric is { } m ? IndicatorMetrics.UnitOf(m) : "");
        if (i.Unit.Length == 0 && !errors.Has("unit") && !errors.Has("metric")) errors.Add("unit", "unit is required for an entered indicator.");
        i.DepartmentPcode = await DepartmentAsync(i.Metric, input.Department, errors, ct);
        i.EquipmentCategory = null;
        if (i.Metric == IndicatorMetric.EquipmentGap) i.EquipmentCategory = errors.Choice<EquipmentCategory>("equipmentCategory", input.EquipmentCategory);
        else if (!string.IsNullOrWhiteSpace(input.EquipmentCategory)) errors.Add("equipmentCategory", "equipmentCategory applies only to the equipmentGap metric.");
    }

    async Task<string?> DepartmentAsync(IndicatorMetric? metric, string? department, Errors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(department)) return null;
        var code = department.Trim().ToUpperInvariant();
        if (metric is not { } m || !IndicatorMetrics.TakesDepartment(m))
            errors.Add("department", "department applies only to the incident metrics (incidentsPerMonth, fatalitiesPerMonth, medianResponseHours).");
        else if (!await db.AdminUnits.AnyAsync(u => u.Pcode == code && u.Level == 1, ct))
            errors.Add("department", $"department '{department.Trim()}' is not a department P-code (HT01 to HT10).");
        return code;
    }

    IndicatorTarget? Target(Indicator indicator, AddTarget input, Errors errors, string prefix)
    {
        var before = errors.MessageCount;
        var value = Number(errors, prefix + "value", input.Value);
        if (input.On is not { } on) errors.Add(prefix + "on", $"{prefix}on is required.");
        else if (indicator.BaselineOn != default && on <= indicator.BaselineOn)
            errors.Add(prefix + "on", $"{prefix}on {on:yyyy-MM-dd} is not after the baseline date ({indicator.BaselineOn:yyyy-MM-dd}).");
        else if (on.Year > 2100) errors.Add(prefix + "on", $"{prefix}on {on:yyyy-MM-dd} is too far ahead.");
        else if (indicator.Targets.Any(t => t.On == on)) errors.Add(prefix + "on", $"There is a target for {on:yyyy-MM-dd} already.");
        var note = errors.Text(prefix + "note", input.Note, 2000);
        if (errors.MessageCount != before) return null;
        return new IndicatorTarget { On = input.On!.Value, Value = value!.Value, Note = note, RecordedAtUtc = clock.GetUtcNow().UtcDateTime };
    }

    static decimal? Number(Errors errors, string field, decimal? value)
    {
        if (value is null) errors.Add(field, $"{field} is required.");
        else if (Math.Abs(value.Value) >= 100_000_000_000_000m) errors.Add(field, $"{field} is too large.");
        return value is null ? null : Math.Round(value.Value, 4);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}
