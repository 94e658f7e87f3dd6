using System.Text.Json;
using Konbit.Data;
using Konbit.Seed;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>
/// A few indicators on the mission's public data (indicators-seed.json), loaded by the mission seed in its
/// transaction with the same rule: matched by seed key, refreshed unless a person has edited them. Targets are
/// matched by date; a target a person added is kept. A code already taken by a person's own indicator is left alone.
/// </summary>
public sealed record IndicatorsSeed(List<IndicatorsSeed.Row> Indicators)
{
    public sealed record TargetRow(DateOnly On, decimal Value, string? Note);
    public sealed record Row(string Key, string Code, string Name, string Definition, string? Unit, string Direction, string MandateTask,
        decimal Baseline, DateOnly BaselineOn, string? Metric, List<TargetRow> Targets);

    public static IndicatorsSeed Embedded()
    {
        using var stream = typeof(IndicatorsSeed).Assembly.GetManifestResourceStream("Konbit.Indicators.indicators-seed.json")
            ?? throw new InvalidOperationException("The indicators seed is missing from the build.");
        return JsonSerializer.Deserialize<IndicatorsSeed>(stream, SeedData.Json) ?? throw new InvalidDataException("The indicators seed is empty.");
    }

    public async Task LoadAsync(KonbitDb db, Seeder seeder, DateTime now, CancellationToken ct)
    {
        var existing = await db.Indicators.Include(i => i.Targets).Where(i => i.SeedKey != null).ToDictionaryAsync(i => i.SeedKey!, ct);
        var taken = await db.Indicators.Where(i => i.SeedKey == null).Select(i => i.Code).ToListAsync(ct);
        foreach (var row in Indicators.Where(r => existing.ContainsKey(r.Key) || !taken.Contains(r.Code)))
            seeder.Upsert(existing, row.Key, () => new Indicator { Code = row.Code, Name = row.Name, Definition = "", Unit = "", MandateTask = "", RecordedAtUtc = now }, i =>
            {
                (i.Code, i.Name, i.Definition, i.MandateTask) = (row.Code, row.Name, row.Definition, row.MandateTask);
                i.Direction = Enum.Parse<IndicatorDirection>(row.Direction, ignoreCase: true);
                i.Metric = row.Metric is null ? null : Enum.Parse<IndicatorMetric>(row.Metric, ignoreCase: true);
                i.Unit = row.Unit ?? IndicatorMetrics.UnitOf(i.Metric!.Value);
                (i.Baseline, i.BaselineOn) = (row.Baseline, row.BaselineOn);
                foreach (var t in row.Targets)
                {
                    if (i.Targets.FirstOrDefault(x => x.On == t.On) is { } target) (target.Value, target.Note) = (t.Value, t.Note);
                    else i.Targets.Add(new IndicatorTarget { On = t.On, Value = t.Value, Note = t.Note, RecordedAtUtc = now });
                }
            });
        await db.SaveChangesAsync(ct);
    }
}
