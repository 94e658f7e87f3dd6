using Konbit.Data;
using Konbit.Mandates;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

public sealed record ContributorStrengthDto(
    string Code, string Name, bool LeadNation, int Pledged, int InTraining, int Deployed,
    int? Reported, DateOnly? ReportedOn, int? Unexplained, double? ShareDeployed);

public sealed record StrengthDto(
    DateOnly AsOf, int Total, int Pledged, int InTraining, double? ShareDeployed,
    int? Ceiling, string? CeilingInstrument, int? Reported, DateOnly? ReportedOn,
    IReadOnlyList<ContributorStrengthDto> ByContributor);

public sealed record StrengthPointDto(DateOnly On, int Deployed, int Pledged, int? Ceiling);

public sealed record ReportedPointDto(DateOnly On, int Count, string? Contributor);

public sealed record StrengthSeriesDto(IReadOnlyList<StrengthPointDto> Points, IReadOnlyList<ReportedPointDto> Reported);

/// <summary>
/// The ledger's arithmetic. Strength on a date is the sum of counted arrivals minus counted departures up to and
/// including that date; pledged is the latest counted, not withdrawn, pledge of each revision chain announced by then.
/// The data is small (hundreds of rows per mission), so it is loaded once and computed in memory.
/// </summary>
public static class Strength
{
    public sealed record Ledger(
        List<Contributor> Contributors, List<Pledge> Pledges, List<Movement> Movements,
        List<TrainingCohort> Cohorts, List<StrengthReport> Reports, List<Mandate> Mandates);

    public static async Task<Ledger> LoadAsync(KonbitDb db, CancellationToken ct, string? contributor = null) => new(
        await db.Contributors.AsNoTracking().Where(c => contributor == null || c.Code == contributor).OrderBy(c => c.Name).ToListAsync(ct),
        await db.Pledges.AsNoTracking().Where(p => p.Counted && (contributor == null || p.ContributorCode == contributor)).ToListAsync(ct),
        await db.Movements.AsNoTracking().Where(m => m.Counted && (contributor == null || m.ContributorCode == contributor)).ToListAsync(ct),
        await db.TrainingCohorts.AsNoTracking().Where(c => c.Counted && (contributor == null || c.ContributorCode == contributor)).ToListAsync(ct),
        await db.StrengthReports.AsNoTracking().Where(r => r.Counted && (contributor == null || r.ContributorCode == contributor || r.ContributorCode == null)).ToListAsync(ct),
        await db.Mandates.AsNoTracking().ToListAsync(ct));

    public static async Task<StrengthDto> OnAsync(KonbitDb db, DateOnly asOf, CancellationToken ct) =>
        On(await LoadAsync(db, ct), asOf);

    public static StrengthDto On(Ledger l, DateOnly asOf)
    {
        var rows = l.Contributors.Select(c =>
        {
            var pledged = Pledged(l.Pledges.Where(p => p.ContributorCode == c.Code), asOf);
            var deployed = Deployed(l.Movements.Where(m => m.ContributorCode == c.Code), asOf);
            var training = l.Cohorts.Where(t => t.ContributorCode == c.Code && t.StartedOn <= asOf && asOf < t.ExpectedReadyOn).Sum(t => t.Count);
            var report = Latest(l.Reports.Where(r => r.ContributorCode == c.Code), asOf);
            return new ContributorStrengthDto(c.Code, c.Name, c.IsLeadNation, pledged, training, deployed,
                report?.Count, report?.AsOf, report is null || report.Count == deployed ? null : deployed - report.Count,
                Share(deployed, pledged));
        })
        .OrderByDescending(r => r.Deployed).ThenByDescending(r => r.Pledged).ThenBy(r => r.Name)
        .ToList();

        var total = rows.Sum(r => r.Deployed);
        var pledgedTotal = rows.Sum(r => r.Pledged);
        var ceiling = MandateOn(l.Mandates, asOf);
        var missionReport = Latest(l.Reports.Where(r => r.ContributorCode == null), asOf);
        return new StrengthDto(asOf, total, pledgedTotal, rows.Sum(r => r.InTraining), Share(total, pledgedTotal),
            ceiling?.Ceiling, ceiling?.Instrument, missionReport?.Count, missionReport?.AsOf, rows);
    }

    /// <summary>One point per date on which deployed strength, pledges or the ceiling changed: a step chart.</summary>
    public static StrengthSeriesDto Series(Ledger l, DateOnly until)
    {
        var dates = l.Movements.Select(m => m.On)
            .Concat(l.Pledges.Select(p => p.AnnouncedOn))
            .Concat(l.Mandates.SelectMany(m => new[] { m.StartsOn, m.ExpiresOn.AddDays(1) }))
            .Where(d => d <= until)
            .Append(until)
            .Distinct().Order();
        var points = dates.Select(d => new StrengthPointDto(d, Deployed(l.Movements, d), Pledged(l.Pledges, d), MandateOn(l.Mandates, d)?.Ceiling)).ToList();
        var reported = l.Reports.Where(r => r.AsOf <= until).OrderBy(r => r.AsOf)
            .Select(r => new ReportedPointDto(r.AsOf, r.Count, r.ContributorCode)).ToList();
        return new StrengthSeriesDto(points, reported);
    }

    public static int Deployed(IEnumerable<Movement> movements, DateOnly asOf) =>
        movements.Where(m => m.Counted && m.On <= asOf).Sum(m => m.SignedCount);

    public static int Pledged(IEnumerable<Pledge> pledges, DateOnly asOf)
    {
        var known = pledges.Where(p => p.Counted && p.AnnouncedOn <= asOf).ToList();
        var superseded = known.Where(p => p.SupersedesId is not null).Select(p => p.SupersedesId!.Value).ToHashSet();
        return known.Where(p => !superseded.Contains(p.Id) && p.Status != PledgeStatus.Withdrawn).Sum(p => p.Count);
    }

    /// <summary>
    /// The first date on or after <paramref name="from"/> on which the contributor's strength would go below zero if
    /// <paramref name="change"/> were applied on <paramref name="from"/>; null when it never would.
    /// </summary>
    public static (DateOnly On, int Strength)? FirstNegative(IReadOnlyCollection<Movement> movements, DateOnly from, int change)
    {
        foreach (var day in movements.Where(m => m.Counted && m.On >= from).Select(m => m.On).Append(from).Distinct().Order())
        {
            var strength = Deployed(movements, day) + change;
            if (strength < 0) return (day, strength);
        }
        return null;
    }

    static StrengthReport? Latest(IEnumerable<StrengthReport> reports, DateOnly asOf) =>
        reports.Where(r => r.AsOf <= asOf).OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id).FirstOrDefault();

    /// <summary>The mandate in force on a date: the latest one started by then and not yet expired.</summary>
    public static Mandate? MandateOn(IEnumerable<Mandate> mandates, DateOnly on) =>
        mandates.Where(m => m.StartsOn <= on && on <= m.ExpiresOn).OrderByDescending(m => m.StartsOn).FirstOrDefault();

    static double? Share(int deployed, int pledged) => pledged == 0 ? null : Math.Round((double)deployed / pledged, 4);
}
