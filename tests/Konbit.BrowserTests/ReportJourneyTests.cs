using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Konbit.BrowserTests;

public sealed class ReportJourneyTests
{
    [Fact]
    public async Task AReader_ChoosesAWeek_SeesItsChartsAndFigures_AndDownloadsTheSameReportAsPdf()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Weekly report" }).ClickAsync();
        await page.GetByLabel("Week", new() { Exact = true }).FillAsync("2025-W06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("week=2025-W06"));

        var personnel = page.Locator("#s-personnel");
        await Assertions.Expect(personnel.GetByRole(AriaRole.Heading)).ToHaveTextAsync(new Regex("^Personnel"));
        await Assertions.Expect(personnel.Locator("svg[role=img]")).ToHaveCountAsync(1);
        var deployed = await personnel.Locator("dd .value").First.InnerTextAsync();
        await Assertions.Expect(page.Locator("#s-incidents .no-data")).ToContainTextAsync("No incident is recorded");
        // A note number leads to its source at the end.
        await personnel.Locator("sup.refs a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#note-1")).ToBeInViewportAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        var file = await download.PathAsync();
        using (var pdf = PdfDocument.Open(file))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Deployed in Haiti " + deployed, text);
        }
        Assert.Equal("konbit-weekly-2025-W06.pdf", download.SuggestedFilename);
        Assert.Empty(browser.ScriptErrors);
        await page.Locator("#s-personnel").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("weekly-report-2025-W06");
    }
}
