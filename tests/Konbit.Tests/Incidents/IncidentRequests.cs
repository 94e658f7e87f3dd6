using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Konbit.Geography;
using Konbit.Incidents;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Incidents;

/// <summary>Bodies for the incidents API and events stored directly, for the tests of the list, summaries and writes.</summary>
static partial class IncidentRequests
{
    /// <summary>A valid RecordIncident body (a clash in Ouest with a 45-minute response), citing an inline source.</summary>
    public static JsonObject Clash(string date = "2024-06-10") => new()
    {
        ["eventDate"] = date, ["timePrecision"] = 1, ["eventType"] = "Battles", ["subEventType"] = "Armed clash",
        ["actor1"] = "Viv Ansanm", ["inter1"] = 3, ["actor2"] = "Police Forces of Haiti (2017-)", ["inter2"] = 1,
        ["admin1"] = "Ouest", ["location"] = "Port-au-Prince", ["geoPrecision"] = 1,
        ["fatalities"] = 4, ["fatalitiesLow"] = 3, ["fatalitiesHigh"] = 6, ["injured"] = 2,
        ["notes"] = "Gang members and police exchanged fire near the port.", ["missionInvolved"] = true, ["respondingUnits"] = "KEN-1",
        ["alertedAtUtc"] = $"{date}T10:00:00Z", ["departedAtUtc"] = $"{date}T10:15:00Z", ["arrivedAtUtc"] = $"{date}T10:45:00Z",
        ["source"] = new JsonObject { ["title"] = "Clash near the port", ["publisher"] = "Test Wire", ["url"] = "https://news.example.org/clash" },
    };

    public static async Task<IncidentDetail> RecordAsync(HttpClient client, JsonObject body) =>
        await (await client.PostAsJsonAsync("/api/v1/incidents", body)).ReadAsync<IncidentDetail>();

    /// <summary>An event stored as an import would store it, for arranging many at once.</summary>
    public static Incident Event(string sourceId, string date, string eventType = "Battles", string subEventType = "Armed clash",
        string actor1 = "Gang A", string? actor2 = null, string? adm1 = "HT01", string? adm2 = null, int fatalities = 0,
        double? lat = null, double? lon = null, bool mission = false, string? notes = null, bool synthetic = false, int? responseMinutes = null)
    {
        var day = DateOnly.Parse(date);
        var incident = new Incident
        {
            SourceId = sourceId, Dataset = synthetic ? "synthetic" : "acled", Synthetic = synthetic, EventDate = day,
            DisorderType = Taxonomy.DisorderFor(eventType, subEventType), EventType = eventType, SubEventType = subEventType,
            Actor1 = actor1, Actor2 = actor2, Adm1Pcode = adm1, Adm2Pcode = adm2, Latitude = lat, Longitude = lon,
            Fatalities = fatalities, MissionInvolved = mission, Notes = notes,
            RecordedAtUtc = KonbitApp.Now.UtcDateTime, UpdatedAtUtc = KonbitApp.Now.UtcDateTime,
        };
        if (responseMinutes is { } minutes)
        {
            incident.AlertedAtUtc = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
            incident.ArrivedAtUtc = incident.AlertedAtUtc.Value.AddMinutes(minutes);
        }
        incident.Derive();
        return incident;
    }

    public static Task StoreAsync(this KonbitApp app, params Incident[] incidents) => app.WithDbAsync(async db =>
    {
        db.Incidents.AddRange(incidents);
        return await db.SaveChangesAsync();
    });

    /// <summary>A commune as a square boundary 0.1 degree across, south-west corner at (lat, lon).</summary>
    public static AdminUnit Commune(string pcode, string name, double lat, double lon) => new()
    {
        Pcode = pcode, Level = 2, ParentPcode = pcode[..4], NameFr = name, Latitude = Math.Round(lat + 0.05, 6), Longitude = Math.Round(lon + 0.05, 6), Origin = "test",
        GeometryJson = FormattableString.Invariant($$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + 0.1}},{{lat}}],[{{lon + 0.1}},{{lat + 0.1}}],[{{lon}},{{lat + 0.1}}],[{{lon}},{{lat}}]]]}"""),
    };

    public static Task AddUnitsAsync(this KonbitApp app, params AdminUnit[] units) => app.WithDbAsync(async db =>
    {
        db.AdminUnits.AddRange(units);
        return await db.SaveChangesAsync();
    });

    /// <summary>A browser-like client signed in through the sign-in page (cookie), for the forms.</summary>
    public static async Task<HttpClient> SignedInPagesAsync(this KonbitApp app, string role, string? contributor = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, "correct-horse-battery", role, contributor);
        var client = app.Anonymous();
        var token = await TokenAsync(client, "/Accounts/Login");
        var response = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "correct-horse-battery", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The antiforgery token of the page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page) => Token(await client.GetStringAsync(page));

    public static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
