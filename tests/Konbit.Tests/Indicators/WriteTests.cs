using System.Net;
using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Indicators;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Indicators.IndicatorRequests;

namespace Konbit.Tests.Indicators;

public sealed class WriteTests
{
    [Fact]
    public async Task EnteredValue_CitesItsSources_AndTheListNamesTheLatestValuesSource()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("HNP", "higher", 9000, "2024-01-01", Target("2025-12-31", 12000)));

        var response = await client.PostAsJsonAsync($"/api/v1/indicators/{indicator.Id}/values", new
        {
            on = "2024-09-30", value = 9500, note = "Officers on duty",
            source = new { title = "Police staffing figures", publisher = "Test Wire", url = "https://news.example.org/hnp" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/indicators/{indicator.Id}", response.Headers.Location!.OriginalString);
        var detail = await response.ReadAsync<IndicatorDetail>();
        var value = Assert.Single(detail.Values);
        Assert.Equal((9500m, "Officers on duty", "https://news.example.org/hnp"), (value.Value, value.Note, Assert.Single(value.Sources).Url));
        Assert.Equal("Police staffing figures", (await StatusAsync(client, "HNP", "2024-10-01")).Source);
    }

    [Fact]
    public async Task AValue_WithoutASource_IsRefused_AndAComputedIndicatorTakesNoValues()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var entered = await DefineAsync(client, Entered("E1", "higher", 0, "2024-01-01"));
        var computed = await DefineAsync(client, Computed("C1", "personnelDeployed", "higher", 0, "2024-01-01"));

        var unsourced = await client.PostAsJsonAsync($"/api/v1/indicators/{entered.Id}/values", new { on = "2024-02-01", value = 3 });
        var toComputed = await client.PostAsJsonAsync($"/api/v1/indicators/{computed.Id}/values", Value("2024-02-01", 3));

        Assert.Contains("sourceIds", (await unsourced.ReadProblemAsync()).Errors.Keys);
        Assert.Equal(["Indicator C1 is computed from Konbit's data (personnelDeployed); its values cannot be entered."],
            (await toComputed.ReadProblemAsync()).Errors["indicator"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.IndicatorValues.CountAsync()));
    }

    public static TheoryData<string, object?, string, string> BadFields => new()
    {
        { "metric", "strengthOfGangs", "metric", "metric 'strengthOfGangs' is not one of personnelDeployed, pledgedDeployedShare, medianResponseHours, incidentsPerMonth, fatalitiesPerMonth, complaintsClosedWithin90Days, equipmentGap." },
        { "direction", "sideways", "direction", "direction 'sideways' is not one of higher, lower." },
        { "tolerance", -0.1m, "tolerance", "tolerance must not be negative, not -0.1." },
        { "targets", new[] { new { on = "2023-12-01", value = 5 } }, "targets[0].on", "targets[0].on 2023-12-01 is not after the baseline date (2024-01-01)." },
        { "code", "has space", "code", "code 'has space' may hold only letters, digits, '.', '-' and '_'." },
        { "baselineOn", "2019-05-01", "baselineOn", "baselineOn 2019-05-01 is before 2020." },
    };

    [Theory, MemberData(nameof(BadFields))]
    public async Task Define_WithABadField_IsRefusedNamingIt_AndSavesNothing(string field, object? value, string key, string message)
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Entered("BAD", "higher", 0, "2024-01-01");
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/indicators", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.ReadProblemAsync()).Errors[key]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task Define_WithAnUnknownDepartment_OrADepartmentOnAMetricWithout_NamesTheDepartment()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var unknown = Computed("D1", "incidentsPerMonth", "lower", 10, "2024-01-01");
        unknown["department"] = "HT99";
        var misplaced = Computed("D2", "personnelDeployed", "higher", 0, "2024-01-01");
        misplaced["department"] = "HT01";

        var first = await client.PostAsJsonAsync("/api/v1/indicators", unknown);
        var second = await client.PostAsJsonAsync("/api/v1/indicators", misplaced);

        Assert.Equal(["department 'HT99' is not a department P-code (HT01 to HT10)."], (await first.ReadProblemAsync()).Errors["department"]);
        Assert.Contains("only to the incident metrics", (await second.ReadProblemAsync()).Errors["department"][0]);
    }

    [Fact]
    public async Task AddTarget_BeforeTheBaselineOrTwiceOnADate_IsRefused_AndAGoodOneMovesTheStatus()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("T", "higher", 0, "2024-01-01", Target("2024-12-31", 10)));

        var early = await client.PostAsJsonAsync($"/api/v1/indicators/{indicator.Id}/targets", Target("2023-06-30", 5));
        var twice = await client.PostAsJsonAsync($"/api/v1/indicators/{indicator.Id}/targets", Target("2024-12-31", 12));
        var added = await (await client.PostAsJsonAsync($"/api/v1/indicators/{indicator.Id}/targets", Target("2025-12-31", 20))).ReadAsync<IndicatorDetail>();
        var missing = await client.PostAsJsonAsync("/api/v1/indicators/999/targets", Target("2025-12-31", 20));

        Assert.Equal(["on 2023-06-30 is not after the baseline date (2024-01-01)."], (await early.ReadProblemAsync()).Errors["on"]);
        Assert.Equal(["There is a target for 2024-12-31 already."], (await twice.ReadProblemAsync()).Errors["on"]);
        Assert.Equal([10m, 20m], added.Targets.Select(t => t.Value));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Update_ChangesTheDefinition_ButRefusesADuplicateCode()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        await DefineAsync(client, Entered("ONE", "higher", 0, "2024-01-01"));
        var two = await DefineAsync(client, Entered("TWO", "higher", 0, "2024-01-01"));
        var changed = Entered("TWO", "lower", 5, "2024-02-01");
        changed.Remove("targets");
        changed["name"] = "Renamed";

        var ok = await (await client.PutAsJsonAsync($"/api/v1/indicators/{two.Id}", changed)).ReadAsync<IndicatorDetail>();
        changed["code"] = "ONE";
        var duplicate = await client.PutAsJsonAsync($"/api/v1/indicators/{two.Id}", changed);

        Assert.Equal(("Renamed", "lower", 5m, new DateOnly(2024, 2, 1)), (ok.Name, ok.Direction, ok.Baseline, ok.BaselineOn));
        Assert.Equal(["An indicator with code 'ONE' exists already."], (await duplicate.ReadProblemAsync()).Errors["code"]);
    }

    [Fact]
    public async Task Writes_NeedACoordinator_WhileReadsArePublic()
    {
        var (app, _) = await Requests.StartWithContributorsAsync();
        await using var __ = app;
        var liaison = await app.ClientAsAsync(Roles.Liaison, "KEN");
        var anonymous = app.Anonymous();

        var asLiaison = await liaison.PostAsJsonAsync("/api/v1/indicators", Entered("L", "higher", 0, "2024-01-01"));
        var asAnonymous = await anonymous.PostAsJsonAsync("/api/v1/indicators", Entered("A", "higher", 0, "2024-01-01"));
        var read = await anonymous.GetAsync("/api/v1/indicators");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (asLiaison.StatusCode, asAnonymous.StatusCode, read.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task Writes_AreAudited()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("AUD", "higher", 0, "2024-01-01", Target("2024-12-31", 10)));
        await AddValueAsync(client, indicator.Id, "2024-03-01", 2);

        var types = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync());

        Assert.Contains("Indicator", types);
        Assert.Contains("IndicatorTarget", types);
        Assert.Contains("IndicatorValue", types);
    }
}
