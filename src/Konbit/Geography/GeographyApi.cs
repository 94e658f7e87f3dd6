using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Konbit.Geography;

/// <summary>An admin unit on the wire, without its boundary.</summary>
public sealed record AdminUnitDto(string Pcode, int Level, string? Parent, string NameFr, string? NameEn, string? NameHt,
    double Latitude, double Longitude, bool HasBoundary);

/// <summary>The units that hold a point, at each level; null where none does or no boundary of that level is loaded.</summary>
public sealed record PlacementDto(AdminUnitDto? Adm1, AdminUnitDto? Adm2, AdminUnitDto? Adm3);

/// <summary>/api/v1/geo: admin units and their boundaries for the map; the place lookup service.</summary>
public static class GeographyApi
{
    public static IServiceCollection AddGeography(this IServiceCollection services) =>
        services.AddSingleton<PlaceLookup>().AddScoped<BoundaryImport>();

    public static void MapGeographyApi(this IEndpointRouteBuilder app)
    {
        var geo = app.MapGroup("/api/v1/geo").WithTags("Geography").RequireAuthorization(Policies.Read);
        geo.MapGet("/units", Units).Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        geo.MapGet("/lookup", Lookup);
    }

    /// <summary>
    /// The units of a level as GeoJSON, boundaries included (megabytes for the communal sections). Browsers keep it
    /// and revalidate with the ETag, which comes from a cheap summary of the level, so an unchanged level costs a 304.
    /// </summary>
    static async Task<Results<PushStreamHttpResult, StatusCodeHttpResult, ValidationProblem>> Units(
        HttpContext http, KonbitDb db, CancellationToken ct, int level = 1)
    {
        if (level is < 1 or > 3) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["level"] = [$"level must be 1 (departments), 2 (communes) or 3 (communal sections), not {level}."] });
        var fingerprint = await PlaceLookup.FingerprintAsync(db, ct, level);
        var etag = $"\"{level}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16]}\"";
        // Private: with Konbit:PublicRead=false the answer is for signed-in users only, so no shared cache may keep it.
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        var units = db.AdminUnits.AsNoTracking().Where(u => u.Level == level).OrderBy(u => u.Pcode).AsAsyncEnumerable();
        return TypedResults.Stream(async body =>
        {
            await using var json = new Utf8JsonWriter(body);
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            await foreach (var unit in units.WithCancellation(ct))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", unit.Pcode);
                json.WritePropertyName("geometry");
                if (unit.GeometryJson is not null) json.WriteRawValue(unit.GeometryJson, skipInputValidation: true);
                else
                {
                    json.WriteStartObject();
                    json.WriteString("type", "Point");
                    json.WriteStartArray("coordinates");
                    json.WriteNumberValue(unit.Longitude);
                    json.WriteNumberValue(unit.Latitude);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WritePropertyName("properties");
                JsonSerializer.Serialize(json, Dto(unit), JsonSerializerOptions.Web);
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024) await json.FlushAsync(ct);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, "application/geo+json");
    }

    /// <summary>`?lat=..&amp;lon=..`: the units holding the point. `?name=..[&amp;level=..][&amp;within=..]`: the unit of that name (any level when none is given, departments first).</summary>
    static async Task<Results<Ok<PlacementDto>, Ok<AdminUnitDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> Lookup(
        KonbitDb db, PlaceLookup places, CancellationToken ct, double? lat = null, double? lon = null, string? name = null, int? level = null, string? within = null)
    {
        var point = lat is not null || lon is not null;
        if (point == !string.IsNullOrWhiteSpace(name))
            return Invalid("query", "Give either lat and lon (a point) or name (a place name), not both.");
        if (level is not null and (< 1 or > 3)) return Invalid("level", $"level must be 1, 2 or 3, not {level}.");
        var gazetteer = await places.CurrentAsync(db, ct);
        if (point)
        {
            if (lat is not (>= -90 and <= 90)) return Invalid("lat", lat is null ? "lat is required with lon." : $"lat {lat} is not a latitude (-90 to 90).");
            if (lon is not (>= -180 and <= 180)) return Invalid("lon", lon is null ? "lon is required with lat." : $"lon {lon} is not a longitude (-180 to 180).");
            var placement = gazetteer.Locate(lat.Value, lon.Value);
            AdminUnitDto? Of(string? pcode) => gazetteer.Get(pcode) is { } unit ? Dto(unit) : null;
            return TypedResults.Ok(new PlacementDto(Of(placement.Adm1), Of(placement.Adm2), Of(placement.Adm3)));
        }
        var found = (level is { } only ? [only] : new[] { 1, 2, 3 }).Select(l => gazetteer.Find(l, name!, within)).FirstOrDefault(u => u is not null);
        if (found is null)
            return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status404NotFound, Title = "Place not found",
                Detail = $"No {(level is { } n ? BoundaryFile.Noun(n, 1) : "admin unit")} is named \"{name}\"{(within is null ? "" : $" within {within}")}, or several are and nothing tells them apart (give within=parent P-code).",
            });
        return TypedResults.Ok(Dto(found));
    }

    static ValidationProblem Invalid(string field, string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    static AdminUnitDto Dto(AdminUnit u) => new(u.Pcode, u.Level, u.ParentPcode, u.NameFr, u.NameEn, u.NameHt, u.Latitude, u.Longitude, u.GeometryJson is not null);
}
