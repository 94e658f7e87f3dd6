using System.Globalization;

namespace Konbit.Reports;

/// <summary>What a chart needs to draw on: the page's SVG or a PDF page. Coordinates in points, y down.</summary>
public interface ICanvas
{
    void Line(double x1, double y1, double x2, double y2, string color, double width = 1);
    void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width = 1);
    void Rect(double x, double y, double w, double h, string fill);
    void Circle(double cx, double cy, double r, string fill, string stroke);
    /// <param name="anchor">"start", "middle" or "end" of the text at x; y is the baseline.</param>
    void Text(double x, double y, string text, double size, string anchor = "start", string color = "#222222");
}

/// <summary>
/// Draws the report's charts with the same geometry on every canvas, so the page and the PDF show the same picture:
/// grouped bars or lines over labels with a scale, and proportional circles on the map of Haiti.
/// </summary>
public static class ChartDrawing
{
    public const string Blue = "#1f5f99", Orange = "#d9822b", Red = "#b03a2e", Grey = "#8a8f98";
    public const double Width = 520, Height = 220, MapHeight = 300;

    public static double HeightOf(ReportChart chart) => chart.Kind == ChartKind.Map ? MapHeight : Height;

    public static void Draw(ReportChart chart, ICanvas c)
    {
        if (chart.Kind == ChartKind.Map) Map(chart, c);
        else Series(chart, c);
    }

    static void Series(ReportChart chart, ICanvas c)
    {
        const double left = 56, right = 10, top = 26, bottom = 30;
        double plotW = Width - left - right, plotH = Height - top - bottom;
        var max = Nice(chart.Series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty(0).Max());
        Legend(chart.Series, c);

        for (var i = 0; i <= 4; i++)
        {
            var y = top + plotH - plotH * i / 4;
            c.Line(left, y, left + plotW, y, i == 0 ? "#555555" : "#dddddd", i == 0 ? 1 : 0.5);
            c.Text(left - 4, y + 3, Number(max * i / 4), 8, "end", "#555555");
        }
        var n = chart.Labels.Count;
        if (n == 0 || chart.Series.Count == 0) return;
        var slot = plotW / n;
        // Every k-th label, so that labels never overlap.
        var widest = chart.Labels.Max(l => l.Length) * 8 * 0.55 + 6;
        var every = Math.Max(1, (int)Math.Ceiling(widest / slot));
        for (var i = 0; i < n; i += every)
            c.Text(left + slot * (i + 0.5), top + plotH + 14, chart.Labels[i], 8, "middle", "#555555");

        double Y(double v) => top + plotH - (max == 0 ? 0 : plotH * v / max);
        if (chart.Kind == ChartKind.Bars)
        {
            var bar = slot * 0.8 / chart.Series.Count;
            for (var s = 0; s < chart.Series.Count; s++)
                for (var i = 0; i < n; i++)
                    if (chart.Series[s].Values[i] is { } v && v > 0)
                        c.Rect(left + slot * i + slot * 0.1 + bar * s, Y(v), bar - 1, top + plotH - Y(v), chart.Series[s].Color);
            return;
        }
        foreach (var series in chart.Series)
        {
            var run = new List<(double, double)>();
            for (var i = 0; i <= n; i++)
            {
                if (i < n && series.Values[i] is { } v) { run.Add((left + slot * (i + 0.5), Y(v))); continue; }
                if (run.Count > 1) c.Polyline(run, series.Color, 1.5);
                foreach (var (x, y) in run) c.Circle(x, y, 2, series.Color, series.Color);
                run = [];
            }
        }
    }

    static void Legend(IReadOnlyList<ChartSeries> series, ICanvas c)
    {
        var x = 56.0;
        foreach (var s in series)
        {
            c.Rect(x, 8, 9, 9, s.Color);
            c.Text(x + 13, 16, s.Name, 9);
            x += 13 + s.Name.Length * 9 * 0.55 + 16;
        }
    }

    // Haiti and its islands, with a margin.
    const double West = -74.55, East = -71.55, South = 17.95, North = 20.15;

    static void Map(ReportChart chart, ICanvas c)
    {
        // Equirectangular, with longitudes shortened by the cosine of Haiti's latitude so shapes keep their proportions.
        var kx = Math.Cos(19.0 * Math.PI / 180);
        var scale = Math.Min(Width / ((East - West) * kx), MapHeight / (North - South));
        var offsetX = (Width - (East - West) * kx * scale) / 2;
        (double X, double Y) P(double lon, double lat) => (offsetX + (lon - West) * kx * scale, (North - lat) * scale);

        foreach (var ring in chart.Outlines ?? [])
            c.Polyline(ring.Select(p => P(p.Lon, p.Lat)).ToList(), "#9aa3ad", 0.6);
        var points = chart.Points ?? [];
        if (points.Count == 0)
        {
            c.Text(Width / 2, MapHeight / 2, "Nothing to place on the map", 10, "middle", "#555555");
            return;
        }
        var max = points.Max(p => p.Value);
        foreach (var p in points.OrderByDescending(p => p.Value))
        {
            var (x, y) = P(p.Longitude, p.Latitude);
            var r = 4 + 20 * Math.Sqrt(max == 0 ? 0 : p.Value / max);
            c.Circle(x, y, r, "#eab0a8", Red);
            c.Text(x, y + r + 9, p.Label, 7.5, "middle");
        }
    }

    /// <summary>The next round number at or above the largest value: the top of the scale.</summary>
    static double Nice(double max)
    {
        if (max <= 0) return 1;
        var step = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * step >= max) return m * step;
        return 10 * step;
    }

    static string Number(double v) => v >= 1_000_000 ? (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M"
        : v >= 10_000 ? (v / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
        : v.ToString("#,0.#", CultureInfo.InvariantCulture);
}
