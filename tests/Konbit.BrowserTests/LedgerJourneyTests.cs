using System.Globalization;
using System.Text.RegularExpressions;
using Konbit.Accounts;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed partial class LedgerJourneyTests
{
    [Fact]
    public async Task ACoordinator_RecordsAnArrival_AndTheDashboardFigureAndChartChange()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GotoAsync("/");
        var before = await DeployedTotalAsync(page);
        var chartBefore = await LastDeployedPointAsync(page);
        Assert.Equal(before, chartBefore);

        await page.GotoAsync("/Forces/RecordMovement");
        await page.GetByLabel("Contributor").SelectOptionAsync("KEN");
        await page.GetByLabel("Movement").SelectOptionAsync("arrival");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Count").FillAsync("50");
        await page.GetByLabel("Source title").FillAsync("Browser test report");
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/browser-test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record movement" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Forces/Contributor"));

        await page.GotoAsync("/");
        Assert.Equal(before + 50, await DeployedTotalAsync(page));
        Assert.Equal(chartBefore + 50, await LastDeployedPointAsync(page));
        await browser.ScreenshotAsync("dashboard-after-arrival");
    }

    [Fact]
    public async Task ACoordinator_AcceptsOneOfTwoConflictingReports()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GotoAsync("/Sources/Conflicts");
        var conflict = page.GetByRole(AriaRole.Region, new() { Name = "first Kenyan contingent, 25 June 2024" });
        await conflict.GetByLabel("Reason").FillAsync("Two sources confirm 400 at the airport.");
        await conflict.GetByRole(AriaRole.Button, new() { NameRegex = AcceptFourHundred() }).ClickAsync();

        var settled = page.GetByRole(AriaRole.Region, new() { Name = "first Kenyan contingent, 25 June 2024" });
        await Assertions.Expect(settled).ToContainTextAsync("settled", new() { IgnoreCase = true });
        await Assertions.Expect(settled).ToContainTextAsync("Two sources confirm 400 at the airport.");
        await browser.ScreenshotAsync("conflict-accepted");
    }

    [Fact]
    public async Task ABadCount_ShowsAValidationMessageBesideTheField()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GotoAsync("/Forces/RecordMovement");
        await page.GetByLabel("Contributor").SelectOptionAsync("KEN");
        await page.GetByLabel("Movement").SelectOptionAsync("arrival");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2025-01-10");
        await page.GetByLabel("Count").FillAsync("-5");
        await page.GetByLabel("Source title").FillAsync("Browser test report");
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/browser-test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record movement" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Count must be a positive number of personnel, not -5.").First).ToBeVisibleAsync();
        Assert.Contains("/Forces/RecordMovement", page.Url);
        await browser.ScreenshotAsync("validation-message");
    }

    [Fact]
    public async Task ALiaison_RecordsAnotherSourcesFigure_AndItWaitsAsAConflict()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Liaison, "KEN");

        await page.GotoAsync("/Forces/Contributor/KEN");
        var movements = page.GetByRole(AriaRole.Table, new() { Name = "Movements of Kenya" });
        var row = movements.GetByRole(AriaRole.Row).Filter(new() { HasText = "2024-07-16" });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Another source differs") }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("disputes")).ToContainTextAsync("200 on 2024-07-16");
        await page.GetByLabel("Count").FillAsync("250");
        await page.GetByLabel("Source title").FillAsync("Second contingent, another count");
        await page.GetByLabel("Source address (URL)").FillAsync("https://news.example.org/second-contingent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record movement" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Forces/Contributor/KEN"));
        await Assertions.Expect(movements.GetByRole(AriaRole.Row).Filter(new() { HasText = "250" }).Filter(new() { HasText = "disputed" })).ToHaveCountAsync(1);

        await page.GotoAsync("/Sources/Conflicts");
        var conflict = page.GetByRole(AriaRole.Region).Filter(new() { HasText = "250 on 2024-07-16" });
        await Assertions.Expect(conflict).ToContainTextAsync("200 on 2024-07-16");
        await Assertions.Expect(conflict).ToContainTextAsync("open", new() { IgnoreCase = true });
        await browser.ScreenshotAsync("disputed-figure");
    }

    static async Task<int> DeployedTotalAsync(IPage page) =>
        int.Parse(Regex.Replace(await page.GetByTestId("deployed-total").InnerTextAsync(), "[^0-9]", ""), CultureInfo.InvariantCulture);

    /// <summary>The chart's last "deployed" value, read from the Chart.js instance on the page.</summary>
    static async Task<int> LastDeployedPointAsync(IPage page) =>
        await page.EvaluateAsync<int>("""
            () => {
              const chart = Chart.getChart(document.querySelector('canvas'));
              const deployed = chart.data.datasets.find(d => /deployed/i.test(d.label)).data;
              const last = deployed[deployed.length - 1];
              return typeof last === 'number' ? last : last.y;
            }
            """);

    [GeneratedRegex("^Accept 400")]
    private static partial Regex AcceptFourHundred();
}
