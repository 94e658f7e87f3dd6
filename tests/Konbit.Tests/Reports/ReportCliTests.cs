using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Cli.CliTests;
using static Konbit.Tests.Reports.ReportReading;

namespace Konbit.Tests.Reports;

public sealed class ReportCliTests
{
    [Fact]
    public async Task ReportWeekly_WritesEachFormat_WithTheFiguresOfThePage()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var folder = Directory.CreateTempSubdirectory("konbit-report-").FullName;
        var page = await app.Anonymous().GetStringAsync("/Reports/Weekly?week=2025-W06");

        foreach (var format in new[] { "pdf", "html", "xlsx" })
        {
            var path = Path.Combine(folder, "weekly." + format);
            var result = await KonbitAsync(app.Settings, "report", "weekly", "--week", "2025-W06", "--format", format, "--out", path);
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Matches(@"Wrote .*weekly\." + format + @" \([\d,]+ bytes\) in [\d,]+ ms: \d+ sections with figures, \d+ with no data for 2025-W06", result.Output);
        }

        var pdf = PdfText(await File.ReadAllBytesAsync(Path.Combine(folder, "weekly.pdf")));
        Assert.Contains("Deployed in Haiti 946 +214", pdf);
        Assert.Contains("Deployed in Haiti", HtmlText(await File.ReadAllBytesAsync(Path.Combine(folder, "weekly.html"))));
        Assert.Contains(("Personnel: strength against pledges and the ceiling", "Deployed in Haiti", "946"),
            XlsxFigures(await File.ReadAllBytesAsync(Path.Combine(folder, "weekly.xlsx"))));
        // The same report as the page: the figure the page shows.
        Assert.Contains("946", page);
        // Links to Konbit's own pages leave the file absolute, to the address given (default the app's own).
        Assert.Contains("http://127.0.0.1:5080/Forces/Contributor/KEN", HtmlText(await File.ReadAllBytesAsync(Path.Combine(folder, "weekly.html"))));
    }

    [Fact]
    public async Task ReportWeekly_WithAWeekThatIsNotOne_SaysWhy_AndWritesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"konbit-report-{Guid.NewGuid():N}.pdf");

        var result = await KonbitAsync(app.Settings, "report", "weekly", "--week", "2025-W54", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("week 2025-W54 does not exist: 2025 has weeks 1 to 52.", result.Output);
        Assert.False(File.Exists(path));
    }
}
