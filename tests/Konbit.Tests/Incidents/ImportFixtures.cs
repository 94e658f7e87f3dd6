using System.Text;
using Konbit.Audit;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Konbit.Tests.Incidents;

/// <summary>Invented incident rows (never ACLED's) in ACLED's columns, written out in any column order, and a way to import them.</summary>
public static class ImportFixtures
{
    public static readonly string[] Population = ["population_1km", "population_2km", "population_5km", "population_best"];
    public static string[] Official => Layout.AcledColumns;

    public static Dictionary<string, string> Row(string id = "HTI9001", string date = "2024-06-25", string eventType = "Battles",
        string subType = "Armed clash", string fatalities = "2", string latitude = "18.5400", string longitude = "-72.3400",
        string admin1 = "Ouest", string admin2 = "Port-au-Prince", string timestamp = "1719300000",
        string notes = "On 25 June 2024, in Port-au-Prince, a test gang clashed with a test police unit. 2 fatalities.") => new()
    {
        ["event_id_cnty"] = id, ["event_date"] = date, ["year"] = date.Length >= 4 ? date[..4] : date, ["time_precision"] = "1",
        ["disorder_type"] = "Political violence", ["event_type"] = eventType, ["sub_event_type"] = subType,
        ["actor1"] = "Test Gang", ["assoc_actor_1"] = "", ["inter1"] = "3", ["actor2"] = "Test Police", ["assoc_actor_2"] = "",
        ["inter2"] = "1", ["interaction"] = "13", ["civilian_targeting"] = "", ["iso"] = "332", ["region"] = "Caribbean",
        ["country"] = "Haiti", ["admin1"] = admin1, ["admin2"] = admin2, ["admin3"] = "", ["location"] = "Test Place",
        ["latitude"] = latitude, ["longitude"] = longitude, ["geo_precision"] = "1", ["source"] = "Test Wire",
        ["source_scale"] = "National", ["notes"] = notes, ["fatalities"] = fatalities, ["tags"] = "", ["timestamp"] = timestamp,
        ["population_1km"] = "1000.0", ["population_2km"] = "2000.0", ["population_5km"] = "5000.0", ["population_best"] = "1000.0",
    };

    /// <summary>A CSV with these columns (a column a row lacks is left empty), quoting as a spreadsheet would.</summary>
    public static string Csv(IReadOnlyList<string> columns, params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", columns.Select(Quote))).Append('\n');
        foreach (var row in rows) text.Append(string.Join(",", columns.Select(c => Quote(row.GetValueOrDefault(c, ""))))).Append('\n');
        return text.ToString();
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? '"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"' : value;

    /// <summary>Three distinct rows.</summary>
    public static Dictionary<string, string>[] Three() =>
    [
        Row("HTI9001"),
        Row("HTI9002", date: "2024-07-02", eventType: "Violence against civilians", subType: "Attack", fatalities: "5", admin1: "Artibonite", admin2: "Saint-Marc",
            latitude: "19.1100", longitude: "-72.7000", notes: "On 2 July 2024, in a test town, a test gang attacked residents. 5 fatalities."),
        Row("HTI9003", date: "2024-08-10", eventType: "Protests", subType: "Peaceful protest", fatalities: "0", admin1: "Nord", admin2: "Cap-Haitien",
            latitude: "19.7600", longitude: "-72.2000", notes: "On 10 August 2024, residents of a test town protested."),
    ];

    public static byte[] Bytes(string csv, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)] : Encoding.UTF8.GetBytes(csv);

    /// <summary>Runs the importer in a scope of the app, as the command line does.</summary>
    public static async Task<ImportSummary> ImportAsync(this KonbitApp app, byte[] file, ImportOptions? options = null,
        Action<ImportSummary>? progress = null, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().ActAs("test");
        return await scope.ServiceProvider.GetRequiredService<IncidentImporter>()
            .ImportAsync(() => new MemoryStream(file), options ?? new ImportOptions("test.csv"), progress, ct);
    }

    public static Task<ImportSummary> ImportAsync(this KonbitApp app, string csv, ImportOptions? options = null) => app.ImportAsync(Bytes(csv), options);
}
