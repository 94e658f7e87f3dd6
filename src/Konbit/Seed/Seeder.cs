using Konbit.Audit;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Gaps;
using Konbit.Mandates;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Seed;

public sealed record SeedReport(int Added, int Refreshed, int KeptUserEdits);

/// <summary>
/// Loads the mission's public data. Records are matched by seed key: new ones are added, unedited ones refreshed,
/// and a record a person has edited is kept as it is. All in one transaction.
/// </summary>
public sealed class Seeder(KonbitDb db, Actor actor, TimeProvider clock)
{
    int added, refreshed, kept;

    public async Task<SeedReport> RunAsync(SeedData data, CancellationToken ct)
    {
        actor.ActAs("seed", seeder: true);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var sources = new Dictionary<string, Source>();
        var existingSources = await db.Sources.Where(s => s.SeedKey != null).ToDictionaryAsync(s => s.SeedKey!, ct);
        foreach (var row in data.Sources)
            sources[row.Key] = Upsert(existingSources, row.Key, () => new Source { Title = row.Title }, s =>
            {
                s.Kind = Enum.Parse<SourceKind>(row.Kind, ignoreCase: true);
                (s.Title, s.Publisher, s.Url, s.PublishedOn, s.Reference) = (row.Title, row.Publisher, row.Url, row.PublishedOn, row.Reference);
            });

        var contributors = await db.Contributors.ToDictionaryAsync(c => c.Code, ct);
        foreach (var row in data.Contributors)
            Upsert(contributors, row.Code, () => new Contributor { Code = row.Code, Name = row.Name }, c =>
                (c.Name, c.IsLeadNation) = (row.Name, row.LeadNation));

        var mandates = await db.Mandates.Include(m => m.Sources).Where(m => m.SeedKey != null).ToDictionaryAsync(m => m.SeedKey!, ct);
        foreach (var row in data.Mandates)
            Upsert(mandates, row.Key, () => new Mandate { Instrument = row.Instrument, Mission = row.Mission }, m =>
            {
                (m.Instrument, m.Mission, m.AdoptedOn, m.Vote, m.StartsOn, m.ExpiresOn) = (row.Instrument, row.Mission, row.Adopted, row.Vote, row.Starts, row.Expires);
                (m.Ceiling, m.CeilingNote, m.Tasks, m.Note) = (row.Ceiling, row.CeilingNote, string.Join("\n", row.Tasks), row.Note);
                m.Relation = row.Relation is null ? null : Enum.Parse<MandateRelation>(row.Relation, ignoreCase: true);
                m.Sources = Cite(sources, row.Sources);
            });
        await db.SaveChangesAsync(ct);
        foreach (var row in data.Mandates.Where(r => r.Predecessor is not null && !mandates[r.Key].EditedByUser))
            mandates[row.Key].PredecessorId = mandates[row.Predecessor!].Id;

        var pledges = await Seeded(db.Pledges, ct);
        foreach (var row in data.Pledges)
            Upsert(pledges, row.Key, () => new Pledge { ContributorCode = row.Contributor, RecordedAtUtc = now }, p =>
            {
                (p.ContributorCode, p.Count, p.AnnouncedOn, p.Note) = (row.Contributor, row.Count, row.Announced, row.Note);
                p.Category = Enum.Parse<PersonnelCategory>(row.Category, ignoreCase: true);
                p.Status = Enum.Parse<PledgeStatus>(row.Status, ignoreCase: true);
                p.Sources = Cite(sources, row.Sources);
            });
        var movements = await Seeded(db.Movements, ct);
        foreach (var row in data.Movements)
            Upsert(movements, row.Key, () => new Movement { ContributorCode = row.Contributor, RecordedAtUtc = now }, m =>
            {
                (m.ContributorCode, m.On, m.Count, m.Contingent, m.Note) = (row.Contributor, row.On, row.Count, row.Contingent, row.Note);
                m.Kind = Enum.Parse<MovementKind>(row.Kind, ignoreCase: true);
                m.Sources = Cite(sources, row.Sources);
            });
        var cohorts = await Seeded(db.TrainingCohorts, ct);
        foreach (var row in data.Cohorts)
            Upsert(cohorts, row.Key, () => new TrainingCohort { ContributorCode = row.Contributor, RecordedAtUtc = now }, c =>
            {
                (c.ContributorCode, c.Count, c.StartedOn, c.ExpectedReadyOn, c.Note) = (row.Contributor, row.Count, row.StartedOn, row.ExpectedReadyOn, row.Note);
                c.Sources = Cite(sources, row.Sources);
            });
        var reports = await Seeded(db.StrengthReports, ct);
        foreach (var row in data.StrengthReports)
            Upsert(reports, row.Key, () => new StrengthReport { RecordedAtUtc = now }, r =>
            {
                (r.ContributorCode, r.AsOf, r.Count, r.Note) = (row.Contributor, row.AsOf, row.Count, row.Note);
                r.Sources = Cite(sources, row.Sources);
            });
        await db.SaveChangesAsync(ct);
        foreach (var row in data.Pledges.Where(r => r.Supersedes is not null && !pledges[r.Key].EditedByUser))
            pledges[row.Key].SupersedesId = pledges[row.Supersedes!].Id;

        var conflicts = await db.Conflicts.Where(c => c.SeedKey != null).ToDictionaryAsync(c => c.SeedKey!, ct);
        foreach (var row in data.Conflicts)
        {
            var records = row.Records.Select(key => (Report?)pledges.GetValueOrDefault(key) ?? (Report?)movements.GetValueOrDefault(key) ?? reports[key]).ToList();
            Upsert(conflicts, row.Key, () => new Conflict { Subject = row.Subject, CreatedAtUtc = now }, c =>
            {
                (c.Subject, c.Note, c.Kind) = (row.Subject, row.Note, Enum.Parse<ReportKind>(row.Kind, ignoreCase: true));
                c.ContributorCode = records[0] switch { Pledge p => p.ContributorCode, Movement m => m.ContributorCode, StrengthReport s => s.ContributorCode, _ => null };
                foreach (var r in records.Where(r => !r.EditedByUser)) (r.Conflict, r.Counted) = (c, row.Records[records.IndexOf(r)] == row.Counted);
            });
        }
        await db.SaveChangesAsync(ct);
        // Equipment and funding facts live beside their feature (Gaps/gaps-seed.json); they cite the sources above too.
        await GapsSeed.Embedded().LoadAsync(db, this, sources, now, ct);
        // The results framework's indicators, beside their feature (Indicators/indicators-seed.json).
        await Konbit.Indicators.IndicatorsSeed.Embedded().LoadAsync(db, this, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new SeedReport(added, refreshed, kept);
    }

    internal static Task<Dictionary<string, T>> Seeded<T>(DbSet<T> set, CancellationToken ct) where T : Report =>
        set.Include(r => r.Sources).Where(r => r.SeedKey != null).ToDictionaryAsync(r => r.SeedKey!, ct);

    internal T Upsert<T>(Dictionary<string, T> existing, string key, Func<T> create, Action<T> apply) where T : class, ISeeded
    {
        if (existing.TryGetValue(key, out var record))
        {
            if (record.EditedByUser) { kept++; return record; }
            apply(record);
            record.SeedKey ??= key;
            refreshed++;
            return record;
        }
        record = create();
        record.SeedKey = key;
        apply(record);
        db.Add(record);
        existing[key] = record;
        added++;
        return record;
    }

    static List<Source> Cite(Dictionary<string, Source> sources, List<string> keys) => keys.Select(k => sources[k]).ToList();
}
