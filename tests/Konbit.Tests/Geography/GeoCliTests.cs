using System.Net.Http.Json;
using Konbit.Geography;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Cli.CliTests;
using static Konbit.Tests.Geography.Fixtures;

namespace Konbit.Tests.Geography;

/// <summary>`konbit geo import` as a real process on a running server's data: the server's cache notices the new units.</summary>
public sealed class GeoCliTests
{
    [Fact]
    public async Task GeoImport_LoadsTheFile_AndTheRunningServerLocatesWithIt()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        Assert.Null((await (await client.GetAsync("/api/v1/geo/lookup?lat=19.05&lon=-72.75")).ReadAsync<PlacementDto>()).Adm2);
        var file = Path.Combine(Path.GetTempPath(), $"communes-{Guid.NewGuid():N}.geojson");
        try
        {
            await File.WriteAllTextAsync(file, FeatureCollection(Communes));
            var import = await KonbitAsync(app.Settings, "geo", "import", file);

            Assert.True(import.ExitCode == 0, import.Output);
            Assert.Contains($"Imported 3 communes (level 2) from {Path.GetFileName(file)}; replaced 0.", import.Output);
            var placement = await (await client.GetAsync("/api/v1/geo/lookup?lat=19.05&lon=-72.75")).ReadAsync<PlacementDto>();
            Assert.Equal("Saint-Marc", placement.Adm2?.NameFr);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task GeoImport_OfABadFile_ExitsWithTheProblemAndImportsNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.geojson");
        try
        {
            await File.WriteAllTextAsync(file, FeatureCollection(Communes[0], Communes[1] with { Pcode = "HTO532" }));
            var import = await KonbitAsync(app.Settings, "geo", "import", file);

            Assert.Equal(1, import.ExitCode);
            Assert.Contains("Feature 2: ADM2_PCODE \"HTO532\" is not shaped like a Haitian commune P-code", import.Output);
            Assert.Contains("Nothing was imported.", import.Output);
            var units = await (await app.Anonymous().GetAsync("/api/v1/geo/units?level=2")).Content.ReadFromJsonAsync<FeatureCollectionDto>();
            Assert.Empty(units!.Features);

            var missing = await KonbitAsync(app.Settings, "geo", "import", file + ".absent");
            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("does not exist", missing.Output);
        }
        finally { File.Delete(file); }
    }
}

/// <summary>What the tests read back of /api/v1/geo/units.</summary>
sealed record FeatureCollectionDto(string Type, List<FeatureDto> Features);

sealed record FeatureDto(string Type, string Id, GeometryDto Geometry, AdminUnitDto Properties);

sealed record GeometryDto(string Type);
