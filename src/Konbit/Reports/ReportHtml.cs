using System.Text;
using System.Text.Encodings.Web;
using Konbit.Shared;

namespace Konbit.Reports;

/// <summary>
/// The report as HTML: the same markup inside the app's layout (the page) and in a file that stands alone (the CLI
/// and the API), with charts as inline SVG. Every text is encoded; Konbit's own paths are made absolute with
/// <c>linkBase</c> where the HTML leaves the app.
/// </summary>
public static class ReportHtml
{
    static string E(string text) => HtmlEncoder.Default.Encode(text);

    public static string Href(string url, string linkBase) => url.StartsWith('/') ? linkBase.TrimEnd('/') + url : url;

    /// <summary>Only web addresses become links: a stored address with another scheme (javascript:, file:) stays text.</summary>
    public static bool Linkable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    static string Refs(IReadOnlyList<int> notes) => notes.Count == 0 ? ""
        : "<sup class=\"refs\">" + string.Join(",", notes.Select(n => $"<a href=\"#note-{n}\">{n}</a>")) + "</sup>";

    public static string Body(WeeklyReport report, string linkBase = "")
    {
        var html = new StringBuilder();
        html.Append($"<article class=\"weekly-report\"><header><h1>{E(report.Title)}</h1>")
            .Append($"<p class=\"generated\">Generated on {E(Show.Utc(report.GeneratedAtUtc))} from the records in Konbit. {E(report.Basis)}</p></header>");
        foreach (var s in report.Sections)
        {
            html.Append($"<section class=\"report-section\" id=\"s-{s.Key}\"><h2>{E(s.Title)}</h2>");
            if (s.NoData is { } none)
            {
                html.Append($"<p class=\"no-data\">{E(none)}</p></section>");
                continue;
            }
            html.Append("<dl class=\"report-figures\">");
            foreach (var f in s.Figures)
                html.Append($"<div><dt>{E(f.Label)}</dt><dd><span class=\"value\">{E(f.Value)}</span>{Refs(f.Notes)}")
                    .Append(f.Change is { } c ? $" <span class=\"change\">{E(c)}</span>" : "").Append("</dd></div>");
            html.Append("</dl>");
            foreach (var chart in s.Charts)
                html.Append($"<figure class=\"report-figure\">{SvgCanvas.Render(chart)}<figcaption>{E(chart.Title)}</figcaption></figure>");
            foreach (var t in s.Tables)
            {
                html.Append($"<table class=\"report-table\"><caption>{E(t.Title)}</caption><thead><tr>");
                foreach (var col in t.Columns) html.Append($"<th scope=\"col\">{E(col)}</th>");
                html.Append("<th scope=\"col\">Notes</th></tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Cells) html.Append($"<td>{E(cell)}</td>");
                    html.Append($"<td>{Refs(row.Notes)}</td></tr>");
                }
                html.Append("</tbody></table>");
            }
            html.Append("</section>");
        }
        html.Append("<section class=\"report-notes\" id=\"notes\"><h2>Notes and sources</h2><ol>");
        foreach (var n in report.Notes)
        {
            html.Append($"<li id=\"note-{n.Number}\">{E(n.Text)}");
            if (n.Url is { } url)
            {
                var href = Href(url, linkBase);
                html.Append(url.StartsWith('/') || Linkable(href) ? $" <a href=\"{E(href)}\">{E(href)}</a>" : $" {E(href)}");
            }
            html.Append("</li>");
        }
        return html.Append("</ol></section></article>").ToString();
    }

    /// <summary>A whole HTML document, with the report's style sheet inside it, to open without the app.</summary>
    public static string Document(WeeklyReport report, string css, string linkBase) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{E(report.Title)}</title><style>{css}</style></head><body>{Body(report, linkBase)}</body></html>";
}
