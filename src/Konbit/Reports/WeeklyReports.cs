using System.Diagnostics;
using Konbit.Data;

namespace Konbit.Reports;

/// <summary>One weekly report, built once and rendered in the format asked for: what the page, the API and the CLI share.</summary>
public static class WeeklyReports
{
    public static readonly string[] Formats = ["json", "html", "pdf", "xlsx"];

    public sealed record Rendered(byte[] Bytes, string ContentType, string FileName, TimeSpan Took);

    /// <summary>The report of an ISO week, or the message that says why the week is not one.</summary>
    public static async Task<(WeeklyReport? Report, string? Error)> BuildAsync(KonbitDb db, string? week, TimeProvider clock, CancellationToken ct)
    {
        if (IsoWeeks.Parse(week, out var error) is not { } days) return (null, error);
        return (await WeeklyBuilder.BuildAsync(db, IsoWeeks.Name(days.From), days.From, days.To, clock, ct), null);
    }

    public static string? FormatError(string? format) =>
        format is null || Formats.Contains(format) ? null : $"format must be one of {string.Join(", ", Formats)}, not \"{format}\".";

    /// <summary>
    /// The page's style sheet (wwwroot/css/report.css, also built into the assembly, since a command may run where
    /// no web root is), put inside the HTML file so that it reads the same without the app.
    /// </summary>
    static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(WeeklyReports).Assembly.GetManifestResourceStream("Konbit.Reports.report.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static Rendered Render(WeeklyReport report, string format, string linkBase, TimeSpan built)
    {
        var watch = Stopwatch.StartNew();
        var name = $"konbit-weekly-{report.Week}.{format}";
        (byte[] bytes, string type) = format switch
        {
            "pdf" => (ReportPdf.Render(report, linkBase), "application/pdf"),
            "xlsx" => (ReportXlsx.Render(report, linkBase), Shared.TableExport.XlsxType),
            "html" => (System.Text.Encoding.UTF8.GetBytes(ReportHtml.Document(report, Css.Value, linkBase)), "text/html; charset=utf-8"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "json is not rendered to a file here"),
        };
        return new Rendered(bytes, type, name, built + watch.Elapsed);
    }
}
