using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Konbit.Reports;

/// <summary>
/// The report as a PDF (A4), laid out here on PdfPig's page builder with the standard Helvetica fonts, so no font file
/// is needed on the server. The charts are drawn by <see cref="ChartDrawing"/>, as on the page.
/// </summary>
public sealed class ReportPdf
{
    const double PageWidth = 595, PageHeight = 842, Margin = 50, Bottom = 56, TextWidth = PageWidth - 2 * Margin;

    readonly PdfDocumentBuilder builder = new();
    readonly PdfDocumentBuilder.AddedFont regular, bold;
    readonly string linkBase;
    PdfPageBuilder page = null!;
    double y;
    int pages;

    ReportPdf(string linkBase)
    {
        this.linkBase = linkBase;
        if (Fonts.Value is var (r, b))
        {
            regular = builder.AddTrueTypeFont(r);
            bold = builder.AddTrueTypeFont(b);
        }
        else
        {
            regular = builder.AddStandard14Font(Standard14Font.Helvetica);
            bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        }
    }

    /// <summary>
    /// A sans-serif TrueType pair from the system's fonts (Debian's fonts-liberation or fonts-dejavu), embedded so that
    /// accented names print as written. Without one, the PDF falls back to the standard Helvetica, which PdfPig writes
    /// in the PDF standard encoding: letters then lose their accents ("Sondé" prints "Sonde") rather than print wrong.
    /// </summary>
    static readonly Lazy<(byte[] Regular, byte[] Bold)?> Fonts = new(() =>
    {
        string[][] pairs =
        [
            ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
            ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
        ];
        foreach (var pair in pairs)
            if (pair.All(File.Exists)) return (File.ReadAllBytes(pair[0]), File.ReadAllBytes(pair[1]));
        return null;
    });

    public static byte[] Render(WeeklyReport report, string linkBase)
    {
        var pdf = new ReportPdf(linkBase);
        pdf.builder.DocumentInformation.Title = Safe(report.Title);
        pdf.builder.DocumentInformation.Producer = "Konbit";
        pdf.NewPage();
        pdf.Write(report);
        return pdf.builder.Build();
    }

    void Write(WeeklyReport report)
    {
        Paragraph(report.Title, 15, bold);
        Paragraph($"Generated on {report.GeneratedAtUtc:yyyy-MM-dd HH:mm} UTC from the records in Konbit. {report.Basis} " +
            "Numbers in brackets refer to the notes at the end.", 8.5, regular, gap: 10);
        foreach (var s in report.Sections)
        {
            Space(30);
            Paragraph(s.Title, 12, bold, gap: 4);
            if (s.NoData is { } none)
            {
                Paragraph(none, 9.5, regular, gap: 6, color: (110, 110, 110));
                continue;
            }
            foreach (var f in s.Figures)
                Figure(f);
            foreach (var chart in s.Charts)
                Chart(chart);
            foreach (var t in s.Tables)
                Table(t);
        }
        Space(40);
        Paragraph("Notes and sources", 12, bold, gap: 4);
        foreach (var n in report.Notes)
        {
            var url = n.Url is { } u ? ReportHtml.Href(u, linkBase) : null;
            var text = $"{n.Number}. {n.Text}{(url is null ? "" : " " + url)}";
            // The whole note on one page, so that its link covers its own lines only.
            Space(Wrap(text, 8, regular, TextWidth).Count * 8 * 1.3);
            var top = y;
            Paragraph(text, 8, regular, gap: 2);
            if (url is not null && ReportHtml.Linkable(url))
                page.AddLink(url, new PdfRectangle(Margin, y, PageWidth - Margin, top));
        }
    }

    void NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        pages++;
        y = PageHeight - Margin;
        page.SetTextAndFillColor(120, 120, 120);
        page.AddText(Safe($"Konbit weekly situation report · page {pages}"), 7.5, new PdfPoint(Margin, 30), regular);
        page.ResetColor();
    }

    void Space(double needed)
    {
        if (y - needed < Bottom) NewPage();
    }

    double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0) return 0;
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Words wrapped into lines no wider than the width.</summary>
    List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in Safe(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, size, font, width)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, font) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else line.Clear().Append(candidate);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>A word wider than the line (a long address), cut where it fills the line; other words as they are.</summary>
    IEnumerable<string> Pieces(string word, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        while (word.Length > 1 && Width(word, size, font) > width)
        {
            var fits = 1;
            while (fits < word.Length && Width(word[..(fits + 1)], size, font) <= width) fits++;
            yield return word[..fits];
            word = word[fits..];
        }
        yield return word;
    }

    void Paragraph(string text, double size, PdfDocumentBuilder.AddedFont font, double gap = 6, (byte R, byte G, byte B)? color = null, double indent = 0)
    {
        if (color is { } c) page.SetTextAndFillColor(c.R, c.G, c.B);
        foreach (var line in Wrap(text, size, font, TextWidth - indent))
        {
            Space(size * 1.3);
            y -= size * 1.3;
            page.AddText(line, size, new PdfPoint(Margin + indent, y), font);
        }
        if (color is not null) page.ResetColor();
        y -= gap;
    }

    static string Refs(IReadOnlyList<int> notes) => notes.Count == 0 ? "" : " [" + string.Join(",", notes) + "]";

    void Figure(ReportFigure f)
    {
        const double labelWidth = 210, size = 9.5;
        var label = Wrap(f.Label, size, regular, labelWidth - 8);
        var value = Wrap(f.Value + (f.Change is { } c ? "   " + c : "") + Refs(f.Notes), size, bold, TextWidth - labelWidth);
        var lines = Math.Max(label.Count, value.Count);
        Space(lines * size * 1.35);
        var top = y;
        for (var i = 0; i < lines; i++)
        {
            y -= size * 1.35;
            if (i < label.Count) page.AddText(label[i], size, new PdfPoint(Margin, y), regular);
            if (i < value.Count) page.AddText(value[i], size, new PdfPoint(Margin + labelWidth, y), bold);
        }
        y = Math.Min(y, top - lines * size * 1.35) - 2;
    }

    void Chart(ReportChart chart)
    {
        var height = ChartDrawing.HeightOf(chart);
        Space(height + 24);
        y -= 4;
        ChartDrawing.Draw(chart, new PdfCanvas(page, Margin + (TextWidth - ChartDrawing.Width) / 2, y, this));
        y -= height + 12;
        Paragraph(chart.Title, 8, regular, gap: 8, color: (90, 90, 90));
    }

    void Table(ReportTable t)
    {
        const double size = 8, pad = 4;
        var columns = t.Columns.Append("Notes").ToList();
        var rows = t.Rows.Select(r => r.Cells.Append(string.Join(",", r.Notes)).ToList()).ToList();
        // Columns as wide as their longest cell wants, shrunk together to the page.
        var natural = columns.Select((c, i) => Math.Min(200, Math.Max(Width(Safe(c), size, bold), rows.Count == 0 ? 0 : rows.Max(r => Width(Safe(r[i]), size, regular))) + 2 * pad)).ToList();
        var scale = Math.Min(1, TextWidth / natural.Sum());
        var widths = natural.Select(w => w * scale).ToList();

        Space(size * 4);
        Paragraph(t.Title, 9, bold, gap: 2);
        Row(columns, widths, size, pad, bold, shade: true);
        foreach (var row in rows) Row(row, widths, size, pad, regular, shade: false);
        y -= 8;
    }

    void Row(List<string> cells, List<double> widths, double size, double pad, PdfDocumentBuilder.AddedFont font, bool shade)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, size, font, widths[i] - 2 * pad)).ToList();
        var height = wrapped.Max(w => w.Count) * size * 1.25 + pad;
        Space(height);
        if (shade)
        {
            page.SetTextAndFillColor(235, 238, 242);
            page.DrawRectangle(new PdfPoint(Margin, y - height), widths.Sum(), height, 0, fill: true);
            page.ResetColor();
        }
        page.SetStrokeColor(200, 200, 200);
        page.DrawLine(new PdfPoint(Margin, y - height), new PdfPoint(Margin + widths.Sum(), y - height), 0.5);
        page.ResetColor();
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            for (var l = 0; l < wrapped[i].Count; l++)
                page.AddText(wrapped[i][l], size, new PdfPoint(x + pad, y - size * 1.25 * (l + 1)), font);
            x += widths[i];
        }
        y -= height;
    }

    /// <summary>
    /// Text as the PDF's fonts can print it. With the TrueType fonts: Latin letters and common punctuation as they are.
    /// With the standard fonts: plain ASCII, accents dropped. Anything else becomes its nearest equivalent or a question
    /// mark, rather than failing the whole report.
    /// </summary>
    public static string Safe(string text)
    {
        var ascii = Fonts.Value is null;
        var s = new StringBuilder(text.Length);
        foreach (var ch in ascii ? text.Normalize(NormalizationForm.FormD) : text)
        {
            if (ch is >= ' ' and <= '~') { s.Append(ch); continue; }
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) { if (!ascii) s.Append(ch); continue; }
            if (!ascii && ch is >= '\u00A0' and <= '\u024F' or >= '\u2010' and <= '\u2027' or '€' or '−' or '→' or '≤' or '≥') { s.Append(ch); continue; }
            s.Append(ch switch
            {
                '‘' or '’' or '‚' => "'",
                '“' or '”' or '„' => "\"",
                '–' or '—' or '−' => "-",
                '…' => "...",
                '•' or '·' => "*",
                '→' => "->",
                '≤' => "<=",
                '≥' => ">=",
                '\u00A0' or '\u202F' or '\u2009' or '\n' or '\r' or '\t' => " ",
                _ => "?",
            });
        }
        return ascii ? s.ToString() : s.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Draws a chart at a place on a PDF page: PDF's y axis points up, the chart's down.</summary>
    sealed class PdfCanvas(PdfPageBuilder page, double left, double top, ReportPdf pdf) : ICanvas
    {
        PdfPoint P(double x, double y) => new(left + x, top - y);

        static (byte, byte, byte) Rgb(string hex) => (
            byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        void Stroke(string color) { var (r, g, b) = Rgb(color); page.SetStrokeColor(r, g, b); }

        void Fill(string color) { var (r, g, b) = Rgb(color); page.SetTextAndFillColor(r, g, b); }

        public void Line(double x1, double y1, double x2, double y2, string color, double width = 1)
        {
            Stroke(color);
            page.DrawLine(P(x1, y1), P(x2, y2), width);
            page.ResetColor();
        }

        public void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width = 1)
        {
            Stroke(color);
            for (var i = 1; i < points.Count; i++) page.DrawLine(P(points[i - 1].X, points[i - 1].Y), P(points[i].X, points[i].Y), width);
            page.ResetColor();
        }

        public void Rect(double x, double y, double w, double h, string fill)
        {
            Fill(fill);
            Stroke(fill);
            page.DrawRectangle(P(x, y + h), w, h, 0, fill: true);
            page.ResetColor();
        }

        public void Circle(double cx, double cy, double r, string fill, string stroke)
        {
            Fill(fill);
            Stroke(stroke);
            page.DrawCircle(P(cx, cy), 2 * r, 0.8, fill: true);
            page.ResetColor();
        }

        public void Text(double x, double y, string text, double size, string anchor = "start", string color = "#222222")
        {
            var safe = Safe(text);
            var width = anchor == "start" ? 0 : pdf.Width(safe, size, pdf.regular);
            Fill(color);
            page.AddText(safe, size, P(anchor switch { "middle" => x - width / 2, "end" => x - width, _ => x }, y), pdf.regular);
            page.ResetColor();
        }
    }
}
