using System.Globalization;
using Konbit.Geography;
using Konbit.Humanitarian;
using Konbit.Incidents;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Konbit.Reports;

// The context the mission works in: incidents, its response times, displacement and food insecurity.
public sealed partial class WeeklyBuilder
{
    // Synthetic events (made for load tests) never enter a situation report.
    IncidentFilter Week => new() { From = from, To = to, Synthetic = false };

    string IncidentsLink(DateOnly start, DateOnly end) => $"/Incidents?from={start:yyyy-MM-dd}&to={end:yyyy-MM-dd}&synthetic=false";

    async Task<ReportSection> IncidentsAsync()
    {
        const string title = "Incidents";
        var summary = await Summaries.SummariseAsync(db, Week, ["adm1"], ct);
        var previous = await Summaries.SummariseAsync(db, new IncidentFilter { From = from.AddDays(-7), To = weekBefore, Synthetic = false }, ["adm1"], ct);
        if (summary.Events == 0)
            return Empty("incidents", title, "No incident is recorded in the log for this week" +
                (previous.Events > 0 ? $" (the week before: {Show.Plural(previous.Events, "event", "events")})." : "."));

        var log = notes.Note($"Konbit incident log, events from {from:d MMMM} to {to:d MMMM yyyy}, with each event's sources", IncidentsLink(from, to));
        var before = notes.Note($"Konbit incident log, events from {from.AddDays(-7):d MMMM} to {weekBefore:d MMMM yyyy}", IncidentsLink(from.AddDays(-7), weekBefore));
        List<ReportFigure> figures =
        [
            new("Events", Show.Count(summary.Events), [log, before], Signed(summary.Events - previous.Events)),
            new("Fatalities", Show.Count(summary.Fatalities), [log, before], Signed(summary.Fatalities - previous.Fatalities)),
        ];
        var byType = await Summaries.SummariseAsync(db, Week, ["eventType"], ct);
        var tables = new List<ReportTable>
        {
            new("By department", ["Department", "Events", "Fatalities"], summary.Rows.Select(r => new ReportRow(
                [(string?)r["adm1Name"] ?? (string?)r["adm1"] ?? "not placed", Show.Count((int)r["events"]!), Show.Count((int)r["fatalities"]!)],
                [notes.Note($"Konbit incident log, {(string?)r["adm1Name"] ?? "events not placed"}, this week",
                    r["adm1"] is string pcode ? IncidentsLink(from, to) + "&area=" + pcode : IncidentsLink(from, to))])).ToList()),
            new("By type of event", ["Event type", "Events", "Fatalities"], byType.Rows.Select(r => new ReportRow(
                [(string)r["eventType"]!, Show.Count((int)r["events"]!), Show.Count((int)r["fatalities"]!)], [log])).ToList()),
        };

        // One query for the trend: events and fatalities per day over the 13 weeks, summed per week here.
        var ends = WeekEnds();
        var days = await (Week with { From = ends[0].AddDays(-6) }).Apply(db.Incidents.AsNoTracking())
            .GroupBy(i => i.EventDate).Select(g => new { Day = g.Key, Events = g.Count(), Fatalities = g.Sum(i => i.Fatalities) }).ToListAsync(ct);
        double? PerWeek(DateOnly sunday, bool fatalities) => days.Where(d => d.Day > sunday.AddDays(-7) && d.Day <= sunday).Sum(d => fatalities ? d.Fatalities : d.Events);
        var trend = new ReportChart("Events and fatalities per week", ChartKind.Bars, ends.Select(WeekLabel).ToList(),
        [
            new("Events", ends.Select(e => PerWeek(e, false)).ToList(), ChartDrawing.Blue),
            new("Fatalities", ends.Select(e => PerWeek(e, true)).ToList(), ChartDrawing.Red),
        ]);
        var map = await Summaries.MapAsync(db, Week, 1, ct);
        var mapChart = new ReportChart("Events this week by department", ChartKind.Map, [], [],
            map.Units.Where(u => u.Events > 0).Select(u => new MapPoint(u.Name, u.Latitude, u.Longitude, u.Events, $"{u.Name}: {Show.Plural(u.Events, "event", "events")}")).ToList(),
            await OutlinesAsync());
        return new("incidents", title, null, figures, tables, [mapChart, trend]);
    }

    /// <summary>The departments' boundaries, simplified to about a kilometre, when boundaries are imported.</summary>
    async Task<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> OutlinesAsync()
    {
        var shapes = await db.AdminUnits.AsNoTracking().Where(u => u.Level == 1 && u.GeometryJson != null).Select(u => u.GeometryJson!).ToListAsync(ct);
        var rings = new List<IReadOnlyList<(double, double)>>();
        foreach (var shape in shapes)
        {
            var simple = DouglasPeuckerSimplifier.Simplify(Boundaries.Parse(shape), 0.01);
            foreach (var polygon in Enumerable.Range(0, simple.NumGeometries).Select(simple.GetGeometryN).OfType<Polygon>())
                rings.Add(polygon.ExteriorRing.Coordinates.Select(c => (c.X, c.Y)).ToList());
        }
        return rings;
    }

    async Task<ReportSection> ResponseTimesAsync()
    {
        const string title = "The mission's response times";
        var times = await ResponseTimes.OfAsync(db, Week.Apply(db.Incidents.AsNoTracking()), ct);
        if (times.Overall.Count == 0)
            return Empty("response", title, "No incident this week records when the mission was alerted and when it arrived.");
        var log = notes.Note("Konbit incident log: events of the week with the mission's alert and arrival times", IncidentsLink(from, to) + "&mission=true");
        List<ReportFigure> figures =
        [
            new("Incidents with a response recorded", Show.Count(times.Overall.Count), [log]),
            new("Median, alert to arrival", Duration(times.Overall.MedianMinutes), [log]),
            new("90th percentile", Duration(times.Overall.P90Minutes), [log]),
        ];
        var table = new ReportTable("By department", ["Department", "Responses", "Median", "90th percentile"],
            times.ByDepartment.Select(d => new ReportRow([d.Name ?? d.Pcode ?? "not placed", Show.Count(d.Count), Duration(d.MedianMinutes), Duration(d.P90Minutes)], [log])).ToList());
        return new("response", title, null, figures, [table], []);
    }

    static string Duration(double? minutes)
    {
        if (minutes is not { } m) return "—";
        // Whole minutes first, so 119.6 reads "2 h 00 min", never "1 h 60 min".
        var whole = (int)Math.Round(m, MidpointRounding.AwayFromZero);
        return whole < 60 ? $"{whole} min" : $"{whole / 60} h {whole % 60:00} min";
    }

    async Task<ReportSection> HumanitarianAsync()
    {
        const string title = "Humanitarian context";
        var country = await db.DisplacementFigures.AsNoTracking().Where(f => f.Level == AreaLevel.Country && f.ReportingDate <= to)
            .OrderByDescending(f => f.ReportingDate).Take(12).ToListAsync(ct);
        var ipc = await db.FoodInsecurityFigures.AsNoTracking().Where(f => f.PeriodStart <= to)
            // Grouped as /api/v1/humanitarian/food-insecurity groups them, so both give the same total for a period.
            .GroupBy(f => new { f.PeriodStart, f.PeriodEnd, f.AnalysisType })
            .Select(g => new { g.Key.PeriodStart, g.Key.PeriodEnd, g.Key.AnalysisType, AnalysisDate = g.Max(f => f.AnalysisDate), SourceFile = g.Max(f => f.SourceFile), Phase3Plus = g.Sum(f => f.Phase3Plus) })
            .ToListAsync(ct);
        if (country.Count == 0 && ipc.Count == 0)
            return Empty("humanitarian", title, $"No displacement or food-insecurity figure is recorded on or before {to:d MMMM yyyy}.");

        var figures = new List<ReportFigure>();
        var charts = new List<ReportChart>();
        var link = notes.Note("Konbit humanitarian figures", "/Humanitarian");
        if (country.Count > 0)
        {
            var latest = country[0];
            var source = notes.Note($"IOM DTM{(latest.Round is { } r ? $", round {r}" : "")}, reporting date {latest.ReportingDate:d MMMM yyyy} (file {latest.SourceFile})", "/Humanitarian");
            var change = country.Count > 1 ? Signed(latest.Idps - country[1].Idps) + $" since {country[1].ReportingDate:d MMMM yyyy}" : null;
            figures.Add(new($"Internally displaced people, {latest.ReportingDate:d MMMM yyyy}", Show.Count(latest.Idps), [source, link], change));
            if (to.DayNumber - latest.ReportingDate.DayNumber > 92)
                figures.Add(new("Age of the latest displacement figure", $"{to.DayNumber - latest.ReportingDate.DayNumber} days: no newer figure is recorded", [source]));
            var series = country.OrderBy(f => f.ReportingDate).ToList();
            charts.Add(new("Internally displaced people at each DTM reporting date", ChartKind.Lines, series.Select(f => f.ReportingDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
                [new("Displaced", series.Select(f => (double?)f.Idps).ToList(), ChartDrawing.Orange)]));
        }
        else figures.Add(new("Internally displaced people", "no figure recorded", [link]));

        // The analysis whose period holds the week, else the latest that started before it; current analyses first.
        var period = ipc.Where(p => p.PeriodEnd >= to).OrderBy(p => p.AnalysisType == "current" ? 0 : 1).ThenByDescending(p => p.PeriodStart).FirstOrDefault()
            ?? ipc.OrderByDescending(p => p.PeriodEnd).FirstOrDefault();
        if (period is not null)
            figures.Add(new($"People in IPC phase 3 or worse, {period.PeriodStart:MMMM yyyy} to {period.PeriodEnd:MMMM yyyy}{(period.AnalysisType is { Length: > 0 } t ? $" ({t})" : "")}",
                Show.Count(period.Phase3Plus),
                [notes.Note($"IPC analysis{(period.AnalysisDate is { } d ? " of " + d : "")} (file {period.SourceFile})", "/Humanitarian"), link]));
        else figures.Add(new("People in IPC phase 3 or worse", "no analysis recorded", [link]));
        return new("humanitarian", title, null, figures, [], charts);
    }
}
