using System.Globalization;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>One figure of the public statistics. Count is null whenever the figure is not published.</summary>
public sealed record StatCell(string Key, string Label, int? Count, string Shown);

public sealed record ConductStatisticsDto(string Language, int Threshold, StatCell Total, IReadOnlyList<StatCell> ByMonth,
    IReadOnlyList<StatCell> ByCategory, IReadOnlyList<StatCell> ByContributor, IReadOnlyList<StatCell> ByStatus);

/// <summary>
/// Counts of complaints that anyone may see: never a name, narrative or reference. A count from 1 to 4 is shown as
/// "fewer than 5", since a small count in a small place can point at a person. When a table holds exactly one
/// such cell, the smallest published cell beside it is withheld too: otherwise the total minus the published
/// cells would give the small count back. Zeros are published: "no complaints" identifies nobody.
/// </summary>
public static class ConductStatistics
{
    public const int Threshold = 5;

    /// <param name="receivedFrom">With <paramref name="receivedBefore"/>: counts only the complaints received in that span
    /// (the weekly report's week).</param>
    public static async Task<ConductStatisticsDto> ComputeAsync(KonbitDb db, string lang, DateOnly today, CancellationToken ct,
        DateTime? receivedFrom = null, DateTime? receivedBefore = null)
    {
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => (receivedFrom == null || c.ReceivedAtUtc >= receivedFrom) && (receivedBefore == null || c.ReceivedAtUtc < receivedBefore))
            .Select(c => new { c.ReceivedAtUtc.Year, c.ReceivedAtUtc.Month, c.Category, c.ContributorCode, c.Status }).ToListAsync(ct);
        var contributors = await db.Contributors.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(ct);

        var culture = CultureInfo.GetCultureInfo(lang == "en" ? "en-GB" : "fr-FR");
        var months = new List<(string, string, int)>();
        if (rows.Count > 0)
        {
            var first = rows.Min(r => new DateOnly(r.Year, r.Month, 1));
            var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-35);
            for (var m = first > start ? first : start; m <= today; m = m.AddMonths(1))
                months.Add((m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", culture),
                    rows.Count(r => r.Year == m.Year && r.Month == m.Month)));
        }
        var byContributor = contributors.Select(c => (c.Code, c.Name, rows.Count(r => r.ContributorCode == c.Code))).ToList();
        byContributor.Add(("unknown", Texts.T(lang, "stats.unknownContributor"), rows.Count(r => r.ContributorCode is null)));

        return new ConductStatisticsDto(lang, Threshold, Cell("total", Texts.T(lang, "stats.total"), rows.Count, lang),
            Protect(months, lang),
            Protect([.. Enum.GetValues<ComplaintCategory>().Select(c => (c.ToString(), Texts.Category(lang, c), rows.Count(r => r.Category == c)))], lang),
            Protect(byContributor, lang),
            Protect([.. Enum.GetValues<CaseStatus>().Select(s => (s.ToString(), Texts.Status(lang, s), rows.Count(r => r.Status == s)))], lang));
    }

    static StatCell Cell(string key, string label, int count, string lang) => count is > 0 and < Threshold
        ? new StatCell(key, label, null, Texts.T(lang, "stats.fewer"))
        : new StatCell(key, label, count, count.ToString("N0", CultureInfo.InvariantCulture));

    static List<StatCell> Protect(List<(string Key, string Label, int Count)> table, string lang)
    {
        var cells = table.Select(r => Cell(r.Key, r.Label, r.Count, lang)).ToList();
        if (cells.Count(c => c.Count is null) == 1)
        {
            var smallest = cells.Select((c, i) => (c, i)).Where(x => x.c.Count >= Threshold).OrderBy(x => x.c.Count).FirstOrDefault();
            if (smallest.c is not null) cells[smallest.i] = smallest.c with { Count = null, Shown = Texts.T(lang, "stats.withheld") };
        }
        return cells;
    }
}
