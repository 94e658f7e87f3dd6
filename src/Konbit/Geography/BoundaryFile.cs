using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Konbit.Geography;

/// <summary>
/// An OCHA COD-AB boundary file (GeoJSON FeatureCollection with ADM1_PCODE, ADM1_FR, ADM1_EN, ADM1_HT, ADM2_PCODE...
/// properties) read into admin units of one level: the deepest ADMn_PCODE the file holds.
/// </summary>
public sealed partial record BoundaryFile(int Level, IReadOnlyList<AdminUnit> Units)
{
    const int MaxErrors = 20;

    /// <summary>What each level is called in messages.</summary>
    public static string Noun(int level, int count) => (level, count == 1) switch
    {
        (1, true) => "department", (1, false) => "departments",
        (2, true) => "commune", (2, false) => "communes",
        (_, true) => "communal section", _ => "communal sections",
    };

    /// <summary>The file's units, or every problem found (up to 20), each naming the feature and the property.</summary>
    public static (BoundaryFile? File, List<string> Errors) Read(byte[] content, string fileName)
    {
        var errors = new List<string>();
        JsonDocument document;
        try { document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e) { return (null, [$"{fileName} is not JSON: {e.Message}"]); }
        using var _ = document;

        var root = document.RootElement;
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            return (null, [$"{fileName} is not a GeoJSON FeatureCollection ({(type is null ? "it has no \"type\"" : $"its type is \"{type}\"")}): export the boundaries as a FeatureCollection of Polygon features."]);
        if (features.GetArrayLength() == 0) return (null, [$"{fileName} holds no features."]);

        var level = DeepestLevel(features);
        if (level == 0)
            return (null, [$"{fileName}: no feature has an ADM1_PCODE, ADM2_PCODE or ADM3_PCODE property, so it holds no departments, communes or communal sections."]);

        var origin = Origin(content, fileName);
        var units = new List<AdminUnit>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var feature in features.EnumerateArray())
        {
            number++;
            if (errors.Count >= MaxErrors) break;
            if (ReadFeature(feature, level, $"Feature {number}", origin, errors) is not { } unit) continue;
            if (seen.TryGetValue(unit.Pcode, out var first)) errors.Add($"Feature {number}: ADM{level}_PCODE {unit.Pcode} appears again (first in feature {first}).");
            else { seen[unit.Pcode] = number; units.Add(unit); }
        }
        return errors.Count > 0 ? (null, errors) : (new BoundaryFile(level, units), errors);
    }

    static int DeepestLevel(JsonElement features)
    {
        var level = 0;
        foreach (var feature in features.EnumerateArray())
            if (Properties(feature) is { } properties)
                for (var n = 3; n > level; n--)
                    if (Text(properties, $"ADM{n}_PCODE") is not null) { level = n; break; }
        return level;
    }

    static AdminUnit? ReadFeature(JsonElement feature, int level, string where, string origin, List<string> errors)
    {
        if (Properties(feature) is not { } properties) { errors.Add($"{where} has no \"properties\" object."); return null; }
        var pcodeProperty = $"ADM{level}_PCODE";
        var pcode = Text(properties, pcodeProperty)?.ToUpperInvariant();
        if (pcode is null) { errors.Add($"{where}: {pcodeProperty} is missing."); return null; }
        if (!Shape(level).IsMatch(pcode)) { errors.Add($"{where}: {pcodeProperty} \"{pcode}\" is not shaped like a Haitian {Noun(level, 1)} P-code ({Example(level)})."); return null; }
        where = $"{where} ({pcode})";

        var parent = level == 1 ? "HT" : Text(properties, $"ADM{level - 1}_PCODE")?.ToUpperInvariant() ?? pcode[..(level == 2 ? 4 : 6)];
        if (!pcode.StartsWith(parent, StringComparison.Ordinal)) { errors.Add($"{where}: ADM{level - 1}_PCODE {parent} is not the parent of {pcode} (P-codes nest: HT01 > HT0111 > HT0111-01)."); return null; }

        var (fr, en, ht) = (Text(properties, $"ADM{level}_FR"), Text(properties, $"ADM{level}_EN"), Text(properties, $"ADM{level}_HT"));
        if ((fr ?? en ?? ht) is not { } name) { errors.Add($"{where}: ADM{level}_FR is missing (and there is no ADM{level}_EN or ADM{level}_HT name either)."); return null; }

        if (ReadGeometry(feature, where, errors) is not { } geometry) return null;
        var point = geometry.InteriorPoint;
        return new AdminUnit
        {
            Pcode = pcode, Level = level, ParentPcode = parent, NameFr = fr ?? name, NameEn = en, NameHt = ht,
            Latitude = Math.Round(point.Y, 6), Longitude = Math.Round(point.X, 6), GeometryJson = Boundaries.Write(geometry), Origin = origin,
        };
    }

    static Geometry? ReadGeometry(JsonElement feature, string where, List<string> errors)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null) { errors.Add($"{where}: geometry is missing."); return null; }
        Geometry? geometry;
        try { geometry = Boundaries.Parse(element); }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            errors.Add($"{where}: geometry is not valid GeoJSON ({e.Message})."); return null;
        }
        if (geometry is not (Polygon or MultiPolygon)) { errors.Add($"{where}: geometry is a {geometry?.GeometryType ?? "nothing"}; a boundary is a Polygon or MultiPolygon."); return null; }
        if (geometry.IsEmpty || geometry.Area <= 0) { errors.Add($"{where}: geometry is empty."); return null; }
        var box = geometry.EnvelopeInternal;
        if (!PlaceLookup.InsideHaiti(box.MinY, box.MinX) || !PlaceLookup.InsideHaiti(box.MaxY, box.MaxX))
        {
            errors.Add($"{where}: geometry lies outside Haiti (longitude {box.MinX:0.###} to {box.MaxX:0.###}, latitude {box.MinY:0.###} to {box.MaxY:0.###}); GeoJSON puts longitude first, in WGS84 degrees.");
            return null;
        }
        // Official boundaries sometimes carry tiny self-intersections from digitising; repair them rather than refuse
        // the file, so that point-in-polygon answers are well defined.
        if (geometry.IsValid) return geometry;
        var repaired = GeometryFixer.Fix(geometry);
        if (repaired is Polygon or MultiPolygon && !repaired.IsEmpty) return repaired;
        errors.Add($"{where}: geometry is not a valid polygon ({new IsValidOp(geometry).ValidationError}) and cannot be repaired.");
        return null;
    }

    /// <summary>The file's name and content hash, so that the units show where they came from and caches see a new file.</summary>
    static string Origin(byte[] content, string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length > 250) name = name[..250];
        return $"{name} sha256:{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}";
    }

    static JsonElement? Properties(JsonElement feature) =>
        feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : null;

    static string? Text(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    static Regex Shape(int level) => level switch { 1 => Department(), 2 => Commune(), _ => Section() };

    static string Example(int level) => level switch { 1 => "HT and two digits, such as HT01", 2 => "HT and four digits, such as HT0111", _ => "HT, four digits, a hyphen and two digits, such as HT0111-01" };

    [GeneratedRegex(@"^HT\d{2}$")] private static partial Regex Department();
    [GeneratedRegex(@"^HT\d{4}$")] private static partial Regex Commune();
    [GeneratedRegex(@"^HT\d{4}-\d{2}$")] private static partial Regex Section();
}
