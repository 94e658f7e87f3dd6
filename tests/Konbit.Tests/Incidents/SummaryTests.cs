using System.Net;
using System.Text.Json.Nodes;
using Konbit.Incidents;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Incidents;

public sealed class SummaryTests
{
    /// <summary>Five events: 11 fatalities in Ouest (HT01), Artibonite (HT05) and one unplaced event.</summary>
    static async Task<KonbitApp> StartWithEventsAsync()
    {
        var app = await KonbitApp.StartAsync();
        await app.StoreAsync(
            Event("E1", "2024-01-05", actor1: "Gang A", actor2: "Police", adm1: "HT01", adm2: "HT0111", fatalities: 3),
            Event("E2", "2024-01-20", "Violence against civilians", "Attack", actor1: "Gang A", adm1: "HT01", adm2: "HT0112", fatalities: 5),
            Event("E3", "2024-02-10", actor1: "Gang B", actor2: "Gang A", adm1: "HT05", adm2: "HT0531", fatalities: 2),
            Event("E4", "2024-02-11", "Protests", "Peaceful protest", actor1: "Protesters", adm1: null),
            Event("E5", "2023-12-31", actor1: "Gang B", actor2: "Police", adm1: "HT05", adm2: "HT0532", fatalities: 1));
        return app;
    }

    static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Each row as "key=value;…" in the row's own order, for exact comparison.</summary>
    static string[] Rows(JsonNode summary) =>
        summary["rows"]!.AsArray().Select(r => string.Join(";", r!.AsObject().Select(kv => $"{kv.Key}={kv.Value?.ToString() ?? "null"}"))).ToArray();

    [Fact]
    public async Task Summary_ByDepartment_CountsEventsAndFatalitiesWithNames()
    {
        await using var app = await StartWithEventsAsync();
        var summary = await GetAsync(app.Anonymous(), "/api/v1/incidents/summary?groupBy=adm1");
        Assert.Equal((5, 11, "adm1"), ((int)summary["events"]!, (int)summary["fatalities"]!, (string)summary["groupBy"]![0]!));
        Assert.Equal(["adm1=HT01;adm1Name=Ouest;events=2;fatalities=8", "adm1=HT05;adm1Name=Artibonite;events=2;fatalities=3", "adm1=null;adm1Name=null;events=1;fatalities=0"], Rows(summary));
    }

    [Fact]
    public async Task Summary_ByMonth_IsInCalendarOrder()
    {
        await using var app = await StartWithEventsAsync();
        var summary = await GetAsync(app.Anonymous(), "/api/v1/incidents/summary?groupBy=month");
        Assert.Equal(["month=2023-12;events=1;fatalities=1", "month=2024-01;events=2;fatalities=8", "month=2024-02;events=2;fatalities=2"], Rows(summary));
    }

    [Fact]
    public async Task Summary_ByEventType()
    {
        await using var app = await StartWithEventsAsync();
        var summary = await GetAsync(app.Anonymous(), "/api/v1/incidents/summary?groupBy=event_type");
        Assert.Equal(["eventType=Battles;events=3;fatalities=6", "eventType=Protests;events=1;fatalities=0", "eventType=Violence against civilians;events=1;fatalities=5"], Rows(summary));
    }

    [Fact]
    public async Task Summary_ByActor_CountsAnEventUnderEachOfItsActors()
    {
        await using var app = await StartWithEventsAsync();
        var summary = await GetAsync(app.Anonymous(), "/api/v1/incidents/summary?groupBy=actor");
        Assert.Equal((5, 11), ((int)summary["events"]!, (int)summary["fatalities"]!));
        Assert.Equal(["actor=Gang A;events=3;fatalities=10", "actor=Gang B;events=2;fatalities=3", "actor=Police;events=2;fatalities=4", "actor=Protesters;events=1;fatalities=0"],
            Rows(summary).OrderBy(r => r, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Summary_ByDepartmentAndMonth_FilteredByYearAndType()
    {
        await using var app = await StartWithEventsAsync();
        var client = app.Anonymous();
        var all = await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1,month");
        Assert.Equal(["adm1=HT01;adm1Name=Ouest;month=2024-01;events=2;fatalities=8", "adm1=HT05;adm1Name=Artibonite;month=2023-12;events=1;fatalities=1",
            "adm1=HT05;adm1Name=Artibonite;month=2024-02;events=1;fatalities=2", "adm1=null;adm1Name=null;month=2024-02;events=1;fatalities=0"], Rows(all));

        var battles2024 = await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1,month&from=2024-01-01&to=2024-12-31&eventType=Battles");
        Assert.Equal((2, 5), ((int)battles2024["events"]!, (int)battles2024["fatalities"]!));
        Assert.Equal(["adm1=HT01;adm1Name=Ouest;month=2024-01;events=1;fatalities=3", "adm1=HT05;adm1Name=Artibonite;month=2024-02;events=1;fatalities=2"], Rows(battles2024));
    }

    [Theory]
    [InlineData("groupBy=country", "groupBy")]
    [InlineData("groupBy=", "groupBy")]
    [InlineData("groupBy=adm1&eventType=Skirmish", "eventType")]
    public async Task Summary_WithABadParameter_Returns400NamingIt(string query, string parameter)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/api/v1/incidents/summary?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, (await response.ReadProblemAsync()).Errors.Keys);
    }

    [Fact]
    public async Task Map_ByDepartment_PlacesEachDepartmentAtItsPoint_AndCountsTheUnplaced()
    {
        await using var app = await StartWithEventsAsync();
        var map = await (await app.Anonymous().GetAsync("/api/v1/incidents/map?level=1")).ReadAsync<IncidentMap>();
        Assert.Equal(1, map.Level);
        Assert.Equal(10, map.Units.Count);
        Assert.Equal(new MapUnit("HT01", "Ouest", 18.5262, -72.3371, 2, 8), map.Units.Single(u => u.Pcode == "HT01"));
        Assert.Equal(new MapUnit("HT05", "Artibonite", 19.4785, -72.6385, 2, 3), map.Units.Single(u => u.Pcode == "HT05"));
        Assert.Equal(0, map.Units.Where(u => u.Pcode is not ("HT01" or "HT05")).Sum(u => u.Events));
        Assert.Equal(new Tally(1, 0), map.Unplaced);
    }

    [Fact]
    public async Task Map_ByCommune_CountsEventsOfCommunesWithoutAUnitAsUnplaced()
    {
        await using var app = await StartWithEventsAsync();
        await app.AddUnitsAsync(Commune("HT0111", "Port-au-Prince", 18.5, -72.4), Commune("HT0531", "Saint-Marc", 19.0, -72.8));
        var map = await (await app.Anonymous().GetAsync("/api/v1/incidents/map?level=2&from=2024-01-01")).ReadAsync<IncidentMap>();
        Assert.Equal([new MapUnit("HT0111", "Port-au-Prince", 18.55, -72.35, 1, 3), new MapUnit("HT0531", "Saint-Marc", 19.05, -72.75, 1, 2)], map.Units);
        Assert.Equal(new Tally(2, 5), map.Unplaced);
    }

    [Fact]
    public async Task Map_AtLevel3_Returns400NamingLevel()
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/api/v1/incidents/map?level=3");
        Assert.Contains("level", (await response.ReadProblemAsync()).Errors.Keys);
    }

    [Fact]
    public async Task ResponseTimes_GiveMedianAndNinetiethPercentile_ByMonthAndDepartment()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.StoreAsync(
            Event("R1", "2024-01-03", adm1: "HT01", responseMinutes: 10),
            Event("R2", "2024-01-09", adm1: "HT01", responseMinutes: 40),
            Event("R3", "2024-01-15", adm1: "HT01", responseMinutes: 20),
            Event("R4", "2024-01-20", adm1: "HT01", responseMinutes: 30),
            Event("R5", "2024-02-02", adm1: "HT05", responseMinutes: 15),
            Event("R6", "2024-02-03", adm1: "HT05"));

        var times = await (await app.Anonymous().GetAsync("/api/v1/incidents/response-times")).ReadAsync<ResponseTimesDto>();

        // Linear interpolation: the median of 10, 15, 20, 30, 40 is 20; the 90th percentile lies 0.6 of the way from 30 to 40.
        Assert.Equal(new ResponseFigure(5, 20, 36), times.Overall);
        Assert.Equal([new MonthResponse("2024-01", 4, 25, 37), new MonthResponse("2024-02", 1, 15, 15)], times.ByMonth);
        Assert.Equal([new DepartmentResponse("HT01", "Ouest", 4, 25, 37), new DepartmentResponse("HT05", "Artibonite", 1, 15, 15)], times.ByDepartment);
    }

    [Fact]
    public async Task ResponseTimes_FollowTheFilter_AndAreEmptyWithoutResponses()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.StoreAsync(Event("R1", "2024-01-03", adm1: "HT01", responseMinutes: 10), Event("R2", "2024-02-03", adm1: "HT01"));
        var times = await (await app.Anonymous().GetAsync("/api/v1/incidents/response-times?from=2024-02-01")).ReadAsync<ResponseTimesDto>();
        Assert.Equal(new ResponseFigure(0, null, null), times.Overall);
        Assert.Empty(times.ByMonth);
    }
}
