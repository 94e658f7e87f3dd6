using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Konbit.Accounts;
using Konbit.Humanitarian;
using Konbit.Tests.Infrastructure;
using MiniExcelLibs;
using static Konbit.Tests.Humanitarian.Fixtures;

namespace Konbit.Tests.Humanitarian;

/// <summary>The humanitarian figures as CSV and XLSX: one table, the same cells, the JSON's figures.</summary>
public sealed class ExportTests
{
    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static async Task<HttpResponseMessage> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    [Fact]
    public async Task DisplacementXlsx_HoldsTheCsvTable_AndTheJsonSeries()
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync<JsonElement>(await app.ClientAsAsync(Roles.Coordinator), DepartmentsCsv, "dtm.csv");
        var reader = app.Anonymous();

        var response = await XlsxAsync(reader, "/api/v1/humanitarian/displacement?level=adm1&format=xlsx");
        Assert.Equal("displacement-adm1.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var sheet = Sheets.Xlsx(await response.Content.ReadAsByteArrayAsync());
        var csv = Sheets.Csv(await reader.GetStringAsync("/api/v1/humanitarian/displacement?level=adm1&format=csv"));
        var series = await reader.GetFromJsonAsync<List<DisplacementPoint>>("/api/v1/humanitarian/displacement?level=adm1");

        Assert.Equal(csv, sheet);
        Assert.Equal(["date", "pcode", "idps"], sheet[0]);
        Assert.Equal(["#date+reported", "#adm1+code", "#affected+idps+ind"], sheet[1]);
        Assert.Equal(series!.Select(p => new[] { $"{p.Date:yyyy-MM-dd}", p.Pcode, $"{p.Idps}" }), sheet.Skip(2));
    }

    [Fact]
    public async Task FoodInsecurity_AsCsvAndXlsx_HasOneRowPerAreaAndPeriod_WithTheJsonsPhase3PlusTotals()
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync<JsonElement>(await app.ClientAsAsync(Roles.Coordinator), Ipc, "ipc.csv");
        var reader = app.Anonymous();

        var periods = (await reader.GetFromJsonAsync<List<FoodInsecurityPeriod>>("/api/v1/humanitarian/food-insecurity"))!;
        var csvText = await reader.GetStringAsync("/api/v1/humanitarian/food-insecurity?format=csv");
        var xlsx = await (await XlsxAsync(reader, "/api/v1/humanitarian/food-insecurity?format=xlsx")).Content.ReadAsByteArrayAsync();

        Assert.Equal(Sheets.Csv(csvText), Sheets.Xlsx(xlsx));
        Assert.Contains("\"Delmas, Petion Ville P+TP\"", csvText);
        using var file = new MemoryStream(xlsx);
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Skip(1).ToList();
        Assert.Equal(periods.Sum(p => p.Areas.Count), rows.Count);
        var current = rows.Where(r => (string?)r["analysis_type"] == "current").ToList();
        Assert.Equal(65d, current.Sum(r => (double)r["phase3plus"]!));
        Assert.Equal(periods.Single(p => p.AnalysisType == "current").Phase3Plus, (int)current.Sum(r => (double)r["phase3plus"]!));
        Assert.Equal(new DateTime(2025, 9, 1), current[0]["from"]);
    }

    [Theory]
    [InlineData("/api/v1/humanitarian/displacement?format=pdf")]
    [InlineData("/api/v1/humanitarian/food-insecurity?format=xls")]
    public async Task UnknownFormat_Returns400NamingTheParameterAndWhatItAccepts(string url)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("format must be json, csv or xlsx, not ", Assert.Single((await response.ReadProblemAsync()).Errors["format"]));
    }
}
