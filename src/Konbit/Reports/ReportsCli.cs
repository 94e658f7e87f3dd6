using System.CommandLine;
using System.Diagnostics;
using Konbit.Data;

namespace Konbit.Reports;

/// <summary>`konbit report weekly --week 2025-W06 --format html|pdf|xlsx [--out FILE] [--link-base URL]`.</summary>
public static class ReportsCli
{
    public static Command Command(WebApplication app)
    {
        var week = new Option<string>("--week") { Description = "ISO week, such as 2025-W06 (default: the last complete week)." };
        var format = new Option<string>("--format") { Description = "html, pdf or xlsx.", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("html", "pdf", "xlsx");
        var output = new Option<FileInfo>("--out") { Description = "Where to write the report (default: konbit-weekly-WEEK.FORMAT here)." };
        var linkBase = new Option<string>("--link-base") { Description = "The app's address, for links to Konbit's pages in the report.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var weekly = new Command("weekly", "Write the weekly situation report of a week.") { week, format, output, linkBase };
        weekly.SetAction(async (parse, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var watch = Stopwatch.StartNew();
            var (report, error) = await WeeklyReports.BuildAsync(db, parse.GetValue(week) ?? IsoWeeks.LastComplete(Forces.ForcesApi.Today(clock)), clock, ct);
            if (report is null)
            {
                Console.Error.WriteLine($"konbit report weekly: {error}");
                return 1;
            }
            var file = WeeklyReports.Render(report, parse.GetValue(format)!, parse.GetValue(linkBase)!, watch.Elapsed);
            var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath(file.FileName);
            await File.WriteAllBytesAsync(path, file.Bytes, ct);
            var empty = report.Sections.Count(s => s.NoData is not null);
            Console.WriteLine($"Wrote {path} ({file.Bytes.Length:N0} bytes) in {file.Took.TotalMilliseconds:N0} ms: {report.Sections.Count - empty} sections with figures, {empty} with no data for {report.Week}.");
            return 0;
        });
        var command = new Command("report", "Situation reports.");
        command.Subcommands.Add(weekly);
        return command;
    }
}
