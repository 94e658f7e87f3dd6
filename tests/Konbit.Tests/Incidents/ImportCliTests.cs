using static Konbit.Tests.Cli.CliTests;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>`konbit incidents import`, run as a real process: its summary line, rejects file and exit codes.</summary>
public sealed class ImportCliTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("konbit-import-cli-").FullName;

    [Fact]
    public async Task Import_ExitsWith0WhenClean_2WhenRowsAreRejected_And1WhenTheFileIsUnreadable()
    {
        await using var app = await KonbitApp.StartAsync();
        var clean = Write("clean.csv", Csv(Official, Three()));
        var result = await KonbitAsync(app.Settings, "incidents", "import", clean);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("imported 3, updated 0, unchanged 0, rejected 0", result.Output);

        var rows = Three();
        rows[0]["event_id_cnty"] = "HTI9100";
        rows[0]["latitude"] = "95";
        var dirty = Write("dirty.csv", Csv(Official, [.. rows, Row("HTI9101")]));
        result = await KonbitAsync(app.Settings, "incidents", "import", dirty);
        Assert.True(result.ExitCode == 2, result.Output);
        var rejects = Path.Combine(folder, "dirty.rejects.csv");
        Assert.Contains($"imported 1, updated 0, unchanged 2, rejected 1 (rejects in {rejects})", result.Output);
        Assert.StartsWith("2,\"latitude 95 is outside -90..90\",\"HTI9100,", File.ReadAllLines(rejects)[1]);

        var unknown = Write("unknown.csv", "name,count\nalpha,1\n");
        result = await KonbitAsync(app.Settings, "incidents", "import", unknown);
        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains("layout is not recognised", result.Output);
        result = await KonbitAsync(app.Settings, "incidents", "import", Path.Combine(folder, "missing.csv"));
        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains("does not exist", result.Output);
        Assert.Equal(4, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Import_WithDryRunOrStrict_WritesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Three();
        rows[2]["fatalities"] = "-3";
        var file = Write("strict.csv", Csv(Official, rows));
        var otherRejects = Path.Combine(folder, "elsewhere.csv");

        var strict = await KonbitAsync(app.Settings, "incidents", "import", file, "--strict", "--rejects", otherRejects);
        Assert.True(strict.ExitCode == 2, strict.Output);
        Assert.Contains("imported 0, updated 0, unchanged 0, rejected 1", strict.Output);
        Assert.True(File.Exists(otherRejects));

        var dry = await KonbitAsync(app.Settings, "incidents", "import", Write("dry.csv", Csv(Official, Three())), "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Output);
        Assert.Contains("dry run, nothing written: imported 3", dry.Output);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    /// <summary>The real ACLED file of the shared data, where present: no rejects, the file's own totals.</summary>
    [Fact]
    public async Task TheSharedAcledFile_ImportsWithNoRejectsAndItsOwnTotals()
    {
        var file = SharedData("conflict/acled_haiti_2024.csv");
        if (file is null) Assert.Skip("The shared data folder (../shared/data) is not present.");
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync(await File.ReadAllBytesAsync(file), new Konbit.Incidents.Import.ImportOptions("acled_haiti_2024.csv"));
        Assert.Equal((0, 2357, "acled-resaved"), (summary.Rejected, summary.Imported, summary.Layout));
        Assert.Equal((2357, 3050), await app.WithDbAsync(async db => (await db.Incidents.CountAsync(), await db.Incidents.SumAsync(i => i.Fatalities))));
    }

    static string? SharedData(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", relative), Path.Combine(dir.FullName, "..", "shared", "data", relative) })
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        return null;
    }

    string Write(string name, string csv)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, csv);
        return path;
    }


    public void Dispose() => Directory.Delete(folder, recursive: true);
}
