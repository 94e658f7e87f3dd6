using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Konbit.Incidents;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Incidents;

public sealed class ListTests
{
    /// <summary>Six events spread over dates, types, actors, places and mission involvement.</summary>
    static async Task<KonbitApp> StartWithEventsAsync()
    {
        var app = await KonbitApp.StartAsync();
        await app.StoreAsync(
            Event("A", "2024-01-05", actor1: "Gran Grif", actor2: "Police Forces of Haiti", adm1: "HT05", adm2: "HT0531", lat: 19.05, lon: -72.75, fatalities: 3),
            Event("B", "2024-02-10", "Violence against civilians", "Attack", actor1: "Viv Ansanm", adm1: "HT01", adm2: "HT0111", lat: 18.54, lon: -72.34, notes: "Houses burned in Carrefour-Feuilles"),
            Event("C", "2024-03-20", "Violence against civilians", "Abduction/forced disappearance", actor1: "400 Mawozo", adm1: "HT01", adm2: "HT0112", mission: true),
            Event("D", "2024-04-01", "Protests", "Peaceful protest", actor1: "Protesters (Haiti)", adm1: "HT03", lat: 19.75, lon: -72.2),
            Event("E", "2023-12-31", actor1: "Viv Ansanm", actor2: "Gran Grif", adm1: null),
            Event("F", "2024-05-05", actor1: "Gang X", adm1: "HT01", adm2: "HT0111", synthetic: true));
        return app;
    }

    static async Task<string> SourceIdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync("/api/v1/incidents?" + query)).ReadAsync<IncidentPage>();
        return string.Join(",", page.Items.Select(i => i.SourceId));
    }

    [Fact]
    public async Task List_IsNewestFirst_PageByPage()
    {
        await using var app = await StartWithEventsAsync();
        var client = app.Anonymous();

        var first = await (await client.GetAsync("/api/v1/incidents?pageSize=4")).ReadAsync<IncidentPage>();
        var second = await (await client.GetAsync("/api/v1/incidents?pageSize=4&page=2")).ReadAsync<IncidentPage>();

        Assert.Equal((6, 1, 4), (first.Total, first.Page, first.PageSize));
        Assert.Equal(["F", "D", "C", "B"], first.Items.Select(i => i.SourceId));
        Assert.Equal(["A", "E"], second.Items.Select(i => i.SourceId));
        var a = second.Items[0];
        Assert.Equal((new DateOnly(2024, 1, 5), "Battles", "Armed clash", "Gran Grif", "Police Forces of Haiti", "HT05", "HT0531", 19.05, -72.75, 3, false, false),
            (a.EventDate, a.EventType, a.SubEventType, a.Actor1, a.Actor2, a.Adm1Pcode, a.Adm2Pcode, a.Latitude!.Value, a.Longitude!.Value, a.Fatalities, a.MissionInvolved, a.Synthetic));
    }

    [Theory]
    [InlineData("from=2024-02-01&to=2024-03-31", "C,B")]
    [InlineData("eventType=Violence%20against%20civilians", "C,B")]
    [InlineData("eventType=protests,battles", "F,D,A,E")]
    [InlineData("subEventType=Attack", "B")]
    [InlineData("actor=gran%20grif", "A,E")]
    [InlineData("area=HT01", "F,C,B")]
    [InlineData("area=HT0111", "F,B")]
    [InlineData("mission=true", "C")]
    [InlineData("q=carrefour", "B")]
    [InlineData("bbox=-73,18,-72,19", "B")]
    [InlineData("synthetic=false&area=HT01", "C,B")]
    public async Task List_FollowsEachFilter(string query, string expected)
    {
        await using var app = await StartWithEventsAsync();
        Assert.Equal(expected, await SourceIdsAsync(app.Anonymous(), query));
    }

    [Theory]
    [InlineData("eventType=Skirmish", "eventType")]
    [InlineData("subEventType=Ambush", "subEventType")]
    [InlineData("from=2024-03-01&to=2024-02-01", "from")]
    [InlineData("area=Ouest", "area")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_WithABadParameter_Returns400NamingIt(string query, string parameter)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/api/v1/incidents?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, (await response.ReadProblemAsync()).Errors.Keys);
    }

    [Fact]
    public async Task List_AsGeoJson_IsAFeatureCollectionOfTheEventsWithCoordinates()
    {
        await using var app = await StartWithEventsAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents?pageSize=2");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("FeatureCollection", 3, 2), ((string)json["type"]!, (int)json["total"]!, json["features"]!.AsArray().Count));
        var feature = json["features"]![0]!;
        Assert.Equal(("Feature", "Point", "D"), ((string)feature["type"]!, (string)feature["geometry"]!["type"]!, (string)feature["properties"]!["sourceId"]!));
        Assert.Equal([-72.2, 19.75], feature["geometry"]!["coordinates"]!.AsArray().Select(c => (double)c!));
    }

    [Fact]
    public async Task GeoJson_AllowsPagesOf5000ButNotMore()
    {
        await using var app = await KonbitApp.StartAsync();
        async Task<HttpStatusCode> Get(int size)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/incidents?pageSize={size}");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
            return (await app.Anonymous().SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await Get(5000));
        Assert.Equal(HttpStatusCode.BadRequest, await Get(5001));
    }

    [Fact]
    public async Task GetIncident_GivesEveryFieldTheImportItCameFromAndItsSources()
    {
        await using var app = await KonbitApp.StartAsync();
        var runId = await app.WithDbAsync(async db =>
        {
            var source = new Konbit.Sources.Source { Title = "acled_haiti.csv", Kind = Konbit.Sources.SourceKind.OfficialRecord, Reference = "ACLED export" };
            var run = new ImportRun { Key = Guid.NewGuid(), FileName = "acled_haiti.csv", StartedBy = "test", StartedAtUtc = KonbitApp.Now.UtcDateTime };
            db.Add(source);
            await db.SaveChangesAsync();
            run.SourceId = source.Id;
            db.Add(run);
            await db.SaveChangesAsync();
            var incident = Event("HTI1", "2024-01-05", adm1: "HT05", fatalities: 3);
            incident.ImportRunId = run.Id;
            db.Add(incident);
            await db.SaveChangesAsync();
            return run.Id;
        });
        var client = app.Anonymous();
        var list = await (await client.GetAsync("/api/v1/incidents")).ReadAsync<IncidentPage>();

        var detail = await (await client.GetAsync($"/api/v1/incidents/{list.Items[0].Id}")).ReadAsync<IncidentDetail>();

        Assert.Equal(("HTI1", "acled", 3, "Political violence"), (detail.SourceId, detail.Dataset, detail.Fatalities, detail.DisorderType));
        Assert.Equal((runId, "acled_haiti.csv"), (detail.ImportedFrom!.RunId, detail.ImportedFrom.FileName));
        Assert.Equal("acled_haiti.csv", Assert.Single(detail.Sources).Title);
        Assert.Empty(detail.Revisions);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/incidents/999")).StatusCode);
    }
}
