using Konbit.Data;

namespace Konbit.Geography;

/// <summary>
/// Finds the admin units of a point (point-in-polygon over the imported boundaries, with a spatial index) and of a
/// place name (ignoring case, accents, hyphens, apostrophes and "Saint"/"St" spellings: "Pont Sonde" finds Pont-Sondé).
/// A singleton that caches a <see cref="Gazetteer"/> built from the AdminUnits table; a cache only, rebuilt when the
/// table changes (on any node).
/// </summary>
public sealed class PlaceLookup
{
    /// <summary>The current gazetteer, built or refreshed from the database when the admin units changed.</summary>
    public Task<Gazetteer> CurrentAsync(KonbitDb db, CancellationToken ct) => throw new NotImplementedException("Geography helper");

    /// <summary>True when a coordinate lies within Haiti's extent (with a small margin).</summary>
    public static bool InsideHaiti(double latitude, double longitude) =>
        latitude is >= Departments.South and <= Departments.North && longitude is >= Departments.West and <= Departments.East;
}

/// <summary>An immutable snapshot of the admin units, for lookups without the database.</summary>
public sealed class Gazetteer
{
    /// <summary>The P-codes of the units that contain the point at each level (null where no boundary of that level is loaded or none contains it).</summary>
    public Placement Locate(double latitude, double longitude) => throw new NotImplementedException("Geography helper");

    /// <summary>The unit of this level whose name matches (French, English or Creole, normalised), optionally within a parent P-code.</summary>
    public AdminUnit? Find(int level, string name, string? within = null) => throw new NotImplementedException("Geography helper");
}

/// <summary>Admin P-codes at each level; any may be null.</summary>
public readonly record struct Placement(string? Adm1, string? Adm2, string? Adm3);
