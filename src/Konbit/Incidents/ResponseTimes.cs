using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// How fast the mission arrived: median and 90th percentile of minutes from alert to arrival, overall, by month and by
/// department. Percentiles interpolate linearly between the two nearest ranks (as numpy's default and Excel's
/// PERCENTILE.INC do), so the median of an even count is the mean of the middle two.
/// </summary>
public static class ResponseTimes
{
    public static async Task<ResponseTimesDto> OfAsync(KonbitDb db, IQueryable<Incident> filtered, CancellationToken ct)
    {
        // Only three small columns leave the database; incidents with a response time are a small share of the log.
        var rows = await filtered.Where(i => i.ResponseMinutes != null)
            .Select(i => new { i.Month, i.Adm1Pcode, Minutes = i.ResponseMinutes!.Value }).ToListAsync(ct);
        var names = await Summaries.NamesAsync(db, ct);
        var overall = Figure(rows.Select(r => r.Minutes));
        var byMonth = rows.GroupBy(r => r.Month).OrderBy(g => g.Key).Select(g =>
        {
            var f = Figure(g.Select(r => r.Minutes));
            return new MonthResponse(Summaries.MonthName(g.Key), f.Count, f.MedianMinutes, f.P90Minutes);
        }).ToList();
        var byDepartment = rows.GroupBy(r => r.Adm1Pcode).OrderBy(g => g.Key ?? "~", StringComparer.Ordinal).Select(g =>
        {
            var f = Figure(g.Select(r => r.Minutes));
            return new DepartmentResponse(g.Key, g.Key is null ? null : names.GetValueOrDefault(g.Key), f.Count, f.MedianMinutes, f.P90Minutes);
        }).ToList();
        return new ResponseTimesDto(overall, byMonth, byDepartment);
    }

    static ResponseFigure Figure(IEnumerable<int> minutes)
    {
        var sorted = minutes.Order().ToArray();
        return new ResponseFigure(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    /// <summary>The p-quantile of sorted values, interpolated linearly between ranks; null when there are none.</summary>
    public static double? Percentile(int[] sorted, double p)
    {
        if (sorted.Length == 0) return null;
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return Math.Round(sorted[low] + (h - low) * (sorted[high] - sorted[low]), 1);
    }
}
