namespace Konbit.Geography;

/// <summary>
/// An administrative unit of Haiti with its OCHA P-code: a department (level 1, HT01), a commune (level 2, HT0111)
/// or a communal section (level 3, HT0111-01). The ten departments are built in; boundaries come from
/// `konbit geo import`, which replaces the units of the levels a file holds.
/// </summary>
public sealed class AdminUnit
{
    public required string Pcode { get; set; }
    public int Level { get; set; }
    public string? ParentPcode { get; set; }
    public required string NameFr { get; set; }
    public string? NameEn { get; set; }
    public string? NameHt { get; set; }
    /// <summary>A point inside the unit, for labels and proportional circles when no boundary is loaded.</summary>
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    /// <summary>The boundary as a GeoJSON geometry (WGS84), or null while only the point is known.</summary>
    public string? GeometryJson { get; set; }
    /// <summary>"built-in" or the file the boundary was imported from.</summary>
    public required string Origin { get; set; }
}
