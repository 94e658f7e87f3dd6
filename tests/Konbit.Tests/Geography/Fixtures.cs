using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Konbit.Geography;

namespace Konbit.Tests.Geography;

/// <summary>Small made-up boundaries: square communes in Artibonite (HT05), each 0.1 degree across.</summary>
static class Fixtures
{
    /// <summary>A commune (or section) as a square whose south-west corner is at (lat, lon).</summary>
    public sealed record Square(string Pcode, string NameFr, double Lat, double Lon, string? NameEn = null, string? NameHt = null, double Size = 0.1);

    /// <summary>Saint-Marc and Verrettes side by side, Pont-Sondé to the north (names as a file would spell them).</summary>
    public static readonly Square[] Communes =
    [
        new("HT0531", "Saint-Marc", 19.0, -72.8, NameHt: "Sen Mak"),
        new("HT0532", "Verrettes", 19.0, -72.7),
        new("HT0533", "Pont-Sondé", 19.1, -72.8),
    ];

    /// <summary>A point inside the square.</summary>
    public static (double Lat, double Lon) Inside(Square s) => (s.Lat + s.Size / 2, s.Lon + s.Size / 2);

    /// <summary>An OCHA COD-AB style FeatureCollection of communes (level 2), or of sections when the P-codes say so.</summary>
    public static string FeatureCollection(params Square[] squares) =>
        new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(squares.Select(s => (JsonNode)Feature(s)).ToArray()),
        }.ToJsonString();

    public static JsonObject Feature(Square s)
    {
        var level = s.Pcode.Length == 4 ? 1 : s.Pcode.Contains('-') ? 3 : 2;
        var properties = new JsonObject { ["Shape_Area"] = s.Size * s.Size, ["ADM0_PCODE"] = "HT", ["ADM1_PCODE"] = s.Pcode[..4], ["ADM1_FR"] = "Artibonite" };
        if (level >= 2) properties["ADM2_PCODE"] = s.Pcode[..6];
        properties[$"ADM{level}_PCODE"] = s.Pcode;
        properties[$"ADM{level}_FR"] = s.NameFr;
        properties[$"ADM{level}_EN"] = s.NameEn ?? s.NameFr;
        properties[$"ADM{level}_HT"] = s.NameHt ?? "";
        return new JsonObject { ["type"] = "Feature", ["properties"] = properties, ["geometry"] = JsonNode.Parse(Ring(s)) };
    }

    static string Ring(Square s)
    {
        string P(double lat, double lon) => string.Create(CultureInfo.InvariantCulture, $"[{lon},{lat}]");
        var (n, e) = (s.Lat + s.Size, s.Lon + s.Size);
        return $$"""{"type":"Polygon","coordinates":[[{{P(s.Lat, s.Lon)}},{{P(s.Lat, e)}},{{P(n, e)}},{{P(n, s.Lon)}},{{P(s.Lat, s.Lon)}}]]}""";
    }

    /// <summary>The same squares as admin units, for the gazetteer without a database.</summary>
    public static AdminUnit Unit(Square s)
    {
        var level = s.Pcode.Length == 4 ? 1 : s.Pcode.Contains('-') ? 3 : 2;
        var (lat, lon) = Inside(s);
        return new AdminUnit
        {
            Pcode = s.Pcode, Level = level, ParentPcode = level switch { 1 => "HT", 2 => s.Pcode[..4], _ => s.Pcode[..6] }, NameFr = s.NameFr, NameEn = s.NameEn, NameHt = s.NameHt,
            Latitude = lat, Longitude = lon, GeometryJson = Ring(s), Origin = "test",
        };
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
