using System.CommandLine;
using System.Diagnostics;
using Konbit.Data;

namespace Konbit.Incidents.Import;

/// <summary>
/// `konbit incidents import FILE.csv [--dry-run] [--strict] [--rejects PATH]`. Exit code 0 when no row was rejected,
/// 2 when some were, 1 when the file could not be read or its layout was not recognised.
/// </summary>
public static class ImportCommand
{
    public static Command Create(WebApplication app)
    {
        var file = new Argument<FileInfo>("file") { Description = "An ACLED export (official or re-saved layout) or an HXL-tagged CSV." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and classify every row, write nothing." };
        var strict = new Option<bool>("--strict") { Description = "Import nothing if any row is bad (a validation pass runs first)." };
        var rejects = new Option<string?>("--rejects") { Description = "Where to write the rejected rows (default: FILE.rejects.csv beside the file)." };
        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => ImportOptions.DefaultBatchSize };
        var command = new Command("import", "Import incidents from an ACLED or HXL CSV file.") { file, dryRun, strict, rejects, batch };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"konbit incidents import: {input.FullName} does not exist.");
                return 1;
            }
            var rejectsPath = Path.GetFullPath(parse.GetValue(rejects) ?? Path.ChangeExtension(input.FullName, null) + ".rejects.csv");
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var importer = scope.ServiceProvider.GetRequiredService<IncidentImporter>();
            var options = new ImportOptions(input.Name, DryRun: parse.GetValue(dryRun), Strict: parse.GetValue(strict),
                RejectsPath: rejectsPath, BatchSize: Math.Max(1, parse.GetValue(batch)), TakeDatabase: true);
            var bar = new ProgressBar();
            ImportSummary summary;
            try
            {
                summary = await importer.ImportAsync(() => File.OpenRead(input.FullName), options, bar.Show, ct);
            }
            catch (IOException e)
            {
                bar.Done();
                Console.Error.WriteLine($"konbit incidents import: {input.FullName} cannot be read: {e.Message}");
                return 1;
            }
            bar.Done();
            if (summary.State == ImportState.Failed)
            {
                Console.Error.WriteLine($"konbit incidents import: {input.Name}: {summary.Error}");
                return 1;
            }
            if (summary.Error is not null) Console.Error.WriteLine($"konbit incidents import: {summary.Error}");
            Console.WriteLine((options.DryRun ? "dry run, nothing written: " : "") + summary.Line(rejectsPath) +
                $" in {bar.Elapsed.TotalSeconds:N1} s ({summary.RowsRead / Math.Max(bar.Elapsed.TotalSeconds, 0.001):N0} rows/s)");
            return summary.Rejected > 0 ? 2 : 0;
        });
        return command;
    }

    /// <summary>A bar with percent and rows/s on a terminal; a plain line every few seconds when stderr is redirected.</summary>
    sealed class ProgressBar
    {
        readonly Stopwatch clock = Stopwatch.StartNew();
        readonly bool terminal = !Console.IsErrorRedirected;
        TimeSpan lastLine;
        bool drawn;

        public TimeSpan Elapsed => clock.Elapsed;

        public void Show(ImportSummary s)
        {
            var percent = s.FileBytes > 0 ? Math.Min(100.0, 100.0 * s.BytesRead / s.FileBytes) : 0;
            var rate = s.RowsRead / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            if (terminal)
            {
                var filled = (int)(percent / 100 * 30);
                Console.Error.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {percent,5:N1}%  {s.RowsRead:N0} rows  {rate:N0} rows/s ");
                drawn = true;
            }
            else if (clock.Elapsed - lastLine >= TimeSpan.FromSeconds(5))
            {
                lastLine = clock.Elapsed;
                Console.Error.WriteLine($"{percent:N1}%: {s.RowsRead:N0} rows, {rate:N0} rows/s");
            }
        }

        public void Done()
        {
            if (drawn) Console.Error.WriteLine();
            drawn = false;
        }
    }
}
