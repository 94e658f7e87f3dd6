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
                tree.Insert(geometry.EnvelopeInternal, new Area(unit.Pcode, locator));
            }
            tree.Build();
            areas[level.Key - 1] = tree;
        }
    }

    /// <summary>A gazetteer over these units (the AdminUnits table, or units a test builds).</summary>
    public static Gazetteer Build(IReadOnlyCollection<AdminUnit> units) => new(units);

    public IReadOnlyCollection<AdminUnit> Units => byPcode.Values;

    /// <summary>The unit with this P-code, or null.</summary>
    public AdminUnit? Get(string? pcode) => pcode is not null && byPcode.TryGetValue(pcode, out var unit) ? unit : null;

    /// <summary>True when boundaries of this level are loaded, so that <see cref="Locate"/> can answer at that level.</summary>
    public bool HasBoundaries(int level) => level is >= 1 and <= Levels && areas[level - 1] is not null;

    /// <summary>The P-codes of the units that contain the point at each level (null where no boundary of that level is loaded or none contains it).</summary>
    public Placement Locate(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || double.IsNaN(longitude)) return default;
        var finder = new Finder(new Coordinate(longitude, latitude));
        return new Placement(finder.In(areas[0]), finder.In(areas[1]), finder.In(areas[2]));
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

    sealed record Area(string Pcode, IndexedPointInAreaLocator Locator);

    /// <summary>One object per <see cref="Locate"/> call, reused over the three levels, so a lookup allocates almost nothing.</summary>
    sealed class Finder(Coordinate point) : IItemVisitor<Area>
    {
        readonly Envelope envelope = new(point);
        string? found;

        public string? In(STRtree<Area>? tree)
        {
            if (tree is null) return null;
            found = null;
            tree.Query(envelope, this);
            return found;
        }

        public void VisitItem(Area item)
        {
            if (found is null && item.Locator.Locate(point) != Location.Exterior) found = item.Pcode;
        }
    }
}

/// <summary>Admin P-codes at each level; any may be null.</summary>
public readonly record struct Placement(string? Adm1, string? Adm2, string? Adm3);
