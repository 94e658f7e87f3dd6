using static Konbit.Tests.Cli.CliTests;
using System.Text.Json;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Incidents.Export;

/// <summary>`konbit incidents generate` and `konbit incidents export`, run as real processes on the server's data.</summary>
public sealed class ExportCliTests
{
    [Fact]
    public void Output_ToADevice_IsWrittenDirectly_AndToAFile_ThroughAPartialFileRenamedAtTheEnd()
    {
        // Renaming a finished file over /dev/null would replace the device with a regular file.
        Assert.Equal("/dev/null", new Konbit.Incidents.Export.OutputFile(new FileInfo("/dev/null")).WritePath);
        var target = Path.Combine(Path.GetTempPath(), $"konbit-out-{Guid.NewGuid():N}.csv");
        var file = new Konbit.Incidents.Export.OutputFile(new FileInfo(target));
        Assert.Equal(target + ".partial", file.WritePath);
        File.WriteAllText(file.WritePath, "x");
        file.Complete();
        Assert.Equal("x", File.ReadAllText(target));
        File.Delete(target);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1 << 20, 4096)]
    [InlineData((1 << 20) + 1, 100_003)]
    [InlineData(3_500_017, 7_777)]
    public void AnUncachedFile_HoldsExactlyWhatWasWritten_InWholeBlocksAndTheLastPartOne(int size, int piece)
    {
        // Whole 1 MiB blocks go around the page cache (where the file system allows it), the rest through it.
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(Path.GetTempPath(), $"konbit-uncached-{Guid.NewGuid():N}.bin");
        try
        {
            using (var stream = Konbit.Incidents.Export.UncachedFileStream.Create(path))
                for (var at = 0; at < size; at += piece) stream.Write(bytes.AsSpan(at, Math.Min(piece, size - at)));
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Generate_WritesTheSameFileForTheSameSeed()
    {
        await using var app = await KonbitApp.StartAsync();
        var dir = Directory.CreateTempSubdirectory("konbit-generate-").FullName;
        try
        {
            var first = await KonbitAsync(app.Settings, "incidents", "generate", "--count", "250", "--seed", "9", "--out", Path.Combine(dir, "a.csv"));
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Contains("Generated 250 synthetic incidents over 10 departments", first.Output);
            var second = await KonbitAsync(app.Settings, "incidents", "generate", "--count", "250", "--seed", "9", "--out", Path.Combine(dir, "b.csv"));
            Assert.True(second.ExitCode == 0, second.Output);
            var a = await File.ReadAllTextAsync(Path.Combine(dir, "a.csv"));
            Assert.Equal(a, await File.ReadAllTextAsync(Path.Combine(dir, "b.csv")));
            Assert.Equal(250, ExportTests.ReadCsv(a, out _).Count);
            Assert.False(File.Exists(Path.Combine(dir, "a.csv.partial")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task Export_WritesTheFilteredIncidentsToTheFile()
    {
        await using var app = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(app);
        var dir = Directory.CreateTempSubdirectory("konbit-export-").FullName;
        try
        {
            var csv = Path.Combine(dir, "battles.csv");
            var result = await KonbitAsync(app.Settings, "incidents", "export", "--format", "csv", "--out", csv, "--event-type", "Battles", "--from", "2024-01-01");
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("Exported 1 incidents to", result.Output);
            Assert.Equal(["HTI1001"], ExportTests.ReadCsv(await File.ReadAllTextAsync(csv), out _).Select(r => r[0]));

            var geojson = Path.Combine(dir, "ouest-and-nord.geojson");
            result = await KonbitAsync(app.Settings, "incidents", "export", "--format", "geojson", "--out", geojson, "--mission", "false");
            Assert.True(result.ExitCode == 0, result.Output);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(geojson));
            Assert.Equal(["HTI1002", "KON-3"], json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("event_id_cnty").GetString()));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task Export_WithAnUnknownFormatOrFilter_SaysWhatIsWrongAndExits1()
    {
        await using var app = await KonbitApp.StartAsync();
        var result = await KonbitAsync(app.Settings, "incidents", "export", "--format", "pdf", "--out", Path.Combine(Path.GetTempPath(), "never.pdf"), "--area", "Ouest");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format 'pdf' is not one of csv, hxl, geojson, xlsx, cot.", result.Output);
        Assert.Contains("'Ouest' is not a Haitian P-code", result.Output);
    }

}
