using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Konbit.Reports;

/// <summary>
/// A chart as inline SVG. Only presentation attributes, never a style attribute or a script, so the page's content
/// security policy lets it through untouched.
/// </summary>
public sealed class SvgCanvas : ICanvas
{
    readonly StringBuilder svg = new();

    static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);

    static string E(string text) => HtmlEncoder.Default.Encode(text);

    public static string Render(ReportChart chart)
    {
        var canvas = new SvgCanvas();
        ChartDrawing.Draw(chart, canvas);
        var height = ChartDrawing.HeightOf(chart);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" viewBox=\"0 0 {N(ChartDrawing.Width)} {N(height)}\" " +
            $"width=\"{N(ChartDrawing.Width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{E(chart.Title)}\" font-family=\"Helvetica, Arial, sans-serif\">" +
            $"<title>{E(chart.Title)}</title>{canvas.svg}</svg>";
    }

    public void Line(double x1, double y1, double x2, double y2, string color, double width = 1) =>
        svg.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{color}\" stroke-width=\"{N(width)}\"/>");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width = 1) =>
        svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{N(width)}\" points=\"{string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))}\"/>");

    public void Rect(double x, double y, double w, double h, string fill) =>
        svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{fill}\"/>");

    public void Circle(double cx, double cy, double r, string fill, string stroke) =>
        svg.Append($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"0.8\"/>");

    public void Text(double x, double y, string text, double size, string anchor = "start", string color = "#222222") =>
        svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" fill=\"{color}\">{E(text)}</text>");
}
