using System.Net;
using Konbit.Accounts;
using Konbit.Humanitarian;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Humanitarian.Fixtures;

namespace Konbit.Tests.Humanitarian;

/// <summary>POST /api/v1/humanitarian/imports: each format recognised from its content, on a fresh database.</summary>
public sealed class ImportTests
{
    [Fact]
    public async Task DtmApiJson_IsRecognised_AndRowsSplitByOriginAreSummedPerDate()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var result = await ImportAsync<HumanitarianImportResult>(client, NationalJson, "dtm_admin0.json");

        Assert.Equal(("IOM DTM API JSON", "country", 4, 2, 2, 0), (result.Format, result.Level, result.Rows, result.Figures, result.Added, result.Replaced));
        var series = await (await client.GetAsync("/api/v1/humanitarian/displacement?level=country")).ReadAsync<List<DisplacementPoint>>();
        Assert.Equal([new(new(2024, 9, 30), "HTI", 1000), new(new(2025, 6, 30), "HTI", 2000)], series);
        var stored = await app.WithDbAsync(db => db.DisplacementFigures.SingleAsync(f => f.ReportingDate == new DateOnly(2024, 9, 30)));
        Assert.Equal((8, "Countrywide monitoring", "dtm_admin0.json"), (stored.Round, stored.Operation, stored.SourceFile));
    }

    [Fact]
    public async Task TheSameFile_ImportedTwiceAtOnce_StoresEachFigureOnce_AndBothImportsSucceed()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => UploadAsync(client, NationalJson, "dtm_admin0.json")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(2, await app.WithDbAsync(db => db.DisplacementFigures.CountAsync()));
    }

    [Fact]
    public async Task DtmCsv_ByDepartment_IsRecognised_AndSummed_AndReimportReplacesInsteadOfDuplicating()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var first = await ImportAsync<HumanitarianImportResult>(client, DepartmentsCsv, "dtm_admin1.csv");
        Assert.Equal(("IOM DTM CSV", "adm1", 4, 3), (first.Format, first.Level, first.Rows, first.Added));

        var again = await ImportAsync<HumanitarianImportResult>(client, DepartmentsCsv.Replace(",700,", ",750,", StringComparison.Ordinal), "dtm_admin1.csv");

        Assert.Equal((0, 3), (again.Added, again.Replaced));
        var series = await (await client.GetAsync("/api/v1/humanitarian/displacement?level=adm1")).ReadAsync<List<DisplacementPoint>>();
        Assert.Equal([new(new(2024, 9, 30), "HT01", 400), new(new(2025, 6, 30), "HT01", 500), new(new(2025, 6, 30), "HT05", 750)], series);
        var ouest = await (await client.GetAsync("/api/v1/humanitarian/displacement?level=adm1&pcode=ht01")).ReadAsync<List<DisplacementPoint>>();
        Assert.Equal([400, 500], ouest.Select(p => p.Idps));
        // One audit entry per import, none per figure.
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "HumanitarianImport" || a.EntityType == nameof(DisplacementFigure)).CountAsync());
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task DtmRows_WithUnknownPcodes_AreReportedByLineAndCode_AndLeftOut()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var result = await ImportAsync<HumanitarianImportResult>(client, CommunesCsv, "dtm_admin2.csv");

        Assert.Equal(("adm2", 3, 2), (result.Level, result.Rows, result.Figures));
        Assert.Equal([new UnknownPcode("line 3", "HT9911")], result.UnknownPcodes);
        var pcodes = await app.WithDbAsync(db => db.DisplacementFigures.Select(f => f.Pcode).OrderBy(p => p).ToListAsync());
        Assert.Equal(["HT0111", "HT0531"], pcodes);
    }

    [Fact]
    public async Task IpcHdxCsv_IsRecognised_ByPeriodAndArea_WithDepartmentsMappedToPcodes()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var result = await ImportAsync<HumanitarianImportResult>(client, Ipc, "ipc_hti_area_long.csv");
        Assert.Equal(("IPC HDX CSV", 10, 3), (result.Format, result.Rows, result.Figures));
        var again = await ImportAsync<HumanitarianImportResult>(client, Ipc, "ipc_hti_area_long.csv");
        Assert.Equal((0, 3), (again.Added, again.Replaced));

        var periods = await (await client.GetAsync("/api/v1/humanitarian/food-insecurity")).ReadAsync<List<FoodInsecurityPeriod>>();
        var current = periods.Single(p => p.AnalysisType == "current");
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 28), 65, 2), (current.Start, current.End, current.Phase3Plus, current.Areas.Count));
        var nippes = current.Areas.Single(a => a.Area == "Nippes HT01");
        Assert.Equal(new FoodInsecurityArea("Nippes HT01", "Nippes", "HT10", 100, 20, 40, 30, 10, 0, 40), nippes);
        Assert.Equal("HT01", current.Areas.Single(a => a.Area == "Delmas, Petion Ville P+TP").Pcode);
        Assert.Equal(45, periods.Single(p => p.AnalysisType == "first projection").Phase3Plus);
    }

    [Fact]
    public async Task IpcCsv_WithoutItsHashtagRow_IsRefusedWithTheMessage_AndNothingIsStored()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var response = await UploadAsync(client, IpcWithoutTags, "ipc.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await response.ReadProblemAsync()).Errors["file"]);
        Assert.StartsWith("ipc.csv: line 2: expected the HXL hashtag row (#loc+area, #date+start", message);
        Assert.Equal(0, await app.WithDbAsync(db => db.FoodInsecurityFigures.CountAsync()));
    }

    [Fact]
    public async Task AFileWithOneBadRow_StoresNothing_AndSaysWhereAndWhich()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var response = await UploadAsync(client, DepartmentsCsv.Replace(",700,", ",seven hundred,", StringComparison.Ordinal).Replace("2024-09-30T00", "2024-13-30T00", StringComparison.Ordinal), "dtm.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["dtm.csv: line 4, numPresentIdpInd: \"seven hundred\" is not a count of people.", "dtm.csv: line 5, reportingDate: \"2024-13-30T00:00:00\" is not a date (yyyy-mm-dd)."],
            (await response.ReadProblemAsync()).Errors["file"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.DisplacementFigures.CountAsync()));
    }

    [Fact]
    public async Task AnUnrelatedFile_IsNotRecognised()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);

        var csv = await UploadAsync(client, "iso3,adm1_pcode,adm1_name\nHTI,HT01,Ouest\n", "pcodes.csv");
        var json = await UploadAsync(client, "{\"type\": \"FeatureCollection\", \"features\": []}", "units.json");

        Assert.Contains("pcodes.csv: not recognised: expected IOM DTM figures", (await csv.ReadProblemAsync()).Errors["file"][0]);
        Assert.Contains("units.json: JSON, but not the DTM API's answer", (await json.ReadProblemAsync()).Errors["file"][0]);
    }
}
