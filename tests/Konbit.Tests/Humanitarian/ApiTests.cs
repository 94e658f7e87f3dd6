using System.Net;
using System.Text.Json;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Humanitarian.Fixtures;

namespace Konbit.Tests.Humanitarian;

/// <summary>The reading side of /api/v1/humanitarian, and who may upload.</summary>
public sealed class ApiTests
{
    [Fact]
    public async Task DisplacementSeries_IsDatePcodeIdpsRecords_AndCsvCarriesHxlTags()
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync<JsonElement>(await app.ClientAsAsync(Roles.Coordinator), DepartmentsCsv, "dtm.csv");
        var reader = app.Anonymous();

        var json = await reader.GetStringAsync("/api/v1/humanitarian/displacement?level=adm1");
        Assert.Equal("""[{"date":"2024-09-30","pcode":"HT01","idps":400},{"date":"2025-06-30","pcode":"HT01","idps":500},{"date":"2025-06-30","pcode":"HT05","idps":700}]""", json);

        var csv = await reader.GetAsync("/api/v1/humanitarian/displacement?level=adm1&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("date,pcode,idps\r\n#date+reported,#adm1+code,#affected+idps+ind\r\n2024-09-30,HT01,400\r\n2025-06-30,HT01,500\r\n2025-06-30,HT05,700\r\n",
            await csv.Content.ReadAsStringAsync());

        var bad = await reader.GetAsync("/api/v1/humanitarian/displacement?level=adm3");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("level", (await bad.ReadProblemAsync()).Errors.Keys);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Upload_WithAContentTypeAnHtmlFormCanSend_Returns415(string contentType)
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var body = Body(DepartmentsCsv);
        body.Headers.Remove("Content-Type");
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/api/v1/humanitarian/imports?fileName=dtm.csv", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AsAViewer_Returns403()
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await UploadAsync(await app.ClientAsAsync(Roles.Viewer), DepartmentsCsv, "dtm.csv");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ThePage_ShowsTheLatestFigurePerDepartment_AndPhase3PlusByPeriod_FromADataIsland()
    {
        await using var app = await KonbitApp.StartAsync();
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        await ImportAsync<JsonElement>(coordinator, DepartmentsCsv, "dtm.csv");
        await ImportAsync<JsonElement>(coordinator, Ipc, "ipc.csv");

        var html = await app.Anonymous().GetStringAsync("/Humanitarian");

        Assert.Contains("<script type=\"application/json\" id=\"displacement-data\">", html);
        Assert.Contains("<th scope=\"row\">Artibonite <span class=\"muted\">HT05</span></th><td>2025-06-30</td><td class=\"num\">700</td>", html);
        Assert.Contains("<strong data-testid=\"ipc-phase3plus\">65</strong>", html);
        Assert.DoesNotContain("<script>", html);
    }
}
