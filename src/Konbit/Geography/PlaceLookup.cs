using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Geography;

/// <summary>
/// Finds the admin units of a point (point-in-polygon over the imported boundaries, with a spatial index) and of a
/// place name (ignoring case, accents, hyphens, apostrophes and "Saint"/"St" spellings: "Pont Sonde" finds Pont-Sondé).
/// A singleton that caches a <see cref="Gazetteer"/> built from the AdminUnits table; a cache only, rebuilt when the
/// table changes (on any node).
/// </summary>
public sealed class PlaceLookup
{
    readonly SemaphoreSlim building = new(1, 1);
    volatile Snapshot? current;

    sealed record Snapshot(string Fingerprint, Gazetteer Gazetteer);

    /// <summary>The current gazetteer, built or refreshed from the database when the admin units changed.</summary>
    public async Task<Gazetteer> CurrentAsync(KonbitDb db, CancellationToken ct)
    {
        var fingerprint = await FingerprintAsync(db, ct);
        if (current is { } snapshot && snapshot.Fingerprint == fingerprint) return snapshot.Gazetteer;
        await building.WaitAsync(ct);
        try
        {
            if (current is { } built && built.Fingerprint == fingerprint) return built.Gazetteer;
            // Read after the fingerprint: if the table changes in between, the next call sees a newer fingerprint and
            // builds again, so a stale gazetteer never outlives one call.
            var units = await db.AdminUnits.AsNoTracking().ToListAsync(ct);
            var gazetteer = Gazetteer.Build(units);
            current = new Snapshot(fingerprint, gazetteer);
            return gazetteer;
        }
        finally { building.Release(); }
    }

    /// <summary>
    /// A summary of the admin units (of one level, or all) that changes whenever they do. Cheap to ask on every call, and the same on every node sharing the database: the units only change through
    /// `konbit geo import`, which stamps each unit's Origin with the file's name and content hash, and through
    /// migrations (the built-in departments), which move their points.
    /// </summary>
    internal static async Task<string> FingerprintAsync(KonbitDb db, CancellationToken ct, int? level = null)
    {
        var groups = await db.AdminUnits
            .Where(u => level == null || u.Level == level)
            .GroupBy(u => new { u.Level, u.Origin })
            .Select(g => new { g.Key.Level, g.Key.Origin, Count = g.Count(), Latitude = g.Sum(u => u.Latitude), Longitude = g.Sum(u => u.Longitude) })
            .ToListAsync(ct);
        return string.Join("|", groups.OrderBy(g => g.Level).ThenBy(g => g.Origin, StringComparer.Ordinal)
            .Select(g => $"{g.Level}:{g.Origin}:{g.Count}:{Math.Round(g.Latitude, 6)}:{Math.Round(g.Longitude, 6)}"));
    }

    /// <summary>True when a coordinate lies within Haiti's extent (with a small margin).</summary>
    public static bool InsideHaiti(double latitude, double longitude) =>
        latitude is >= Departments.South and <= Departments.North && longitude is >= Departments.West and <= Departments.East;
}
