using System.Text.RegularExpressions;
using Konbit.Accounts;
using Konbit.Geography;
using Konbit.Incidents;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;
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
        await page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync("incidents-narrow");
        await page.SetViewportSizeAsync(1280, 1000);

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
    public async Task ACoordinator_CorrectsAnIncident_AndItsHistoryShowsWhatChanged()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await ArrangeIncidentsAsync(browser);
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GotoAsync("/Incidents?eventType=Battles");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = PortAuPrinceClash() }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct this incident" }).ClickAsync();
        await page.GetByLabel("Fatalities", new() { Exact = true }).FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("confirmation")).ToContainTextAsync("Corrected");
        await Assertions.Expect(page.GetByTestId("fatalities")).ToContainTextAsync("5");
        var earlier = page.GetByRole(AriaRole.Table, new() { Name = "Earlier versions of this incident, newest first" });
        await Assertions.Expect(earlier.GetByRole(AriaRole.Row).Filter(new() { HasText = "correction" })).ToContainTextAsync("Fatalities: 4 → 5");
        await Assertions.Expect(earlier).ToContainTextAsync("coordinator@example.org");
        await browser.ScreenshotAsync("incident-corrected");
    }

    [Fact]
    public async Task WithBoundariesImported_TheMapColoursDepartmentsAndCommunesByTheirEvents()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await ArrangeIncidentsAsync(browser);
        await browser.App.WithDbAsync(async db =>
        {
            await db.AdminUnits.Where(u => u.Pcode == "HT01").ExecuteUpdateAsync(u => u.SetProperty(x => x.GeometryJson, Box(-72.95, 18.20, -71.90, 18.90)));
            await db.AdminUnits.Where(u => u.Pcode == "HT05").ExecuteUpdateAsync(u => u.SetProperty(x => x.GeometryJson, Box(-73.00, 18.90, -72.20, 19.70)));
            db.AdminUnits.AddRange(
                new AdminUnit { Pcode = "HT0111", Level = 2, ParentPcode = "HT01", NameFr = "Port-au-Prince", Latitude = 18.54, Longitude = -72.34, GeometryJson = Box(-72.42, 18.48, -72.28, 18.60), Origin = "test" },
                new AdminUnit { Pcode = "HT0521", Level = 2, ParentPcode = "HT05", NameFr = "Saint-Marc", Latitude = 19.10, Longitude = -72.65, GeometryJson = Box(-72.80, 18.95, -72.50, 19.25), Origin = "test" });
            await db.SaveChangesAsync();
            await db.Incidents.Where(i => i.Location == "Port-au-Prince" || i.Location == "Carrefour").ExecuteUpdateAsync(i => i.SetProperty(x => x.Adm2Pcode, "HT0111"));
            // Bulk updates bypass the writes that keep the incident rollup in step.
            await IncidentRollup.MarkChangedAsync(db, default);
            return await db.Incidents.Where(i => i.Adm1Pcode == "HT05").ExecuteUpdateAsync(i => i.SetProperty(x => x.Adm2Pcode, "HT0521"));
        });

        await page.GotoAsync("/Incidents");
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map of the events" });
        await Assertions.Expect(map.Locator("path.unit-area")).ToHaveCountAsync(2);
        await Assertions.Expect(map.Locator("path.unit-circle")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("incidents-choropleth");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Commune" }).CheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3 events in 2 communes; 1 event not placed in a commune" })).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator("path.unit-area")).ToHaveCountAsync(2);
        Assert.Contains("level=2", page.Url);
        await browser.ScreenshotAsync("incidents-communes");
    }

    static string Box(double w, double s, double e, double n) => FormattableString.Invariant(
        $$"""{"type":"Polygon","coordinates":[[[{{w}},{{s}}],[{{e}},{{s}}],[{{e}},{{n}}],[{{w}},{{n}}],[{{w}},{{s}}]]]}""");

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

    [Fact]
    public async Task ACoordinator_UploadsACsv_AndSeesTheSummaryWithTheRejectedLines()
    {
        await using var browser = await Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsAsync(Roles.Coordinator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Import incidents" }).First.ClickAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "upload-test.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(UploadCsv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("3");
        await Assertions.Expect(page.GetByTestId("rejected")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("updated")).ToHaveTextAsync("0");
        var rejects = page.GetByRole(AriaRole.Table, new() { NameRegex = RejectedRows() });
        await Assertions.Expect(rejects.GetByRole(AriaRole.Row).Filter(new() { HasText = "latitude" })).ToContainTextAsync("4");
        await Assertions.Expect(rejects.GetByRole(AriaRole.Row).Filter(new() { HasText = "Skirmish" })).ToContainTextAsync("6");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Import finished" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-summary");

        await page.GotoAsync("/Incidents");
        await Assertions.Expect(page.GetByTestId("events-total")).ToHaveTextAsync("3");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = PontSondeAttack() }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported-from")).ToContainTextAsync("upload-test.csv");
    }

    /// <summary>A re-saved ACLED export: three good rows, a latitude of 95 (line 4) and an unknown event type (line 6).</summary>
    const string UploadCsv = """
        event_id_cnty,event_date,event_type,sub_event_type,actor1,admin1,location,latitude,longitude,fatalities,notes
        HTI9001,2024-09-02,Battles,Armed clash,Viv Ansanm,Ouest,Croix-des-Bouquets,18.5770,-72.2260,3,Upload test one.
        HTI9002,2024-10-03,Violence against civilians,Attack,Gran Grif gang,Artibonite,Pont-Sonde,19.1544,-72.6100,9,Upload test two.
        HTI9003,2024-10-05,Battles,Armed clash,Viv Ansanm,Ouest,Somewhere,95,-72.3,1,Bad latitude.
        HTI9004,2024-11-11,Protests,Peaceful protest,Protesters (Haiti),Nord,Cap-Haitien,19.7590,-72.2010,0,Upload test three.
        HTI9005,2024-11-12,Skirmish,Armed clash,Viv Ansanm,Ouest,Port-au-Prince,18.54,-72.33,1,Unknown event type.
        """;

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

    [GeneratedRegex("^Rejected rows")]
    private static partial Regex RejectedRows();

    [GeneratedRegex("^2024-10-03: Attack in Pont-Sonde")]
    private static partial Regex PontSondeAttack();

    [GeneratedRegex("^Events .* newest first$")]
    private static partial Regex EventsTable();

    [GeneratedRegex("^2024-06-12: Armed clash in Port-au-Prince")]
    private static partial Regex PortAuPrinceClash();
}
