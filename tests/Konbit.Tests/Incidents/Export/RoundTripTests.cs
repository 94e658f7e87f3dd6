using System.Globalization;
using System.Text;
using Konbit.Incidents.Export;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Cli.CliTests;

namespace Konbit.Tests.Incidents.Export;

/// <summary>What the generator and the exports write, the importer reads back without loss.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task GeneratedFile_ImportedThenExportedAsCsv_IsTheSameFile()
    {
        await using var app = await KonbitApp.StartAsync();
        var dir = Directory.CreateTempSubdirectory("konbit-roundtrip-").FullName;
        try
        {
            var places = await app.WithDbAsync(db => SyntheticIncidents.PlacesAsync(db, CancellationToken.None));
            var generated = Path.Combine(dir, "synthetic.csv");
            await using (var writer = new StreamWriter(generated, false, new UTF8Encoding(false)))
                new SyntheticIncidents(11, places).Write(writer, 400);

            // The command line imports with the real clock (the test app's is fixed in 2025, before some generated dates).
            var import = await KonbitAsync(app.Settings, "incidents", "import", generated);
            Assert.True(import.ExitCode == 0, import.Output);

            Assert.Equal(400, await app.WithDbAsync(db => db.Incidents.CountAsync(i => i.Synthetic && i.Dataset == "synthetic")));
            var exported = await app.Anonymous().GetStringAsync("/api/v1/incidents/export?format=csv");
            Assert.Equal(await File.ReadAllTextAsync(generated), exported);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task HxlExport_ImportedIntoAnotherDatabase_ExportsTheSameAcledColumns()
    {
        await using var source = await KonbitApp.StartAsync();
        await ExportFixture.ArrangeAsync(source);
        var hxl = await source.Anonymous().GetStringAsync("/api/v1/incidents/export?format=hxl");
        var expected = ExportTests.ReadCsv(await source.Anonymous().GetStringAsync("/api/v1/incidents/export?format=csv"), out _);

        await using var target = await KonbitApp.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"konbit-{Guid.NewGuid():N}.hxl.csv");
        try
        {
            await File.WriteAllTextAsync(file, hxl);
            var import = await KonbitAsync(target.Settings, "incidents", "import", file);
            Assert.True(import.ExitCode == 0, import.Output);
        }
        finally { File.Delete(file); File.Delete(Path.ChangeExtension(file, null) + ".rejects.csv"); }

        var actual = ExportTests.ReadCsv(await target.Anonymous().GetStringAsync("/api/v1/incidents/export?format=csv"), out var header);
        Assert.Equal(expected.Count, actual.Count);
        for (var row = 0; row < expected.Count; row++)
            // The importer's HXL map has no hashtag for civilian targeting (yet): that column is not compared.
            foreach (var column in Enumerable.Range(0, header.Length).Where(c => header[c] != "civilian_targeting"))
                Assert.True(expected[row][column] == actual[row][column],
                    string.Create(CultureInfo.InvariantCulture, $"row {row + 1}, {header[column]}: '{expected[row][column]}' became '{actual[row][column]}'"));
        var codes = await target.WithDbAsync(db => db.Incidents.OrderBy(i => i.Id).Select(i => new { i.Adm1Pcode, i.Adm2Pcode, i.Injured, i.Abducted }).ToListAsync());
        Assert.Equal(("HT01", "HT0112", (int?)4), (codes[0].Adm1Pcode, codes[0].Adm2Pcode, codes[0].Injured));
        Assert.Equal(2, codes[1].Abducted);
    }
}
