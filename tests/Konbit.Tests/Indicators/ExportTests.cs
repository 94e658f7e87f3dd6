using System.Globalization;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using MiniExcelLibs;
using static Konbit.Tests.Indicators.IndicatorRequests;

namespace Konbit.Tests.Indicators;

public sealed class ExportTests
{
    [Fact]
    public async Task List_AsCsv_CarriesTheHxlRow_AndOneRowPerIndicator()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("CSV", "higher", 0, "2024-01-01", Target("2024-01-11", 100)));
        await AddValueAsync(client, indicator.Id, "2024-01-06", 55);

        var response = await app.Anonymous().GetAsync("/api/v1/indicators?asOf=2024-01-07&format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("date,code,name,unit,direction,status,actual,actual_date,expected,next_target,next_target_date,source", lines[0]);
        Assert.StartsWith("#date,#indicator+code,#indicator+name", lines[1]);
        Assert.Equal("2024-01-07,CSV,Indicator CSV,points,higher,on-track,55,2024-01-06,50,100,2024-01-11,Test report figure", lines[2]);
    }

    [Fact]
    public async Task List_AsXlsx_ReadsBackWithFiguresAsNumbers()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(client, Entered("XL", "lower", 100, "2024-01-01", Target("2024-01-11", 0)));
        await AddValueAsync(client, indicator.Id, "2024-01-06", 61);

        var response = await app.Anonymous().GetAsync("/api/v1/indicators?asOf=2024-01-06&format=xlsx");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        // The second row holds the HXL hashtags, as in the CSV.
        Assert.Equal("#indicator+code", rows[0]["code"]);
        var row = Assert.Single(rows.Skip(1));

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("XL", "off-track"), (row["code"], row["status"]));
        Assert.Equal(61m, Convert.ToDecimal(row["actual"], CultureInfo.InvariantCulture));
        Assert.Equal(50m, Convert.ToDecimal(row["expected"], CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2024, 1, 6), Convert.ToDateTime(row["actual_date"], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/api/v1/indicators?asOf=9999-12-31")]
    [InlineData("/api/v1/indicators/1?asOf=1066-10-14")]
    public async Task ADateFarOff_IsRefused_NamingAsOf(string path)
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("between 1990-01-01 and 2100-12-31", Assert.Single((await response.ReadProblemAsync()).Errors["asOf"]));
    }

    [Fact]
    public async Task List_InAnUnknownFormat_NamesTheFormat()
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/api/v1/indicators?format=pdf");
        Assert.Equal(["format must be json, csv or xlsx, not \"pdf\"."], (await response.ReadProblemAsync()).Errors["format"]);
    }
}
