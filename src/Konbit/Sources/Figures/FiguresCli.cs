using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Konbit.Sources.Figures;

/// <summary>`konbit figures extract FILE... [--json]` and `konbit figures eval --gold GOLD.jsonl --docs DIR`. Neither touches the database.</summary>
public static class FiguresCli
{
    public static Command Command()
    {
        var figures = new Command("figures", "Figures stated in reports: extract them, or score the extractor against a reader's.");
        figures.Subcommands.Add(Extract());
        figures.Subcommands.Add(Eval());
        return figures;
    }

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static Command Extract()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Reports: plain text, Markdown or HTML.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: doc, subject, measure, value, bound, text, start, end, time." };
        var stats = new Option<bool>("--stats") { Description = "Also print, on standard error, how much text was read and how fast." };
        var command = new Command("extract", "Print the figures each report states.") { files, json, stats };
        command.SetAction(parse =>
        {
            var failed = false;
            var (documents, chars, count) = (0, 0L, 0);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var extracting = TimeSpan.Zero;
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            foreach (var file in parse.GetValue(files)!)
            {
                var read = DocumentText.Read(file.FullName);
                if (read.Text is not { } text)
                {
                    Console.Error.WriteLine($"konbit figures extract: {file.Name}: {read.Error}");
                    failed = true;
                    continue;
                }
                var started = clock.Elapsed;
                var figures = FigureExtractor.Extract(text);
                extracting += clock.Elapsed - started;
                (documents, chars, count) = (documents + 1, chars + text.Length, count + figures.Count);
                foreach (var f in figures) output.WriteLine(parse.GetValue(json) ? Line(file.Name, f) : Human(file.Name, f));
            }
            output.Flush();
            if (parse.GetValue(stats))
            {
                var mb = chars / 1_000_000.0;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{documents} documents, {mb:F1} MB of text, {count} figures; extraction {extracting.TotalSeconds:F2} s ({mb / Math.Max(extracting.TotalSeconds, 1e-9):F1} MB/s on one core), reading and extraction {clock.Elapsed.TotalSeconds:F2} s"));
            }
            return failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>The contract other tools read: exactly these fields, in this order.</summary>
    public static string Line(string doc, Figure f) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["doc"] = doc, ["subject"] = f.Subject, ["measure"] = f.Measure, ["value"] = f.Value, ["bound"] = f.Bound,
        ["text"] = f.Text, ["start"] = f.Start, ["end"] = f.End, ["time"] = f.Time,
    }, Json);

    static string Human(string doc, Figure f) =>
        string.Create(CultureInfo.InvariantCulture, $"{doc}\t{f.Subject}\t{f.Measure}\t{f.Value:N0}\t{f.Bound}\t\"{f.Text}\" [{f.Start}..{f.End}]{(f.Time is null ? "" : $"\t({f.Time})")}");

    static Command Eval()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "The reader's figures: JSON lines with doc, subject, measure, value, bound (and a note).", Required = true };
        var docs = new Option<DirectoryInfo>("--docs") { Description = "The folder of the reports the gold file names.", Required = true };
        var command = new Command("eval", "Score the extractor against a reader's figures: precision, recall, F1, bounds, and every miss and false figure.") { gold, docs };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            var folder = parse.GetValue(docs)!;
            if (!goldFile.Exists) { Console.Error.WriteLine($"konbit figures eval: {goldFile.FullName} does not exist."); return 1; }
            if (!folder.Exists) { Console.Error.WriteLine($"konbit figures eval: {folder.FullName} does not exist."); return 1; }
            List<GoldFigure> expected;
            try { expected = FigureScore.ReadGold(goldFile.FullName); }
            catch (FormatException e) { Console.Error.WriteLine($"konbit figures eval: {e.Message}"); return 1; }
            var found = new List<FoundFigure>();
            var documents = 0;
            foreach (var file in folder.EnumerateFiles().Where(f => DocumentText.IsReport(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var read = DocumentText.Read(file.FullName);
                if (read.Text is null) { Console.Error.WriteLine($"konbit figures eval: {file.Name}: {read.Error}"); continue; }
                documents++;
                found.AddRange(FigureExtractor.Extract(read.Text).Select(f => new FoundFigure(file.Name, f)));
            }
            var score = FigureScore.Of(expected, found);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {documents}, gold figures {score.Gold}, extracted {score.Found}, matched {score.Matched}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bound right {score.BoundsRight} of {score.Matched} ({score.BoundAccuracy:F3})"));
            Console.WriteLine($"misses ({score.Misses.Count}):");
            foreach (var m in score.Misses) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Doc}\t{m.Subject}\t{m.Measure}\t{m.Value}\t{m.Bound}\t{m.Note}"));
            Console.WriteLine($"false figures ({score.FalseFigures.Count}):");
            foreach (var f in score.FalseFigures) Console.WriteLine("  " + Human(f.Doc, f.Figure));
            if (score.WrongBounds.Count > 0)
            {
                Console.WriteLine($"wrong bounds ({score.WrongBounds.Count}):");
                foreach (var (g, f) in score.WrongBounds) Console.WriteLine($"  {g.Doc}\t{g.Measure}\t{g.Value}\texpected {g.Bound}, found {f.Figure.Bound}\t\"{f.Figure.Text}\"");
            }
            return 0;
        });
        return command;
    }
}
