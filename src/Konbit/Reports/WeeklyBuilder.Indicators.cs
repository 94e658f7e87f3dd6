using System.Globalization;
using Konbit.Indicators;
using Konbit.Shared;

namespace Konbit.Reports;

// Indicators of the results framework that are off track at the end of the week.
public sealed partial class WeeklyBuilder
{
    async Task<ReportSection> IndicatorsAsync()
    {
        const string title = "Indicators off track";
        var all = await IndicatorBoard.EvaluateAsync(db, to, ct);
        var measured = all.Where(s => s.Status != "no-data").ToList();
        if (measured.Count == 0)
            return Empty("indicators", title, all.Count == 0 ? "No indicator is defined." : $"None of the {Show.Count(all.Count)} indicators has a value by {to:d MMMM yyyy}.");
        var page = notes.Note("Konbit results framework: each indicator's definition, targets and history", "/Indicators");
        int Count(string status) => measured.Count(s => s.Status == status);
        List<ReportFigure> figures =
        [
            new("Off track", Show.Count(Count("off-track")), [page]),
            new("At risk", Show.Count(Count("at-risk")), [page]),
            new("On track", Show.Count(Count("on-track")), [page]),
        ];
        if (all.Count > measured.Count) figures.Add(new("Without a value yet", Show.Count(all.Count - measured.Count), [page]));
        var behind = measured.Where(s => s.Status is "off-track" or "at-risk").OrderBy(s => s.Status == "off-track" ? 0 : 1).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        var tables = behind.Count == 0 ? [] : new List<ReportTable>
        {
            new("Off track or at risk", ["Indicator", "Status", "Value", "Expected by now", "Next target"], behind.Select(s => new ReportRow(
                [$"{s.Code} {s.Name}", s.Status.Replace('-', ' '), $"{Number(s.Actual)} {s.Unit} ({Show.Date(s.ActualDate)})", $"{Number(s.Expected)} {s.Unit}",
                 s.NextTarget is { } t ? $"{Number(t)} {s.Unit} by {Show.Date(s.NextTargetDate)}" : "—"],
                [notes.Note($"Konbit indicator {s.Code}: {s.Source}", $"/Indicators#indicator-{s.Id}")])).ToList()),
        };
        return new("indicators", title, null, figures, tables, []);
    }

    static string Number(decimal? d) => d?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "—";
}
