using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Konbit.Accounts;
using Konbit.Incidents;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Incidents;

public sealed class WriteTests
{
    [Fact]
    public async Task RecordIncident_AsCoordinator_Returns201WithDerivedFieldsAndPcodesFromTheNames()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var response = await client.PostAsJsonAsync("/api/v1/incidents", Clash());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incident = await response.ReadAsync<IncidentDetail>();
        Assert.Equal($"/api/v1/incidents/{incident.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"KON-{incident.Id}", incident.SourceId);
        Assert.Equal(("manual", "Political violence", 13), (incident.Dataset, incident.DisorderType, (int)incident.Interaction!.Value));
        Assert.Equal(("HT01", "Ouest"), (incident.Adm1Pcode, incident.Admin1));
        Assert.Equal(45, incident.ResponseMinutes);
        Assert.False(incident.OutsideHaiti);
        Assert.Equal("Clash near the port", Assert.Single(incident.Sources).Title);
        Assert.Equal("Test Wire", incident.SourceNames);
        Assert.Null(incident.ImportedFrom);
        Assert.Empty(incident.Revisions);
        Assert.Equal(incident.Id.ToString(), Assert.Single(await app.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.EntityType == "Incident" && a.Action == "Added").Select(a => a.EntityId).ToListAsync())));
    }

    [Fact]
    public async Task RecordIncident_WithCoordinatesInACommune_TakesTheCommuneAndDepartmentFromTheBoundary()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.AddUnitsAsync(Commune("HT0531", "Saint-Marc", 19.0, -72.8));
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Clash();
        body.Remove("admin1");
        (body["latitude"], body["longitude"]) = (19.05, -72.75);

        var incident = await RecordAsync(client, body);

        Assert.Equal(("HT05", "HT0531", "Artibonite", "Saint-Marc"), (incident.Adm1Pcode, incident.Adm2Pcode, incident.Admin1, incident.Admin2));
    }

    [Fact]
    public async Task RecordIncident_OutsideHaiti_IsKeptAndFlagged()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Clash();
        body.Remove("admin1");
        (body["latitude"], body["longitude"]) = (25.76, -80.19);

        var incident = await RecordAsync(client, body);

        Assert.True(incident.OutsideHaiti);
        Assert.Equal((25.76, -80.19), (incident.Latitude!.Value, incident.Longitude!.Value));
        Assert.Null(incident.Adm1Pcode);
    }

    [Fact]
    public async Task CorrectIncident_KeepsTheReplacedVersionAsARevision_AndTheAuditTrailRecordsTheChange()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var recorded = await RecordAsync(client, Clash());
        var body = Clash();
        body["fatalities"] = 5;
        body.Remove("source");
        body["sourceIds"] = new JsonArray(recorded.Sources[0].Id);

        var response = await client.PutAsJsonAsync($"/api/v1/incidents/{recorded.Id}", body);

        var corrected = await response.ReadAsync<IncidentDetail>();
        Assert.Equal((5, recorded.SourceId), (corrected.Fatalities, corrected.SourceId));
        var revision = Assert.Single(corrected.Revisions);
        Assert.Equal("correction", revision.Reason);
        Assert.StartsWith("coordinator-", revision.ReplacedBy);
        var snapshot = JsonNode.Parse(await app.WithDbAsync(db => db.IncidentRevisions.Select(r => r.Snapshot).SingleAsync()))!;
        Assert.Equal(4, (int)snapshot["Fatalities"]!);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Incident" && a.EntityId == recorded.Id.ToString() && a.Action == "Modified")
            .OrderBy(a => a.Id).Select(a => a.After).ToListAsync());
        Assert.Contains(audit, after => after!.Contains("\"Fatalities\":5"));
    }

    [Fact]
    public async Task CorrectIncident_ThatChangesNothing_LeavesNoRevision()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var recorded = await RecordAsync(client, Clash());
        var body = Clash();
        body.Remove("source");
        body["sourceIds"] = new JsonArray(recorded.Sources[0].Id);

        var corrected = await (await client.PutAsJsonAsync($"/api/v1/incidents/{recorded.Id}", body)).ReadAsync<IncidentDetail>();

        Assert.Empty(corrected.Revisions);
    }

    [Fact]
    public async Task CorrectIncident_ThatDoesNotExist_Returns404()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/incidents/999", Clash())).StatusCode);
    }

    [Theory]
    [InlineData("eventDate", "null", "eventDate is required.")]
    [InlineData("eventDate", "\"1996-12-31\"", "eventDate 1996-12-31 is before 1997, where ACLED's records begin.")]
    [InlineData("eventDate", "\"2025-03-02\"", "eventDate 2025-03-02 is in the future (today is 2025-03-01).")]
    [InlineData("timePrecision", "4", "timePrecision must be 1 (the day is known), 2 (the week) or 3 (the month), not 4.")]
    [InlineData("geoPrecision", "0", "geoPrecision must be 1 (the place itself), 2 (near it) or 3 (only the region), not 0.")]
    [InlineData("eventType", "\"Skirmish\"", "eventType 'Skirmish' is not an ACLED event type (one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments).")]
    [InlineData("subEventType", "\"Peaceful protest\"", "subEventType 'Peaceful protest' is not a sub-type of Battles (one of Armed clash, Government regains territory, Non-state actor overtakes territory).")]
    [InlineData("actor1", "\" \"", "actor1 is required.")]
    [InlineData("inter1", "9", "inter1 must be an ACLED inter code from 1 to 8 (1 State forces, 2 Rebel group, 3 Political militia, 4 Identity militia, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces), not 9.")]
    [InlineData("latitude", "95", "latitude 95 is outside -90 to 90.")]
    [InlineData("fatalities", "-3", "fatalities must be 0 or more, not -3.")]
    [InlineData("injured", "-1", "injured must be 0 or more, not -1.")]
    [InlineData("abducted", "20000", "abducted of 20,000 is not plausible for one event (the limit is 10,000).")]
    [InlineData("fatalitiesLow", "5", "fatalitiesLow (5) is above fatalities (4): the low estimate cannot exceed the best one.")]
    [InlineData("fatalitiesHigh", "2", "fatalitiesHigh (2) is below fatalities (4): the high estimate cannot be under the best one.")]
    [InlineData("departedAtUtc", "\"2024-06-10T09:00:00Z\"", "departedAtUtc 2024-06-10 09:00 UTC is before alertedAtUtc 2024-06-10 10:00 UTC: the mission sets out after it is alerted.")]
    [InlineData("arrivedAtUtc", "\"2024-06-10T10:05:00Z\"", "arrivedAtUtc 2024-06-10 10:05 UTC is before departedAtUtc 2024-06-10 10:15 UTC: the mission arrives after it sets out.")]
    [InlineData("source", "null", "Cite at least one source: an existing source id, or a new source (title and address, or an official record with its reference).", "sourceIds")]
    public async Task RecordIncident_WithABadField_Returns400NamingIt_AndWritesNothing(string field, string json, string message, string? key = null)
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Clash();
        body[field] = JsonNode.Parse(json);

        var response = await client.PostAsJsonAsync("/api/v1/incidents", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.ReadProblemAsync()).Errors[key ?? field]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task RecordIncident_CitingAnUnknownSource_NamesSourceIds()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Clash();
        body.Remove("source");
        body["sourceIds"] = new JsonArray(999);

        var problem = await (await client.PostAsJsonAsync("/api/v1/incidents", body)).ReadProblemAsync();

        Assert.Equal(["There is no source with id 999."], problem.Errors["sourceIds"]);
    }

    [Fact]
    public async Task RecordIncident_WithALatitudeButNoLongitude_NamesLongitude()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Clash();
        body["latitude"] = 18.5;

        var problem = await (await client.PostAsJsonAsync("/api/v1/incidents", body)).ReadProblemAsync();

        Assert.Equal(["longitude is required with a latitude."], problem.Errors["longitude"]);
    }

    [Fact]
    public async Task Writes_NeedACoordinator_AnonymousIs401_ViewerAndLiaisonAre403()
    {
        await using var app = await KonbitApp.StartAsync();
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        (await coordinator.PostAsJsonAsync("/api/v1/contributors", new { code = "KEN", name = "Kenya" })).EnsureSuccessStatusCode();
        var recorded = await RecordAsync(coordinator, Clash());
        var clients = new (HttpClient Client, HttpStatusCode Expected)[]
        {
            (app.Anonymous(), HttpStatusCode.Unauthorized),
            (await app.ClientAsAsync(Roles.Viewer), HttpStatusCode.Forbidden),
            (await app.ClientAsAsync(Roles.Liaison, "KEN"), HttpStatusCode.Forbidden),
        };
        foreach (var (client, expected) in clients)
        {
            Assert.Equal(expected, (await client.PostAsJsonAsync("/api/v1/incidents", Clash())).StatusCode);
            Assert.Equal(expected, (await client.PutAsJsonAsync($"/api/v1/incidents/{recorded.Id}", Clash())).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsAsync(Roles.Admin)).PostAsJsonAsync("/api/v1/incidents", Clash())).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }
}
