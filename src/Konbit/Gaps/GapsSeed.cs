using System.Text.Json;
using Konbit.Data;
using Konbit.Seed;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

/// <summary>
/// The public equipment and funding facts (gaps-seed.json), loaded by the mission seed in its transaction, with the
/// same rule: matched by seed key, refreshed unless a person has edited them. Kept beside the feature so the ledgers'
/// facts change with it.
/// </summary>
public sealed record GapsSeed(List<GapsSeed.SourceRow> Sources, List<GapsSeed.EquipmentRow> Equipment, List<GapsSeed.FundingRow> Funding)
{
    public sealed record SourceRow(string Key, string Kind, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Reference);
    public sealed record EquipmentRow(string Key, string Kind, string Category, int Quantity, DateOnly On, string? Donor, string? Pledge,
        List<string> Sources, string? Note);
    public sealed record FundingRow(string Key, string Kind, string Donor, string Channel, DateOnly On, decimal Amount, string Currency,
        List<string> Sources, string? Note);

    public static GapsSeed Embedded()
    {
        using var stream = typeof(GapsSeed).Assembly.GetManifestResourceStream("Konbit.Gaps.gaps-seed.json")
            ?? throw new InvalidOperationException("The gaps seed is missing from the build.");
        return JsonSerializer.Deserialize<GapsSeed>(stream, SeedData.Json) ?? throw new InvalidDataException("The gaps seed is empty.");
    }

    /// <param name="sources">The mission seed's sources by key; this file's own are added to it.</param>
    public async Task LoadAsync(KonbitDb db, Seeder seeder, Dictionary<string, Source> sources, DateTime now, CancellationToken ct)
    {
        foreach (var row in Sources.Where(r => !sources.ContainsKey(r.Key)))
        {
            var existing = await db.Sources.Where(s => s.SeedKey == row.Key).ToDictionaryAsync(s => s.SeedKey!, ct);
            sources[row.Key] = seeder.Upsert(existing, row.Key, () => new Source { Title = row.Title }, s =>
            {
                s.Kind = Enum.Parse<SourceKind>(row.Kind, ignoreCase: true);
                (s.Title, s.Publisher, s.Url, s.PublishedOn, s.Reference) = (row.Title, row.Publisher, row.Url, row.PublishedOn, row.Reference);
            });
        }
        var contributors = await db.Contributors.Select(c => c.Code).ToListAsync(ct);
        string? Contributor(string? donor) => donor is not null && contributors.Contains(donor) ? donor : null;

        var equipment = await Seeder.Seeded(db.EquipmentEntries, ct);
        foreach (var row in Equipment)
            seeder.Upsert(equipment, row.Key, () => new EquipmentEntry { RecordedAtUtc = now }, e =>
            {
                e.Kind = Enum.Parse<EquipmentKind>(row.Kind, ignoreCase: true);
                e.Category = Enum.Parse<EquipmentCategory>(row.Category, ignoreCase: true);
                (e.Quantity, e.On, e.Donor, e.ContributorCode, e.Note) = (row.Quantity, row.On, row.Donor, Contributor(row.Donor), row.Note);
                e.Sources = row.Sources.Select(k => sources[k]).ToList();
            });
        var funding = await Seeder.Seeded(db.FundingEntries, ct);
        foreach (var row in Funding)
            seeder.Upsert(funding, row.Key, () => new FundingEntry { Donor = row.Donor, Currency = row.Currency, RecordedAtUtc = now }, f =>
            {
                f.Kind = Enum.Parse<FundingKind>(row.Kind, ignoreCase: true);
                f.Channel = Enum.Parse<FundingChannel>(row.Channel, ignoreCase: true);
                (f.Donor, f.ContributorCode, f.On, f.Amount, f.Currency, f.Note) = (row.Donor, Contributor(row.Donor), row.On, row.Amount, row.Currency, row.Note);
                // The seeded figures are stated in US dollars by their sources.
                (f.RateToUsd, f.RateOn, f.AmountUsd) = (1m, row.On, row.Amount);
                f.Sources = row.Sources.Select(k => sources[k]).ToList();
            });
        await db.SaveChangesAsync(ct);
        foreach (var row in Equipment.Where(r => r.Pledge is not null && !equipment[r.Key].EditedByUser))
            equipment[row.Key].PledgeId = equipment[row.Pledge!].Id;
    }
}
