using System.Text;
using System.Text.Json;
using Konbit.Tests.Cli;

namespace Konbit.Tests.Sources;

/// <summary>`konbit figures extract` and `konbit figures eval`, run as a person runs them.</summary>
public sealed class FiguresCliTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("konbit-figures-").FullName;
    static readonly Dictionary<string, string?> NoSettings = [];
    static string Reports => Path.Combine(AppContext.BaseDirectory, "Sources", "Reports");

    [Fact]
    public async Task ExtractJson_PrintsOneObjectPerFigure_WithExactlyTheContractsFields()
    {
        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "extract", Path.Combine(Reports, "arrivals.txt"), "--json");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var text = await File.ReadAllTextAsync(Path.Combine(Reports, "arrivals.txt"));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var o = json.RootElement;
            Assert.Equal(["doc", "subject", "measure", "value", "bound", "text", "start", "end", "time"], o.EnumerateObject().Select(p => p.Name));
            Assert.Equal("arrivals.txt", o.GetProperty("doc").GetString());
            Assert.Equal(JsonValueKind.Number, o.GetProperty("value").ValueKind);
            Assert.Equal(o.GetProperty("text").GetString(), text[o.GetProperty("start").GetInt32()..o.GetProperty("end").GetInt32()]);
        }
        Assert.Contains(lines, l => l.Contains("\"subject\":\"Guatemala\",\"measure\":\"personnel.pledged\",\"value\":150,\"bound\":\"exact\",\"text\":\"150 military police\""));
    }

    [Fact]
    public async Task Eval_PrintsPrecisionRecallAndBounds_AndListsEveryMissAndFalseFigure()
    {
        var docs = Directory.CreateDirectory(Path.Combine(folder, "docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, "one.txt"), "Kenya has deployed nearly 400 officers. The attack killed 12 people.");
        await File.WriteAllTextAsync(Path.Combine(docs, "two.txt"), "Floods have displaced over 5,000 people.");
        var gold = Path.Combine(folder, "gold.jsonl");
        await File.WriteAllLinesAsync(gold,
        [
            """{"doc":"one.txt","subject":"Kenya","measure":"personnel.deployed","value":400,"bound":"about","note":"nearly 400 officers"}""",
            """{"doc":"one.txt","subject":"*","measure":"people.injured","value":3,"bound":"exact","note":"three were wounded"}""",
            """{"doc":"two.txt","subject":"*","measure":"people.displaced","value":5000,"bound":"at_least","note":"over 5,000 people"}""",
        ]);

        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "eval", "--gold", gold, "--docs", docs);

        Assert.Equal(0, code);
        Assert.Contains("gold figures 3, extracted 3, matched 2", output);
        Assert.Contains("precision 0.667  recall 0.667  F1 0.667", output);
        Assert.Contains("bound right 1 of 2 (0.500)", output);
        Assert.Contains("one.txt\t*\tpeople.injured\t3\texact\tthree were wounded", output); // the miss
        Assert.Contains("one.txt\t*\tpeople.killed\t12\texact\t\"12 people\"", output);       // the false figure
        Assert.Contains("expected about, found at_most", output);
    }

    [Fact]
    public async Task Eval_OnTheTestReports_MeetsTheTargets()
    {
        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "eval", "--gold", Path.Combine(Reports, "gold.jsonl"), "--docs", Reports);
        Assert.Equal(0, code);
        AssertAtLeast(output, 0.9);
    }

    /// <summary>The shared development set (three real reports and a reader's figures), where present.</summary>
    [Fact]
    public async Task Eval_OnTheSharedCorpus_HasPrecisionAndRecallOfAtLeast09()
    {
        var corpus = FindUp("shared/corpus/gold.jsonl");
        if (corpus is null) Assert.Skip("The shared corpus (../shared/corpus) is not present.");
        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "eval", "--gold", corpus, "--docs", Path.GetDirectoryName(corpus)!);
        Assert.Equal(0, code);
        AssertAtLeast(output, 0.9);
    }

    [Fact]
    public async Task Extract_OfABinaryOrEmptyFile_SaysWhyAndExits1()
    {
        var binary = Path.Combine(folder, "photo.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var empty = Path.Combine(folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "extract", binary, empty);

        Assert.Equal(1, code);
        Assert.Contains("photo.txt: the file is not text (it holds binary data)", output);
        Assert.Contains("empty.txt: the file is empty", output);
    }

    [Fact]
    public async Task Eval_WithABadGoldLine_NamesTheLine()
    {
        var gold = Path.Combine(folder, "gold.jsonl");
        await File.WriteAllTextAsync(gold, "{\"doc\":\"a.txt\",\"subject\":\"*\",\"measure\":\"people.killed\",\"value\":3,\"bound\":\"exact\"}\n{not json}\n", Encoding.UTF8);
        var (code, output) = await CliTests.KonbitAsync(NoSettings, "figures", "eval", "--gold", gold, "--docs", folder);
        Assert.Equal(1, code);
        Assert.Contains("gold.jsonl line 2:", output);
    }

    static void AssertAtLeast(string output, double target)
    {
        var line = output.Split('\n').Single(l => l.StartsWith("precision", StringComparison.Ordinal));
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (precision, recall) = (double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(precision >= target && recall >= target, output);
    }

    static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            foreach (var candidate in new[] { Path.Combine(dir.FullName, relative), Path.Combine(dir.FullName, "..", relative) })
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        return null;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
