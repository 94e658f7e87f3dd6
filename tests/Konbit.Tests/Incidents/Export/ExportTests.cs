using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Konbit.Incidents.Export;
using Konbit.Tests.Infrastructure;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Konbit.Tests.Incidents.Export;

/// <summary>GET /api/v1/incidents/export: each format read back and compared with what was stored.</summary>
public sealed class ExportTests
{
    static readonly string[] AcledHeader =
        ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
         "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
         "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"];

    [Fact]
    public async Task Csv_HasAcledsThirtyOneColumnsInOrder_AndEveryStoredValue()
    {
        await using var app = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(app);

        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("konbit-incidents-2025-03-01.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"Police and \"\"mission\"\" personnel fought the gang, near the market;\nthree killed.\"", text);

        var rows = ReadCsv(text, out var header);
        Assert.Equal(AcledHeader, header);
        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["HTI1001", "2024-07-02", "2024", "1", "Political violence", "Battles", "Armed clash", "Police Forces of Haiti (2021-)",
             "Multinational Security Support Mission in Haiti (2024-)", "1", "Lakou Wouj Gang", "", "3", "13", "", "332", "Caribbean", "Haiti",
             "Ouest", "Delmas", "", "Delmas", "18.5446", "-72.3023", "1", "Haiti Daily Wire; Radio Lakou FM", "National",
             "Police and \"mission\" personnel fought the gang, near the market;\nthree killed.", "3", "", "1720000000"],
            rows[0]);
        Assert.Equal(["HTI1002", "2023-03-15", "Violence against civilians", "Abduction/forced disappearance", "Savann Blan Gang", "37", "Civilian targeting", "19.1082", "-72.6939", "2"],
            [rows[1][0], rows[1][1], rows[1][5], rows[1][6], rows[1][7], rows[1][13], rows[1][14], rows[1][22], rows[1][23], rows[1][24]]);
        // No ACLED timestamp: the time Konbit last changed the record.
        Assert.Equal(["KON-3", "2", "Protests", "", "", "crowd size=around 200", "1740830400"],
            [rows[2][0], rows[2][3], rows[2][5], rows[2][22], rows[2][23], rows[2][29], rows[2][30]]);
    }

    [Fact]
    public async Task Hxl_HasAHashtagRowUnderALabelRow_WithKonbitsExtraColumns()
    {
        await using var app = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(app);

        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=hxl");
        Assert.Equal("konbit-incidents-2025-03-01.hxl.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync(), out var header);
        Assert.Equal(ExportColumns.Wide.Select(c => c.Label), header);
        Assert.Equal(["Event ID", "Event date", "Year"], header[..3]);
        var tags = rows[0];
        foreach (var tag in new[] { "#event+id", "#date", "#event+type", "#event+subtype", "#group+name+first", "#group+type+first", "#group+interaction", "#adm1+name", "#adm1+code", "#adm2+name",
                     "#adm2+code", "#loc+name", "#geo+lat", "#geo+lon", "#affected+killed", "#affected+injured", "#affected+idps", "#meta+source", "#description" })
            Assert.Contains(tag, tags);
        Assert.All(tags, t => Assert.StartsWith("#", t));
        Assert.Equal(4, rows.Count);

        string Value(int row, string hashtag) => rows[row][Array.IndexOf(tags, hashtag)];
        Assert.Equal("HTI1001", Value(1, "#event+id"));
        Assert.Equal("2024-07-02", Value(1, "#date"));
        Assert.Equal("HT01", Value(1, "#adm1+code"));
        Assert.Equal("HT0112", Value(1, "#adm2+code"));
        Assert.Equal("3", Value(1, "#affected+killed"));
        Assert.Equal("2", Value(1, "#affected+killed+min"));
        Assert.Equal("5", Value(1, "#affected+killed+max"));
        Assert.Equal("4", Value(1, "#affected+injured"));
        Assert.Equal("true", Value(1, "#meta+mission"));
        Assert.Equal("2", Value(2, "#affected+abducted"));
        Assert.Equal("Saint-Marc", Value(2, "#loc+name"));
        Assert.Equal("true", Value(3, "#meta+synthetic"));
    }

    [Fact]
    public async Task GeoJson_IsAFeatureCollectionOfPoints_WithNullGeometryWhenThereAreNoCoordinates()
    {
        await using var app = await KonbitApp.StartAsync();
        var stored = await ExportFixture.ArrangeAsync(app);

        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);

        var clash = features[0];
        Assert.Equal(stored[0].Id, clash.GetProperty("id").GetInt64());
        Assert.Equal("Point", clash.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([-72.3023, 18.5446], clash.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var p = clash.GetProperty("properties");
        Assert.Equal("HTI1001", p.GetProperty("event_id_cnty").GetString());
        Assert.Equal("2024-07-02", p.GetProperty("event_date").GetString());
        Assert.Equal("Armed clash", p.GetProperty("sub_event_type").GetString());
        Assert.Equal(13, p.GetProperty("interaction").GetInt32());
        Assert.Equal(3, p.GetProperty("fatalities").GetInt32());
        Assert.Equal("HT0112", p.GetProperty("adm2_pcode").GetString());
        Assert.True(p.GetProperty("mission_involved").GetBoolean());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("assoc_actor_2").ValueKind);
        Assert.Equal(stored[0].Notes, p.GetProperty("notes").GetString());

        Assert.Equal(JsonValueKind.Null, features[2].GetProperty("geometry").ValueKind);
        Assert.Equal("KON-3", features[2].GetProperty("properties").GetProperty("event_id_cnty").GetString());
    }

    [Fact]
    public async Task Xlsx_OpensInASpreadsheetReader_WithOneRowPerIncident()
    {
        await using var app = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(app);

        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("konbit-incidents-2025-03-01.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(ExportColumns.Wide.Select(c => c.Name), rows[0].Keys);
        Assert.Equal("HTI1001", rows[0]["event_id_cnty"]);
        Assert.Equal(new DateTime(2024, 7, 2), Convert.ToDateTime(rows[0]["event_date"], CultureInfo.InvariantCulture));
        Assert.Equal("Lakou Wouj Gang", rows[0]["actor2"]);
        Assert.Equal(13, Convert.ToInt32(rows[0]["interaction"], CultureInfo.InvariantCulture));
        Assert.Equal(18.5446, Convert.ToDouble(rows[0]["latitude"], CultureInfo.InvariantCulture));
        Assert.Equal(3, Convert.ToInt32(rows[0]["fatalities"], CultureInfo.InvariantCulture));
        Assert.Equal("HT0112", rows[0]["adm2_pcode"]);
        Assert.Equal("Police and \"mission\" personnel fought the gang, near the market;\nthree killed.", rows[0]["notes"]);
        Assert.Equal("Abduction/forced disappearance", rows[1]["sub_event_type"]);
        Assert.Null(rows[2]["latitude"]);
    }

    [Fact]
    public async Task Cot_HasOneEventPerPlacedIncident_WithUidPointAndTime()
    {
        await using var app = await KonbitApp.StartAsync();
        var stored = await ExportFixture.ArrangeAsync(app);

        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=cot");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var events = xml.Root!.Elements("event").ToList();
        Assert.Equal("events", xml.Root.Name.LocalName);
        Assert.Equal(2, events.Count); // the protest has no point

        var clash = events[0];
        Assert.Equal("2.0", (string?)clash.Attribute("version"));
        Assert.Equal($"konbit-incident-{stored[0].Id}", (string?)clash.Attribute("uid"));
        Assert.Equal("a-h-G", (string?)clash.Attribute("type"));
        Assert.Equal("2024-07-02T00:00:00.000Z", (string?)clash.Attribute("time"));
        Assert.Equal("2024-07-02T00:00:00.000Z", (string?)clash.Attribute("start"));
        Assert.Equal("2025-03-31T12:00:00.000Z", (string?)clash.Attribute("stale"));
        var point = clash.Element("point")!;
        Assert.Equal(18.5446, double.Parse((string)point.Attribute("lat")!, CultureInfo.InvariantCulture));
        Assert.Equal(-72.3023, double.Parse((string)point.Attribute("lon")!, CultureInfo.InvariantCulture));
        Assert.Equal("9999999.0", (string?)point.Attribute("hae"));
        Assert.Equal("9999999.0", (string?)point.Attribute("ce"));
        Assert.Equal(stored[0].Notes?.ReplaceLineEndings(), ((string?)clash.Element("detail")!.Element("remarks"))?.ReplaceLineEndings());
        Assert.Equal("HTI1001", (string?)clash.Element("detail")!.Element("konbit")!.Attribute("sourceId"));
        Assert.Equal($"konbit-incident-{stored[1].Id}", (string?)events[1].Attribute("uid"));
    }

    [Theory]
    [InlineData("eventType=Battles", new[] { "HTI1001" })]
    [InlineData("subEventType=Abduction/forced disappearance,Peaceful protest", new[] { "HTI1002", "KON-3" })]
    [InlineData("area=HT05", new[] { "HTI1002" })]
    [InlineData("area=HT0112", new[] { "HTI1001" })]
    [InlineData("mission=true", new[] { "HTI1001" })]
    [InlineData("from=2024-01-01&to=2024-12-31", new[] { "HTI1001" })]
    [InlineData("actor=savann", new[] { "HTI1002" })]
    [InlineData("q=teachers", new[] { "HTI1002" })]
    [InlineData("synthetic=false", new[] { "HTI1001", "HTI1002" })]
    [InlineData("bbox=-73,19,-72.5,19.5", new[] { "HTI1002" })]
    public async Task Export_HoldsOnlyTheIncidentsTheFilterSelects(string filter, string[] expected)
    {
        await using var app = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(app);
        foreach (var format in new[] { "csv", "hxl" })
        {
            var text = await app.Anonymous().GetStringAsync($"/api/v1/incidents/export?format={format}&{filter}");
            var rows = ReadCsv(text, out _).Skip(format == "hxl" ? 1 : 0);
            Assert.Equal(expected, rows.Select(r => r[0]));
        }
        using var json = JsonDocument.Parse(await app.Anonymous().GetStringAsync($"/api/v1/incidents/export?format=geojson&{filter}"));
        Assert.Equal(expected, json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("event_id_cnty").GetString()));
    }

    [Theory]
    [InlineData("", new[] { "S1", "S2", "S3", "S4", "S5" })]
    [InlineData("eventType=Protests", new[] { "S2", "S4" })]
    public async Task Csv_OfIdsSpreadOverManySlices_KeepsTheirOrder(string filter, string[] expected)
    {
        // The SQLite export reads slices of 10,000 ids on two threads: rows far apart in id come out in id order.
        await using var app = await KonbitApp.StartAsync();
        var ids = new long[] { 5, 12_000, 12_001, 45_000, 90_001 };
        var incidents = ids.Select((id, k) => IncidentRequests.Event($"S{k + 1}", "2024-05-01", k % 2 == 1 ? "Protests" : "Battles",
            k % 2 == 1 ? "Peaceful protest" : "Armed clash")).ToArray();
        for (var k = 0; k < ids.Length; k++) incidents[k].Id = ids[k];
        await app.StoreAsync(incidents);

        var text = await app.Anonymous().GetStringAsync($"/api/v1/incidents/export?format=csv&{filter}");

        Assert.Equal(expected, ReadCsv(text, out _).Select(r => r[0]));
    }

    [Theory]
    [InlineData("format=pdf", "format", "format 'pdf' is not one of csv, hxl, geojson, xlsx, cot.")]
    [InlineData("", "format", "format is required: one of csv, hxl, geojson, xlsx, cot.")]
    [InlineData("format=csv&eventType=Raids", "eventType", "'Raids' is not an ACLED event type")]
    [InlineData("format=csv&from=2025-01-01&to=2024-01-01", "from", "from 2025-01-01 is after to 2024-01-01.")]
    public async Task Export_WithABadParameter_Returns400NamingIt(string query, string field, string message)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync($"/api/v1/incidents/export?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (await response.ReadProblemAsync()).Errors[field][0]);
    }

    [Fact]
    public async Task Export_WhenPublicReadingIsOff_AsksForSignIn()
    {
        await using var app = await KonbitApp.StartAsync(settings: new Dictionary<string, string?> { ["Konbit:PublicRead"] = "false" });
        var response = await app.Anonymous().GetAsync("/api/v1/incidents/export?format=csv");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var client = await app.ClientAsAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents/export?format=csv")).StatusCode);
    }

    [Fact]
    public async Task Export_OfNoIncidents_IsAHeaderOnlyOrEmptyDocument()
    {
        await using var app = await KonbitApp.StartAsync();
        var csv = await app.Anonymous().GetStringAsync("/api/v1/incidents/export?format=csv");
        Assert.Equal(string.Join(",", AcledHeader) + "\r\n", csv);
        using var json = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/incidents/export?format=geojson"));
        Assert.Equal(0, json.RootElement.GetProperty("features").GetArrayLength());
        Assert.Empty(XDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/incidents/export?format=cot")).Root!.Elements());
    }

    /// <summary>Parses CSV with an independent reader (Sylvan) and returns the rows after the header.</summary>
    internal static List<string[]> ReadCsv(string text, out string[] header)
    {
        using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true, Comment = '\0' });
        header = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return rows;
    }
}
