using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Incidents;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Incidents;

/// <summary>
/// The map and summaries answer whole-month questions from the rollup (IncidentCounts) and the rest from Incidents;
/// the answers are the same either way, and every write or import is in the next answer.
/// </summary>
public sealed class RollupTests
{
    static async Task<KonbitApp> StartWithEventsAsync()
    {
        var app = await KonbitApp.StartAsync();
        await app.AddUnitsAsync(Commune("HT0111", "Port-au-Prince", 18.5, -72.4), Commune("HT0531", "Saint-Marc", 19.0, -72.8));
        await app.StoreAsync(
            Event("E1", "2024-01-05", adm1: "HT01", adm2: "HT0111", fatalities: 3, mission: true),
            Event("E2", "2024-01-20", "Violence against civilians", "Attack", adm1: "HT01", adm2: "HT0112", fatalities: 5),
            Event("E3", "2024-02-10", adm1: "HT05", adm2: "HT0531", fatalities: 2),
            Event("E4", "2024-02-11", "Protests", "Peaceful protest", adm1: null),
            Event("E5", "2023-12-15", adm1: "HT05", adm2: "HT0532", fatalities: 1, synthetic: true),
            Event("E6", "2024-03-15", adm1: "HT01", adm2: "HT0111", synthetic: true, mission: true),
            Event("E7", "2024-06-14", "Violence against civilians", "Abduction/forced disappearance", adm1: "HT01", adm2: "HT0111", fatalities: 1),
            Event("E8", "2024-06-20", adm1: "HT01", adm2: null, fatalities: 4));
        return app;
    }

    static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    static Task<IncidentLogState> LogAsync(KonbitApp app) => app.WithDbAsync(db => db.IncidentLog.AsNoTracking().SingleAsync());

    /// <summary>Each question as the rollup answers it, and a variant with a day's difference and no event on that day.</summary>
    public static TheoryData<string, string> Questions => new()
    {
        { "map?level=1", "map?level=1&from=2000-01-02" },
        { "map?level=2", "map?level=2&from=2000-01-02" },
        { "map?level=1&eventType=Battles&synthetic=false", "map?level=1&eventType=Battles&synthetic=false&to=2099-12-30" },
        { "map?level=2&area=HT01&mission=false", "map?level=2&area=HT01&mission=false&from=2000-01-02" },
        { "summary?groupBy=adm1,month&from=2024-01-01&to=2024-12-31&eventType=Battles", "summary?groupBy=adm1,month&from=2023-12-31&to=2024-12-31&eventType=Battles" },
        { "summary?groupBy=adm2,event_type&area=HT01&mission=true", "summary?groupBy=adm2,event_type&area=HT01&mission=true&from=2000-01-02" },
        { "summary?groupBy=month,event_type&from=2024-02-01&to=2024-06-30", "summary?groupBy=month,event_type&from=2024-01-21&to=2024-06-29" },
        { "summary?groupBy=adm1,adm2&area=HT0111&eventType=Battles,Violence against civilians", "summary?groupBy=adm1,adm2&area=HT0111&eventType=Battles,Violence against civilians&from=2000-01-02" },
        { "summary?groupBy=event_type,adm1&mission=false&synthetic=false", "summary?groupBy=event_type,adm1&mission=false&synthetic=false&to=2099-12-30" },
        { "summary?groupBy=month&from=2030-01-01", "summary?groupBy=month&from=2030-01-02" },
    };

    [Theory, MemberData(nameof(Questions))]
    public async Task AWholeMonthQuestion_GetsTheSameAnswerAsTheSameQuestionOffByADay(string wholeMonths, string offByADay)
    {
        await using var app = await StartWithEventsAsync();
        var client = app.Anonymous();
        Assert.Equal(await GetAsync(client, "/api/v1/incidents/" + offByADay), await GetAsync(client, "/api/v1/incidents/" + wholeMonths));
        var log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);
    }

    [Fact]
    public async Task WholeMonthQuestions_AreAnsweredFromTheRollup_OthersFromTheIncidents()
    {
        await using var app = await StartWithEventsAsync();
        var client = app.Anonymous();
        var direct = await GetAsync(client, "/api/v1/incidents/map?level=1&from=2000-01-02");
        Assert.Equal(direct, await GetAsync(client, "/api/v1/incidents/map?level=1"));
        // Skewed on purpose, so that an answer from the rollup shows.
        await app.WithDbAsync(db => db.IncidentCounts.Where(c => c.Adm1Pcode == "HT05").ExecuteUpdateAsync(s => s.SetProperty(c => c.Events, c => c.Events + 100)));

        var fromRollup = await (await client.GetAsync("/api/v1/incidents/map?level=1")).ReadAsync<IncidentMap>();
        Assert.Equal(202, fromRollup.Units.Single(u => u.Pcode == "HT05").Events);
        Assert.Equal(direct, await GetAsync(client, "/api/v1/incidents/map?level=1&from=2000-01-02"));
        var bySubType = await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1,sub_event_type&area=HT05");
        Assert.Contains("\"events\":2,\"fatalities\":3,\"rows\"", bySubType);
    }

    [Fact]
    public async Task ARecordedAndThenCorrectedIncident_IsInTheNextMap_AndTheRollupStaysCurrent()
    {
        await using var app = await StartWithEventsAsync();
        var anonymous = app.Anonymous();
        await GetAsync(anonymous, "/api/v1/incidents/map?level=1");
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var recorded = await RecordAsync(client, Clash("2024-06-10"));
        var map = await (await anonymous.GetAsync("/api/v1/incidents/map?level=1")).ReadAsync<IncidentMap>();
        Assert.Equal((6, 17), (map.Units.Single(u => u.Pcode == "HT01").Events, map.Units.Single(u => u.Pcode == "HT01").Fatalities));
        var log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);

        var correction = Clash("2024-06-10");
        correction["admin1"] = "Artibonite";
        correction["fatalities"] = 7;
        correction["fatalitiesHigh"] = 8;
        Assert.True((await client.PutAsJsonAsync($"/api/v1/incidents/{recorded.Id}", correction)).IsSuccessStatusCode);

        map = await (await anonymous.GetAsync("/api/v1/incidents/map?level=1")).ReadAsync<IncidentMap>();
        Assert.Equal((5, 13), (map.Units.Single(u => u.Pcode == "HT01").Events, map.Units.Single(u => u.Pcode == "HT01").Fatalities));
        Assert.Equal((3, 10), (map.Units.Single(u => u.Pcode == "HT05").Events, map.Units.Single(u => u.Pcode == "HT05").Fatalities));
        log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);
        Assert.Equal(await GetAsync(anonymous, "/api/v1/incidents/summary?groupBy=adm1,month&from=2000-01-02"),
            await GetAsync(anonymous, "/api/v1/incidents/summary?groupBy=adm1,month"));
        // The bucket the correction emptied is gone, as a rebuild would leave it.
        Assert.Equal(0, await app.WithDbAsync(db => db.IncidentCounts.CountAsync(c => c.Events <= 0)));
    }

    [Fact]
    public async Task AnImport_IsInTheNextAnswer_AndLeavesTheRollupCurrent()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        await GetAsync(client, "/api/v1/incidents/map?level=1");
        await app.ImportAsync(Csv(Official, Three()));
        var log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);
        var summary = await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1&from=2024-01-01&to=2024-12-31");
        Assert.Equal(await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1&from=2024-01-02&to=2024-12-31"), summary);
        Assert.Contains("\"events\":3,\"fatalities\":7", summary);

        var rows = Three();
        rows[0]["fatalities"] = "9";
        rows[0]["timestamp"] = "1729300000";
        await app.ImportAsync(Csv(Official, rows), new ImportOptions("update.csv"));
        summary = await GetAsync(client, "/api/v1/incidents/summary?groupBy=adm1&from=2024-01-01&to=2024-12-31");
        Assert.Contains("\"events\":3,\"fatalities\":14", summary);
        log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);
    }

    [Fact]
    public async Task ADryRunImport_LeavesTheRollupAsItWas()
    {
        await using var app = await KonbitApp.StartAsync();
        await GetAsync(app.Anonymous(), "/api/v1/incidents/map?level=1");
        var before = await LogAsync(app);
        await app.ImportAsync(Bytes(Csv(Official, Three())), new ImportOptions("dry.csv", DryRun: true));
        var after = await LogAsync(app);
        Assert.Equal((before.LogVersion, before.RollupVersion), (after.LogVersion, after.RollupVersion));
        Assert.Equal(0, await app.WithDbAsync(db => db.IncidentCounts.CountAsync()));
    }

    [Fact]
    public async Task AChangeMarkedOutsideTheWrites_LeavesTheRollupBehind_UntilARebuildCatchesUp()
    {
        await using var app = await StartWithEventsAsync();
        var client = app.Anonymous();
        await GetAsync(client, "/api/v1/incidents/map?level=1");
        await app.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await IncidentRollup.MarkChangedAsync(db, default);
            await db.Incidents.Where(i => i.Adm1Pcode == "HT05").ExecuteUpdateAsync(s => s.SetProperty(i => i.Adm1Pcode, "HT02"));
            await tx.CommitAsync();
            return 0;
        });
        var log = await LogAsync(app);
        Assert.NotEqual(log.LogVersion, log.RollupVersion);
        // Whichever path answers (this node rebuilt moments ago, so it asks Incidents), the answer is today's.
        var map = await (await client.GetAsync("/api/v1/incidents/map?level=1")).ReadAsync<IncidentMap>();
        Assert.Equal((0, 2), (map.Units.Single(u => u.Pcode == "HT05").Events, map.Units.Single(u => u.Pcode == "HT02").Events));

        await app.WithDbAsync(async db => { await IncidentRollup.RebuildAsync(db, default); return 0; });
        log = await LogAsync(app);
        Assert.Equal(log.LogVersion, log.RollupVersion);
        Assert.Equal(2, await app.WithDbAsync(db => db.IncidentCounts.Where(c => c.Adm1Pcode == "HT02").SumAsync(c => c.Events)));
        Assert.Equal(await GetAsync(client, "/api/v1/incidents/map?level=1&from=2000-01-02"), await GetAsync(client, "/api/v1/incidents/map?level=1"));
    }
}
