using System.Collections.Frozen;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace Konbit.Geography;

/// <summary>
/// An immutable snapshot of the admin units, for lookups without the database. Safe to share between threads: the
/// importers call <see cref="Locate"/> for every row of a file from several batches at once.
/// </summary>
public sealed class Gazetteer
{
    const int Levels = 3;

    readonly FrozenDictionary<string, AdminUnit> byPcode;
    readonly FrozenDictionary<(int Level, string Key), AdminUnit[]> byName;
    // One spatial index per level (index 0 = level 1); null where no unit of that level has a boundary.
    readonly STRtree<Area>?[] areas = new STRtree<Area>?[Levels];

    Gazetteer(IReadOnlyCollection<AdminUnit> units)
    {
        byPcode = units.ToFrozenDictionary(u => u.Pcode, StringComparer.OrdinalIgnoreCase);
        byName = units
            .SelectMany(u => new[] { u.NameFr, u.NameEn, u.NameHt }
                .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => PlaceNames.Key(n!)).Where(k => k.Length > 0).Distinct()
                .Select(k => (Key: (u.Level, k), Unit: u)))
            .GroupBy(x => x.Key, x => x.Unit)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        foreach (var level in units.Where(u => u.GeometryJson is not null && u.Level is >= 1 and <= Levels).GroupBy(u => u.Level))
        {
            var tree = new STRtree<Area>();
            foreach (var unit in level)
            {
                var geometry = Boundaries.Parse(unit.GeometryJson!);
                if (geometry is not (Polygon or MultiPolygon) || geometry.IsEmpty) continue;
                var locator = new IndexedPointInAreaLocator(geometry);
                // The locator builds its own index on first use; do it now, while only this thread sees it.
                locator.Locate(geometry.Coordinate);
                tree.Insert(geometry.EnvelopeInternal, new Area(unit.Pcode, Ancestor(unit, 1), Ancestor(unit, 2), locator));
            }
            tree.Build();
            areas[level.Key - 1] = tree;
        }
    }

    /// <summary>The P-code of the unit's department (level 1) or commune (level 2), itself included, when that unit is known.</summary>
    string? Ancestor(AdminUnit unit, int level) =>
        unit.Level < level ? null : unit.Level == level ? unit.Pcode : Get(unit.Pcode[..(level == 1 ? 4 : 6)])?.Pcode;

    /// <summary>A gazetteer over these units (the AdminUnits table, or units a test builds).</summary>
    public static Gazetteer Build(IReadOnlyCollection<AdminUnit> units) => new(units);

    public IReadOnlyCollection<AdminUnit> Units => byPcode.Values;

    /// <summary>The unit with this P-code, or null.</summary>
    public AdminUnit? Get(string? pcode) => pcode is not null && byPcode.TryGetValue(pcode, out var unit) ? unit : null;

    /// <summary>True when boundaries of this level are loaded, so that <see cref="Locate"/> can answer at that level.</summary>
    public bool HasBoundaries(int level) => level is >= 1 and <= Levels && areas[level - 1] is not null;

    /// <summary>
    /// The P-codes of the units that contain the point at each level: null where no boundary of that level holds it.
    /// The smallest unit found answers for the levels above it through its P-code (HT0111-01 lies in HT0111 and HT01),
    /// which keeps the three answers consistent and costs one point-in-polygon test for most points; only where no
    /// smaller unit holds the point are the larger boundaries tested.
    /// </summary>
    public Placement Locate(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude)) return default;
        var finder = new Finder(new Coordinate(longitude, latitude));
        var section = finder.In(areas[2]);
        var (adm1, adm2) = (section?.Adm1, section?.Adm2);
        if (adm2 is null && finder.In(areas[1]) is { } commune) (adm1, adm2) = (adm1 ?? commune.Adm1, commune.Pcode);
        adm1 ??= finder.In(areas[0])?.Pcode;
        return new Placement(adm1, adm2, section?.Pcode);
    }

    /// <summary>
    /// The unit of this level whose name matches (French, English or Creole, normalised by <see cref="PlaceNames.Key"/>),
    /// optionally within a parent P-code (P-codes nest: HT01 &gt; HT0111 &gt; HT0111-01). Null when none matches, or when
    /// several do and nothing tells them apart: a wrong guess would file an event under the wrong commune.
    /// </summary>
    public AdminUnit? Find(int level, string name, string? within = null)
    {
        if (string.IsNullOrWhiteSpace(name) || !byName.TryGetValue((level, PlaceNames.Key(name)), out var matches)) return null;
        AdminUnit? found = null;
        foreach (var unit in matches)
        {
            if (!string.IsNullOrEmpty(within) && !unit.Pcode.StartsWith(within, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null) return null;
            found = unit;
        }
        return found;
    }

    sealed record Area(string Pcode, string? Adm1, string? Adm2, IndexedPointInAreaLocator Locator);

    /// <summary>One object per <see cref="Locate"/> call, reused over the three levels, so a lookup allocates almost nothing.</summary>
    sealed class Finder(Coordinate point) : IItemVisitor<Area>
    {
        readonly Envelope envelope = new(point);
        Area? found;

        public Area? In(STRtree<Area>? tree)
        {
            if (tree is null) return null;
            found = null;
            tree.Query(envelope, this);
            return found;
        }

        public void VisitItem(Area item)
        {
            if (found is null && item.Locator.Locate(point) != Location.Exterior) found = item;
        }
    }
}

/// <summary>Admin P-codes at each level; any may be null.</summary>
public readonly record struct Placement(string? Adm1, string? Adm2, string? Adm3);
