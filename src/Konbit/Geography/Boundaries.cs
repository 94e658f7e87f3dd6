using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Konbit.Geography;

/// <summary>Reads the GeoJSON geometries stored in <see cref="AdminUnit.GeometryJson"/> and in imported files.</summary>
public static class Boundaries
{
    /// <summary>WGS84, as GeoJSON always is.</summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    public static Geometry? Parse(string json) => JsonSerializer.Deserialize<Geometry>(json, Json);

    public static Geometry? Parse(JsonElement element) => element.Deserialize<Geometry>(Json);

    public static string Write(Geometry geometry) => JsonSerializer.Serialize(geometry, Json);
}
