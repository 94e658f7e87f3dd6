using System.Net;
using System.Net.Http.Json;
using Konbit.Geography;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Geography.BoundaryImportTests;
using static Konbit.Tests.Geography.Fixtures;

namespace Konbit.Tests.Geography;

public sealed class GeographyApiTests
{
    [Fact]
    public async Task Units_OnAFreshDatabase_AreTheTenDepartmentsAsPoints()
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync("/api/v1/geo/units?level=1");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var units = (await response.Content.ReadFromJsonAsync<FeatureCollectionDto>())!;
        Assert.Equal("FeatureCollection", units.Type);
        Assert.Equal(10, units.Features.Count);
        Assert.All(units.Features, f => Assert.Equal(("Feature", "Point", false, 1), (f.Type, f.Geometry.Type, f.Properties.HasBoundary, f.Properties.Level)));
        var ouest = units.Features[0].Properties;
        Assert.Equal(("HT01", "HT", "Ouest", "West", "Lwès"), (ouest.Pcode, ouest.Parent, ouest.NameFr, ouest.NameEn, ouest.NameHt));
    }

    [Fact]
    public async Task Units_AfterAnImport_AreTheBoundaries_AndRevalidateWithTheirETag()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = app.Anonymous();
        var empty = await client.GetAsync("/api/v1/geo/units?level=2");
        await ImportAsync(app, FeatureCollection(Communes));

        var response = await client.GetAsync("/api/v1/geo/units?level=2");
        var units = (await response.Content.ReadFromJsonAsync<FeatureCollectionDto>())!;
        Assert.Equal(["HT0531", "HT0532", "HT0533"], units.Features.Select(f => f.Id));
        Assert.All(units.Features, f => Assert.Equal(("Polygon", true), (f.Geometry.Type, f.Properties.HasBoundary)));
        Assert.Contains("no-cache", response.Headers.CacheControl!.ToString());
        var etag = response.Headers.ETag!;
        Assert.NotEqual(empty.Headers.ETag, etag);

        var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/geo/units?level=2");
        revalidate.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await ImportAsync(app, FeatureCollection(Communes[0]), "smaller.geojson");
        revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/geo/units?level=2");
        revalidate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(revalidate)).StatusCode);
    }

    [Fact]
    public async Task Lookup_ByPointOrName_FindsTheUnits()
    {
        await using var app = await KonbitApp.StartAsync();
        await ImportAsync(app, FeatureCollection(Communes));
        var client = app.Anonymous();

        var placement = await (await client.GetAsync("/api/v1/geo/lookup?lat=19.05&lon=-72.65")).ReadAsync<PlacementDto>();
        Assert.Equal(("HT05", "HT0532", null), (placement.Adm1?.Pcode, placement.Adm2?.Pcode, placement.Adm3));

        Assert.Equal("HT0533", (await (await client.GetAsync("/api/v1/geo/lookup?name=Pont%20Sonde&level=2")).ReadAsync<AdminUnitDto>()).Pcode);
        Assert.Equal("HT0531", (await (await client.GetAsync("/api/v1/geo/lookup?name=St%20Marc&within=HT05")).ReadAsync<AdminUnitDto>()).Pcode);
        Assert.Equal("HT08", (await (await client.GetAsync("/api/v1/geo/lookup?name=Grande-Anse")).ReadAsync<AdminUnitDto>()).Pcode);

        var missing = await client.GetAsync("/api/v1/geo/lookup?name=St%20Marc&level=2&within=HT01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("No commune is named \"St Marc\" within HT01", (await missing.ReadProblemAsync()).Detail);
    }

    [Theory]
    [InlineData("/api/v1/geo/units?level=4", "level")]
    [InlineData("/api/v1/geo/lookup", "query")]
    [InlineData("/api/v1/geo/lookup?lat=19&lon=-72&name=Hinche", "query")]
    [InlineData("/api/v1/geo/lookup?lat=19", "lon")]
    [InlineData("/api/v1/geo/lookup?lat=95&lon=-72", "lat")]
    [InlineData("/api/v1/geo/lookup?name=Hinche&level=0", "level")]
    public async Task BadQueries_Get400NamingTheParameter(string url, string field)
    {
        await using var app = await KonbitApp.StartAsync();
        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblemAsync()).Errors.Keys);
    }
}
