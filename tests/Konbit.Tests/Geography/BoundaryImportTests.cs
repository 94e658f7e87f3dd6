using System.Text;
using System.Text.Json.Nodes;
using Konbit.Geography;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Konbit.Tests.Geography.Fixtures;

namespace Konbit.Tests.Geography;

/// <summary>The built-in departments and `BoundaryImport`, on a fresh database of each provider.</summary>
public sealed class BoundaryImportTests
{
    internal static async Task<(BoundaryImportResult? Result, List<string> Errors)> ImportAsync(KonbitApp app, string content, string fileName = "communes.geojson")
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoundaryImport>().RunAsync(Encoding.UTF8.GetBytes(content), fileName, CancellationToken.None);
    }

    static Task<Gazetteer> GazetteerAsync(KonbitApp app) =>
        app.WithDbAsync(db => app.Services.GetRequiredService<PlaceLookup>().CurrentAsync(db, CancellationToken.None));

    static Task<List<AdminUnit>> UnitsAsync(KonbitApp app, int level) =>
        app.WithDbAsync(db => db.AdminUnits.AsNoTracking().Where(u => u.Level == level).OrderBy(u => u.Pcode).ToListAsync());

    [Fact]
    public async Task AFreshDatabase_HoldsTheTenDepartments_WithNamesAndPoints()
    {
        await using var app = await KonbitApp.StartAsync();
        var departments = await UnitsAsync(app, 1);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"HT{n:00}"), departments.Select(d => d.Pcode));
        Assert.All(departments, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.NameFr));
            Assert.False(string.IsNullOrWhiteSpace(d.NameEn));
            Assert.False(string.IsNullOrWhiteSpace(d.NameHt));
            Assert.True(PlaceLookup.InsideHaiti(d.Latitude, d.Longitude), d.Pcode);
            Assert.Null(d.GeometryJson);
            Assert.Equal("built-in", d.Origin);
        });
        Assert.Equal("Ouest", departments[0].NameFr);

        var gazetteer = await GazetteerAsync(app);
        Assert.Equal("HT08", gazetteer.Find(1, "Grande-Anse")?.Pcode);
        Assert.Equal(new Placement(null, null, null), gazetteer.Locate(departments[0].Latitude, departments[0].Longitude));
    }

    [Fact]
    public async Task ImportingCommunes_LetsLocateFindThem()
    {
        await using var app = await KonbitApp.StartAsync();
        Assert.Null((await GazetteerAsync(app)).Locate(19.05, -72.75).Adm2);

        var (result, errors) = await ImportAsync(app, FeatureCollection(Communes));

        Assert.Empty(errors);
        Assert.Equal("Imported 3 communes (level 2) from communes.geojson; replaced 0.", result!.ToString());
        var gazetteer = await GazetteerAsync(app);
        foreach (var commune in Communes)
        {
            var (lat, lon) = Inside(commune);
            Assert.Equal(commune.Pcode, gazetteer.Locate(lat, lon).Adm2);
        }
        var saintMarc = (await UnitsAsync(app, 2)).Single(u => u.Pcode == "HT0531");
        Assert.Equal(("HT05", "Saint-Marc", "Sen Mak"), (saintMarc.ParentPcode, saintMarc.NameFr, saintMarc.NameHt));
        Assert.InRange(saintMarc.Latitude, 19.0, 19.1);
        Assert.InRange(saintMarc.Longitude, -72.8, -72.7);
        Assert.StartsWith("communes.geojson sha256:", saintMarc.Origin);
        Assert.Equal(10, (await UnitsAsync(app, 1)).Count);
    }

    [Fact]
    public async Task ReimportingALevel_ReplacesItsUnits_AndSameFileTwiceChangesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync(app, FeatureCollection(Communes));
        var auditedAfterFirst = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(AdminUnit)));
        Assert.Equal(3, auditedAfterFirst);
        Assert.DoesNotContain("coordinates", await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(AdminUnit)).Select(a => a.After).FirstAsync()));

        var again = await ImportAsync(app, FeatureCollection(Communes));
        Assert.Equal(3, again.Result!.Replaced);
        Assert.Equal(auditedAfterFirst, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(AdminUnit))));

        // Saint-Marc grows westwards, Verrettes is gone, La Chapelle is new.
        var (result, _) = await ImportAsync(app, FeatureCollection(Communes[0] with { Lon = -72.9, Size = 0.2 }, Communes[2], new Square("HT0534", "La Chapelle", 19.2, -72.8)), "communes-2.geojson");

        Assert.Equal("Imported 3 communes (level 2) from communes-2.geojson; replaced 3, of which 1 are not in the file and were removed.", result!.ToString());
        Assert.Equal(["HT0531", "HT0533", "HT0534"], (await UnitsAsync(app, 2)).Select(u => u.Pcode));
        var gazetteer = await GazetteerAsync(app);
        Assert.Equal("HT0531", gazetteer.Locate(19.05, -72.85).Adm2);
        Assert.Equal("HT0534", gazetteer.Locate(19.25, -72.75).Adm2);
        Assert.Null(gazetteer.Find(2, "Verrettes"));
    }

    [Fact]
    public async Task ImportingDepartments_ReplacesTheBuiltInOnes_AndLocateAnswersLevelOne()
    {
        await using var app = await KonbitApp.StartAsync();
        var (result, errors) = await ImportAsync(app, FeatureCollection(new Square("HT05", "Artibonite", 18.9, -72.9, NameHt: "Latibonit", Size: 0.5)), "hti_adm1.geojson");

        Assert.Empty(errors);
        Assert.Equal("Imported 1 department (level 1) from hti_adm1.geojson; replaced 10, of which 9 are not in the file and were removed.", result!.ToString());
        var artibonite = Assert.Single(await UnitsAsync(app, 1));
        Assert.Equal(("HT", "Latibonit"), (artibonite.ParentPcode, artibonite.NameHt));
        Assert.Equal("HT05", (await GazetteerAsync(app)).Locate(19.0, -72.5).Adm1);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "ADM2_PCODE,ADM2_FR\nHT0531,Saint-Marc", "bad.geojson is not JSON" },
        { """{"type":"FeatureCollection","features":[{"type":"Feature",""", "bad.geojson is not JSON" },
        { Feature(Communes[0]).ToJsonString(), "bad.geojson is not a GeoJSON FeatureCollection (its type is \"Feature\")" },
        { """{"type":"FeatureCollection","features":[]}""", "bad.geojson holds no features" },
        { With(1, p => p.Remove("ADM2_PCODE")), "Feature 2: ADM2_PCODE is missing" },
        { With(1, p => p["ADM2_PCODE"] = "HT531"), "Feature 2: ADM2_PCODE \"HT531\" is not shaped like a Haitian commune P-code" },
        { With(1, p => p["ADM2_PCODE"] = "DO0531"), "Feature 2: ADM2_PCODE \"DO0531\" is not shaped like a Haitian commune P-code" },
        { With(1, p => p["ADM1_PCODE"] = "HT01"), "Feature 2 (HT0532): ADM1_PCODE HT01 is not the parent of HT0532" },
        { With(1, p => { p.Remove("ADM2_FR"); p.Remove("ADM2_EN"); p.Remove("ADM2_HT"); }), "Feature 2 (HT0532): ADM2_FR is missing" },
        { With(2, p => p["ADM2_PCODE"] = "HT0531"), "Feature 3: ADM2_PCODE HT0531 appears again (first in feature 1)" },
        { WithGeometry(1, null), "Feature 2 (HT0532): geometry is missing" },
        { WithGeometry(1, """{"type":"Point","coordinates":[-72.7,19.0]}"""), "Feature 2 (HT0532): geometry is a Point; a boundary is a Polygon or MultiPolygon" },
        { WithGeometry(1, """{"type":"Polygon","coordinates":[[[-72.7,19.0],[-72.6]]]}"""), "Feature 2 (HT0532): geometry is not valid GeoJSON" },
        { WithGeometry(1, """{"type":"Polygon","coordinates":[[[19.0,-72.7],[19.0,-72.6],[19.1,-72.6],[19.0,-72.7]]]}"""), "Feature 2 (HT0532): geometry lies outside Haiti" },
        { """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM0_PCODE":"HT"},"geometry":null}]}""", "no feature has an ADM1_PCODE, ADM2_PCODE or ADM3_PCODE property" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task ABadFile_IsRefusedWithItsProblem_AndLeavesThePreviousUnitsUntouched(string content, string message)
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync(app, FeatureCollection(Communes[0]));
        var before = await UnitsAsync(app, 2);

        var (result, errors) = await ImportAsync(app, content, "bad.geojson");

        Assert.Null(result);
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        var after = await UnitsAsync(app, 2);
        Assert.Equal(before.Select(u => (u.Pcode, u.NameFr, u.GeometryJson, u.Origin)), after.Select(u => (u.Pcode, u.NameFr, u.GeometryJson, u.Origin)));
        Assert.Equal(10, (await UnitsAsync(app, 1)).Count);
    }

    static string With(int index, Action<JsonObject> change)
    {
        var collection = JsonNode.Parse(FeatureCollection(Communes))!;
        change(collection["features"]![index]!["properties"]!.AsObject());
        return collection.ToJsonString();
    }

    static string WithGeometry(int index, string? geometry)
    {
        var collection = JsonNode.Parse(FeatureCollection(Communes))!;
        collection["features"]![index]!["geometry"] = geometry is null ? null : JsonNode.Parse(geometry);
        return collection.ToJsonString();
    }
}
