using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Konbit.Gaps;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Gaps.GapRequests;

namespace Konbit.Tests.Gaps;

/// <summary>The ledgers' downloads: the XLSX holds the CSV's table, both hold the JSON's figures.</summary>
public sealed class ExportTests
{
    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static async Task<(KonbitApp App, HttpClient Coordinator)> StartWithLedgersAsync()
    {
        var (app, client) = await Requests.StartWithContributorsAsync();
        (await client.PostAsJsonAsync("/api/v1/equipment/requirements", Equipment("helicopter", 6, "2024-05-01"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/equipment/deliveries", Equipment("helicopter", 2, "2024-06-20", donor: "United States"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/periods", Period("First year", "2023-10-02", "2024-10-01", 600_000_000m))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("Canada", 80_500_000m, "CAD", "2024-06-15", rateToUsd: 0.7312m, rateOn: "2024-06-14"))).EnsureSuccessStatusCode();
        return (app, client);
    }

    static async Task<byte[]> XlsxAsync(HttpClient client, string url, string fileName)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Theory]
    [InlineData("/api/v1/equipment", "equipment.xlsx")]
    [InlineData("/api/v1/equipment/gaps?on=2024-07-01", "equipment-gaps-2024-07-01.xlsx")]
    [InlineData("/api/v1/funding", "funding.xlsx")]
    [InlineData("/api/v1/funding/periods", "budget-periods.xlsx")]
    public async Task Xlsx_HoldsTheSameRowsAsTheCsv_HeaderThenHxlTags(string list, string fileName)
    {
        var (app, client) = await StartWithLedgersAsync();
        await using var _ = app;
        var separator = list.Contains('?') ? '&' : '?';

        var sheet = Sheets.Xlsx(await XlsxAsync(client, $"{list}{separator}format=xlsx", fileName));
        var csv = Sheets.Csv(await client.GetStringAsync($"{list}{separator}format=csv"));

        Assert.Equal(csv, sheet);
        Assert.StartsWith("#", sheet[1][0]);
        Assert.True(sheet.Count > 2);
    }

    [Fact]
    public async Task Xlsx_KeepsNumbersAndDatesTyped_AsTheJsonGivesThem()
    {
        var (app, client) = await StartWithLedgersAsync();
        await using var _ = app;
        var receipt = (await client.GetFromJsonAsync<List<FundingEntryDto>>("/api/v1/funding"))!.Single();
        var period = (await client.GetFromJsonAsync<List<BudgetPeriodDto>>("/api/v1/funding/periods"))!.Single();

        using var funding = new MemoryStream(await XlsxAsync(client, "/api/v1/funding?format=xlsx", "funding.xlsx"));
        var row = MiniExcelLibs.MiniExcel.Query(funding, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList()[1];
        Assert.Equal(new DateTime(2024, 6, 15), row["date"]);
        Assert.Equal((double)receipt.AmountUsd, row["amount_usd"]);
        Assert.Equal((double)receipt.RateToUsd, row["rate_to_usd"]);

        using var periods = new MemoryStream(await XlsxAsync(client, "/api/v1/funding/periods?format=xlsx", "budget-periods.xlsx"));
        var first = MiniExcelLibs.MiniExcel.Query(periods, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList()[1];
        Assert.Equal(("First year", 600_000_000d, (double)period.ReceivedUsd, period.ShareReceived),
            (first["period"], first["budget_usd"], first["received_usd"], first["share_received"]));
    }

    [Theory]
    [InlineData("/api/v1/equipment?format=pdf")]
    [InlineData("/api/v1/equipment/gaps?format=xls")]
    [InlineData("/api/v1/funding?format=hxl")]
    [InlineData("/api/v1/funding/periods?format=pdf")]
    public async Task UnknownFormat_Returns400NamingTheParameterAndWhatItAccepts(string url)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await response.ReadProblemAsync()).Errors["format"]);
        Assert.StartsWith("format must be json, csv or xlsx, not ", message);
    }

    [Theory]
    [InlineData("/api/v1/equipment")]
    [InlineData("/api/v1/equipment/gaps")]
    [InlineData("/api/v1/funding")]
    [InlineData("/api/v1/funding/periods")]
    [InlineData("/api/v1/humanitarian/displacement")]
    [InlineData("/api/v1/humanitarian/food-insecurity")]
    public async Task ApiDescription_NamesJsonCsvAndXlsx_AndDescribesTheFormatParameter(string path)
    {
        await using var app = await KonbitApp.StartAsync();
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        var get = doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");

        var types = get.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["application/json", "text/csv", XlsxType], types);
        var format = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "format");
        Assert.Contains("xlsx", format.GetProperty("description").GetString());
        Assert.Equal(["json", "csv", "xlsx"], format.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }
}
