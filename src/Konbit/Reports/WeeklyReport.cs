namespace Konbit.Reports;

/// <summary>
/// The weekly situation report as data: every figure already formatted, so the page, the PDF and the workbook show
/// the same text. Numbers point at notes (sources, or the Konbit page that holds the records behind them).
/// </summary>
public sealed record WeeklyReport(string Week, DateOnly From, DateOnly To, DateTime GeneratedAtUtc,
    IReadOnlyList<ReportSection> Sections, IReadOnlyList<ReportNote> Notes)
{
    public string Title => $"Weekly situation report, {Week} ({From:d MMMM yyyy} to {To:d MMMM yyyy})";

    /// <summary>What the figures stand for: the end of the week, or, for a week that has not ended, the moment of generation.</summary>
    public string Basis => DateOnly.FromDateTime(GeneratedAtUtc) <= To
        ? $"This week has not ended: the figures are provisional, as recorded by {GeneratedAtUtc:d MMMM yyyy HH:mm} UTC; changes compare with the Sunday before."
        : $"Figures are as of the end of Sunday {To:d MMMM yyyy}; changes compare with the Sunday before.";
}

/// <param name="NoData">Set when there is nothing to report for the week: then the section says so, and shows no zeros.</param>
public sealed record ReportSection(string Key, string Title, string? NoData, IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportTable> Tables, IReadOnlyList<ReportChart> Charts);

/// <param name="Change">Since the week before, as text ("+214"), when that is meaningful.</param>
public sealed record ReportFigure(string Label, string Value, IReadOnlyList<int> Notes, string? Change = null);

public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows);

public sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyList<int> Notes);

public enum ChartKind { Bars, Lines, Map }

/// <summary>A chart drawn on the server (<see cref="ChartDrawing"/>): bars or lines over labels, or circles on a map.</summary>
/// <param name="Outlines">Boundaries drawn under a map's circles; left out of JSON, which carries the figures.</param>
public sealed record ReportChart(string Title, ChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<MapPoint>? Points = null,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>? Outlines = null);

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string Color);

/// <summary>A circle on the map: its area grows with the value.</summary>
public sealed record MapPoint(string Name, double Latitude, double Longitude, double Value, string Label);

/// <param name="Url">An address (a source's page), or a Konbit path such as "/Incidents?from=...".</param>
public sealed record ReportNote(int Number, string Text, string? Url);
