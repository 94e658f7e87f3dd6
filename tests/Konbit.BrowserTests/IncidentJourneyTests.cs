using System.Text.RegularExpressions;
using Konbit.Accounts;
using Konbit.Incidents;
using Konbit.Sources;
using Microsoft.Playwright;

namespace Konbit.BrowserTests;

public sealed partial class IncidentJourneyTests
{
    [Fact]
    public async Task AReader_FiltersTheMapByDepartment_AndOpensAnIncidentWithItsSource()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await ArrangeIncidentsAsync(browser);

        await page.GotoAsync("/Incidents");
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map of the events" });
        await Assertions.Expect(map.Locator("path.unit-circle")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "4 events in 2 departments" })).ToBeVisibleAsync();
        Assert.Equal(4, await ChartSumAsync(page, "Events"));
        Assert.Equal(11, await ChartSumAsync(page, "Fatalities"));
        var events = page.GetByRole(AriaRole.Table, new() { NameRegex = EventsTable() });
        await Assertions.Expect(events.Locator("tbody tr")).ToHaveCountAsync(4);
        await browser.ScreenshotAsync("incidents-all");

        await page.GetByLabel("Department or commune").SelectOptionAsync(new SelectOptionValue { Label = "Artibonite (department)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("area=HT05"));
        await Assertions.Expect(events.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(map.Locator("path.unit-circle")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("events-total")).ToHaveTextAsync("1");
        Assert.Equal(1, await ChartSumAsync(page, "Events"));
        await browser.ScreenshotAsync("incidents-artibonite");

        await page.GotoAsync("/Incidents?eventType=Battles");
        await Assertions.Expect(events.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(map.Locator("path.unit-circle")).ToHaveCountAsync(1);
        // Zoomed in past the threshold, the map shows single events instead of the totals.
        await page.EvaluateAsync("() => document.getElementById('incident-map').konbitMap.setView([18.55, -72.33], 11)");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-events-shown", "2");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Showing 2 events in view" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("incidents-zoomed-in");

        await events.GetByRole(AriaRole.Link, new() { NameRegex = PortAuPrinceClash() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Armed clash in Port-au-Prince, 2024-06-12");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Clashes in the capital" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Political militia (3)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("fatalities")).ToContainTextAsync("sources range from 3 to 6");
        await Assertions.Expect(page.Locator("#incident-point-map path.incident-point")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Correct this incident" })).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("incident-page");
    }

    [Fact]
    public async Task ABadFilter_ShowsItsMessageBesideTheField()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;

        await page.GotoAsync("/Incidents?from=2024-06-30&to=2024-06-01&eventType=Skirmish");
        await Assertions.Expect(page.GetByTestId("filter-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("From 2024-06-30 is after to 2024-06-01.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("^'Skirmish' is not an ACLED event type"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("From")).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.ScreenshotAsync("incidents-bad-filter");

        var unknown = await page.GotoAsync("/Incidents/999999");
        Assert.Equal(404, unknown!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unknown incident" })).ToBeVisibleAsync();
    }

    /// <summary>Four events: three in Ouest (two of them clashes), one in Artibonite; one cites a published source.</summary>
    static Task ArrangeIncidentsAsync(Browser browser) => browser.App.WithDbAsync(async db =>
    {
        var source = new Source { Kind = SourceKind.Publication, Title = "Clashes in the capital", Publisher = "Example News", Url = "https://news.example.org/clashes" };
        Incident Event(string id, string date, string type, string sub, string actor, string admin1, string pcode, string location, double lat, double lon, int fatalities)
        {
            var i = new Incident
            {
                SourceId = id, Dataset = "manual", EventDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                DisorderType = Taxonomy.DisorderFor(type, sub), EventType = type, SubEventType = sub, Actor1 = actor, Inter1 = 3,
                Admin1 = admin1, Adm1Pcode = pcode, Location = location, Latitude = lat, Longitude = lon, Fatalities = fatalities,
                Notes = $"Browser test event {id}.", RecordedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            };
            i.Derive();
            return i;
        }
        var clash = Event("KON-1", "2024-06-12", "Battles", "Armed clash", "Viv Ansanm", "Ouest", "HT01", "Port-au-Prince", 18.5425, -72.3386, 4);
        (clash.FatalitiesLow, clash.FatalitiesHigh, clash.Actor2, clash.Inter2) = (3, 6, "Police Forces of Haiti (2017-)", 1);
        clash.Sources.Add(source);
        db.Incidents.AddRange(
            clash,
            Event("KON-2", "2024-07-03", "Battles", "Armed clash", "Grand Ravine gang", "Ouest", "HT01", "Carrefour", 18.5411, -72.3992, 2),
            Event("KON-3", "2024-08-20", "Violence against civilians", "Abduction/forced disappearance", "5 Segonn gang", "Ouest", "HT01", "Tabarre", 18.5792, -72.2700, 0),
            Event("KON-4", "2024-10-03", "Violence against civilians", "Attack", "Gran Grif gang", "Artibonite", "HT05", "Pont-Sondé", 19.1544, -72.6100, 5));
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>The sum of one of the chart's datasets, once Chart.js has drawn it.</summary>
    static async Task<int> ChartSumAsync(IPage page, string label)
    {
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.getElementById('incident-chart'))");
        return await page.EvaluateAsync<int>("""
            label => Chart.getChart(document.getElementById('incident-chart')).data.datasets
              .find(d => d.label === label).data.reduce((a, b) => a + b, 0)
            """, label);
    }

    [GeneratedRegex("^Events .* newest first$")]
    private static partial Regex EventsTable();

    [GeneratedRegex("^2024-06-12: Armed clash in Port-au-Prince")]
    private static partial Regex PortAuPrinceClash();
}
