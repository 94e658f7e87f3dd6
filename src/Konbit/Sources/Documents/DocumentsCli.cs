using System.CommandLine;
using Konbit.Data;

namespace Konbit.Sources.Documents;

/// <summary>`konbit sources add FILE|DIR... [--title] [--publisher] [--url] [--published]`.</summary>
public static class DocumentsCli
{
    public static Command Command(WebApplication app)
    {
        var sources = new Command("sources", "Reports kept as sources.");
        sources.Subcommands.Add(Add(app));
        return sources;
    }

    static Command Add(WebApplication app)
    {
        var paths = new Argument<string[]>("paths") { Description = "Reports (plain text, Markdown, HTML), or folders of them.", Arity = ArgumentArity.OneOrMore };
        var title = new Option<string?>("--title") { Description = "The title (else the one the document states, else its file name)." };
        var publisher = new Option<string?>("--publisher") { Description = "Who published it." };
        var url = new Option<string?>("--url") { Description = "Where it was published." };
        var published = new Option<DateOnly?>("--published") { Description = "When it was published (yyyy-mm-dd; else the date the document states)." };
        var command = new Command("add", "Keep reports as sources: their text, the figures they state, and the story each retells.") { paths, title, publisher, url, published };
        command.SetAction(async (parse, ct) =>
        {
            var files = new List<string>();
            foreach (var p in parse.GetValue(paths)!)
            {
                if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p).Where(DocumentText.IsReport).Order(StringComparer.Ordinal));
                else if (File.Exists(p)) files.Add(p);
                else { Console.Error.WriteLine($"konbit sources add: {p} does not exist."); return 1; }
            }
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var intake = scope.ServiceProvider.GetRequiredService<DocumentIntake>();
            var input = new DocumentInput(parse.GetValue(title), parse.GetValue(publisher), parse.GetValue(url), parse.GetValue(published));
            var refused = 0;
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                // An oversized file is refused before it is read into memory.
                var length = new FileInfo(file).Length;
                var added = length > DocumentText.MaxBytes ? new DocumentAdded(null, null, DocumentText.TooLarge(length), 0)
                    : await intake.AddAsync(await File.ReadAllBytesAsync(file, ct), name, input, ct);
                if (added.Refused) { Console.Error.WriteLine($"konbit sources add: {name}: {added.Error}; nothing was stored."); refused++; }
                else if (added.DuplicateOf is { } d) Console.WriteLine($"{name}: already kept as document {d.Id} (\"{d.Source?.Title}\").");
                else
                {
                    var doc = added.Document!;
                    var story = added.StoryReports > 1 ? $"retells story {doc.StoryId} ({added.StoryReports} reports)" : "a new story";
                    Console.WriteLine($"{name}: document {doc.Id} \"{doc.Source!.Title}\"{(doc.Source.PublishedOn is { } on ? $", {on:d MMMM yyyy}" : "")}: {doc.Figures.Count} figures, {story}.");
                }
            }
            return refused > 0 ? 1 : 0;
        });
        return command;
    }
}
