using System.CommandLine;

namespace Konbit.Geography;

/// <summary>`konbit geo import FILE.geojson`.</summary>
public static class GeoCli
{
    public static Command Command(WebApplication app)
    {
        var geo = new Command("geo", "Administrative boundaries.");
        geo.Subcommands.Add(new Command("import", "Load OCHA COD-AB boundaries from a GeoJSON file, replacing the units of the levels it holds."));
        return geo;
    }
}
