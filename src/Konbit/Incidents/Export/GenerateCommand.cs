using System.CommandLine;
using System.Text;
using Konbit.Data;

namespace Konbit.Incidents.Export;

/// <summary>`konbit incidents generate --count N --seed S --out FILE.csv`: synthetic events in ACLED's layout.</summary>
public static class GenerateCommand
{
    public static Command Create(WebApplication app)
    {
        var count = new Option<long>("--count") { Description = "How many events to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed always gives the same file.", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write (replaced if it exists).", Required = true };
        var command = new Command("generate", "Write realistic synthetic incidents (marked synthetic) in ACLED's layout, for load tests.") { count, seed, output };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(count);
            if (n is < 0 or > 100_000_000)
            {
                Console.Error.WriteLine($"konbit incidents generate: --count {n} must be between 0 and 100,000,000.");
                return 1;
            }
            IReadOnlyList<SyntheticIncidents.Place> places;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
                await db.MigrateAsync(ct);
                places = await SyntheticIncidents.PlacesAsync(db, ct);
            }
            var file = new OutputFile(parse.GetValue(output)!);
            var progress = new ConsoleProgress("generated", n);
            await Task.Run(() =>
            {
                using var writer = new StreamWriter(file.Open(sequential: true), new UTF8Encoding(false), 1 << 16);
                new SyntheticIncidents(parse.GetValue(seed), places).Write(writer, n, done =>
                {
                    ct.ThrowIfCancellationRequested();
                    progress.Report(done);
                });
            }, ct);
            file.Complete();
            progress.Done();
            var level = places.Any(p => p.Admin2 is not null) ? $"{places.Count} communes" : $"{places.Count} departments";
            Console.WriteLine($"Generated {n:N0} synthetic incidents over {level} in {file.FullName} ({new FileInfo(file.FullName).Length / 1e6:N1} MB) in {progress.Elapsed.TotalSeconds:N1} s.");
            return 0;
        });
        return command;
    }
}
