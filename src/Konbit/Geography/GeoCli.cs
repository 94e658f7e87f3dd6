using System.CommandLine;
using Konbit.Data;

namespace Konbit.Geography;

/// <summary>`konbit geo import FILE.geojson`.</summary>
public static class GeoCli
{
    public static Command Command(WebApplication app)
    {
        var geo = new Command("geo", "Administrative boundaries.");
        geo.Subcommands.Add(Import(app));
        return geo;
    }

    static Command Import(WebApplication app)
    {
        var file = new Argument<FileInfo>("file") { Description = "An OCHA COD-AB GeoJSON FeatureCollection (hti_adm1/2/3_*.geojson): the level is the deepest ADMn_PCODE it holds." };
        var command = new Command("import", "Load OCHA COD-AB boundaries from a GeoJSON file, replacing the units of the levels it holds.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"konbit geo import: {path.FullName} does not exist.");
                return 1;
            }
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var (result, errors) = await scope.ServiceProvider.GetRequiredService<BoundaryImport>()
                .RunAsync(await File.ReadAllBytesAsync(path.FullName, ct), path.Name, ct);
            if (result is null)
            {
                foreach (var e in errors) Console.Error.WriteLine($"konbit geo import: {e}");
                Console.Error.WriteLine("Nothing was imported.");
                return 1;
            }
            Console.WriteLine(result);
            return 0;
        });
        return command;
    }
}
