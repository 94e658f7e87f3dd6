using System.CommandLine;
using Konbit.Data;

namespace Konbit.Humanitarian;

/// <summary>
/// `konbit humanitarian import FILE...`: each file on its own (one transaction each). Exit code 1 when a file could
/// not be imported, 2 when rows with unknown P-codes were left out, else 0.
/// </summary>
public static class HumanitarianCli
{
    public static Command Command(WebApplication app)
    {
        var humanitarian = new Command("humanitarian", "Humanitarian figures: IOM DTM displacement, IPC food insecurity.");
        humanitarian.Subcommands.Add(Import(app));
        return humanitarian;
    }

    static Command Import(WebApplication app)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "IOM DTM API JSON or CSV, or IPC HDX CSV with its hashtag row; the format is recognised from the content.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import humanitarian figures, replacing those of the same area and date (or period).") { files };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var import = scope.ServiceProvider.GetRequiredService<HumanitarianImport>();
            var exit = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"konbit humanitarian import: {file.FullName} does not exist.");
                    exit = 1;
                    continue;
                }
                var (result, errors) = await import.RunAsync(await File.ReadAllBytesAsync(file.FullName, ct), file.Name, ct);
                if (result is null)
                {
                    foreach (var e in errors) Console.Error.WriteLine($"konbit humanitarian import: {e}");
                    Console.Error.WriteLine($"Nothing was imported from {file.Name}.");
                    exit = 1;
                    continue;
                }
                Console.WriteLine(result);
                foreach (var u in result.UnknownPcodes) Console.Error.WriteLine($"konbit humanitarian import: {file.Name}: {u.Where}: unknown P-code {u.Pcode}, not stored.");
                if (result.UnknownPcodes.Count > 0 && exit == 0) exit = 2;
            }
            return exit;
        });
        return command;
    }
}
