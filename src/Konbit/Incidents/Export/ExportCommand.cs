using System.CommandLine;
using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents.Export;

/// <summary>`konbit incidents export --format csv|hxl|geojson|xlsx|cot --out FILE [filters]`.</summary>
public static class ExportCommand
{
    public static Command Create(WebApplication app)
    {
        var format = new Option<string>("--format") { Description = $"One of {IncidentExport.Formats}.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var from = new Option<DateOnly?>("--from") { Description = "First day included (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day included (yyyy-mm-dd)." };
        var eventType = new Option<string?>("--event-type") { Description = "ACLED event type; several separated by commas." };
        var subEventType = new Option<string?>("--sub-event-type") { Description = "ACLED sub-event type; several separated by commas." };
        var actor = new Option<string?>("--actor") { Description = "Text found in an actor's name." };
        var area = new Option<string?>("--area") { Description = "A department, commune or section P-code (HT01, HT0111, HT0111-01)." };
        var mission = new Option<bool?>("--mission") { Description = "true: only events the mission took part in; false: only the others." };
        var q = new Option<string?>("--q") { Description = "Text found in the notes." };
        var synthetic = new Option<bool?>("--synthetic") { Description = "false leaves synthetic events out." };
        var command = new Command("export", "Export incidents as ACLED CSV, HXL CSV, GeoJSON, XLSX or Cursor on Target XML.")
        {
            format, output, from, to, eventType, subEventType, actor, area, mission, q, synthetic,
        };
        command.SetAction(async (parse, ct) =>
        {
            var filter = new IncidentFilter
            {
                From = parse.GetValue(from), To = parse.GetValue(to), EventType = parse.GetValue(eventType),
                SubEventType = parse.GetValue(subEventType), Actor = parse.GetValue(actor), Area = parse.GetValue(area),
                Mission = parse.GetValue(mission), Q = parse.GetValue(q), Synthetic = parse.GetValue(synthetic),
            };
            var errors = filter.Validate();
            var parsed = IncidentExport.Parse(parse.GetValue(format));
            if (parsed is null) errors.Add("format", $"--format '{parse.GetValue(format)}' is not one of {IncidentExport.Formats}.");
            if (errors.Any)
            {
                foreach (var (_, messages) in errors.ToDictionary())
                    foreach (var m in messages) Console.Error.WriteLine($"konbit incidents export: {m}");
                return 1;
            }

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
            await db.MigrateAsync(ct);
            var incidents = filter.Apply(db.Incidents.AsNoTracking());
            var total = await incidents.LongCountAsync(ct);
            if (parsed == ExportFormat.Xlsx && IncidentExport.TooManyForXlsx(total) is { } tooMany)
            {
                Console.Error.WriteLine($"konbit incidents export: {tooMany}");
                return 1;
            }
            var progress = new ConsoleProgress("exported", total);
            var file = new OutputFile(parse.GetValue(output)!);
            long count;
            // XLSX is a zip archive, which MiniExcel seeks back into; the other formats are written straight through.
            await using (var stream = file.Open(sequential: parsed != ExportFormat.Xlsx))
                count = await IncidentExport.WriteAsync(parsed!.Value, db, incidents, stream,
                    scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, progress.Report, ct);
            file.Complete();
            progress.Done();
            Console.WriteLine($"Exported {count:N0} incidents to {file.FullName} ({new FileInfo(file.FullName).Length / 1e6:N1} MB) in {progress.Elapsed.TotalSeconds:N1} s.");
            return 0;
        });
        return command;
    }
}
