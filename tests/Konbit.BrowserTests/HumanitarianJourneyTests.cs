using System.Text.Json;
using Konbit.Accounts;
using Microsoft.Playwright;
using static Konbit.Tests.Humanitarian.Fixtures;

namespace Konbit.BrowserTests;

public sealed class HumanitarianJourneyTests
{
    [Fact]
    public async Task AReader_SeesDisplacementByDepartmentOnTheChartAndTheMap_AndPhase3PlusByPeriod()
    {
        await using var browser = await Browser.StartAsync();
        var coordinator = await browser.App.ClientAsAsync(Roles.Coordinator);
        await ImportAsync<JsonElement>(coordinator, DepartmentsCsv, "dtm_admin1.csv");
        await ImportAsync<JsonElement>(coordinator, Ipc, "ipc.csv");
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Humanitarian" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Humanitarian figures");
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map of the latest displacement by department" });
        await Assertions.Expect(map.Locator("path.displacement-circle")).ToHaveCountAsync(2);
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.getElementById('displacement-chart'))");
        var lines = await page.EvaluateAsync<string[]>("() => Chart.getChart(document.getElementById('displacement-chart')).data.datasets.map(d => d.label + ' ' + d.data.length)");
        Assert.Equal(["Ouest 2", "Artibonite 1"], lines);
        var latest = page.GetByRole(AriaRole.Table, new() { Name = "Latest figure by department" });
        await Assertions.Expect(latest.Locator("tbody tr").First).ToContainTextAsync("Artibonite");
        await Assertions.Expect(page.GetByTestId("ipc-phase3plus").First).ToHaveTextAsync("65");
        await browser.ScreenshotAsync("humanitarian");
        Assert.Empty(browser.ScriptErrors);
    }
}
