using Konbit.Geography;
using Konbit.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Konbit.Tests.Geography.BoundaryImportTests;

namespace Konbit.Tests.Geography;

/// <summary>The official OCHA COD-AB boundaries (CNIGS 2018), where the shared data folder is present beside the repository.</summary>
public sealed class SharedBoundariesTests
{
    static string? Folder() => SharedData.Find(Path.Combine("boundaries", "ocha-cod-ab-cnigs-20181129"));

    [Fact]
    public async Task TheOfficialBoundaries_ImportAtEveryLevel_AndPlacePortAuPrinceAndPontSonde()
    {
        if (Folder() is not { } folder) { Assert.Skip("The shared OCHA COD-AB boundaries are not present."); return; }
        await using var app = await KonbitApp.StartAsync();
        foreach (var (level, count) in new[] { (1, 10), (2, 140), (3, 570) })
        {
            var file = Path.Combine(folder, $"hti_adm{level}_cnigs_20181129.geojson");
            var (result, errors) = await ImportAsync(app, await File.ReadAllTextAsync(file), file);
            Assert.True(result is not null, string.Join("\n", errors));
            Assert.Equal((level, count), (result.Level, result.Imported));
        }

        var gazetteer = await app.WithDbAsync(db => app.Services.GetRequiredService<PlaceLookup>().CurrentAsync(db, CancellationToken.None));
        var portAuPrince = gazetteer.Locate(18.5425, -72.3386);
        Assert.Equal(("HT01", "HT0111"), (portAuPrince.Adm1, portAuPrince.Adm2));
        Assert.StartsWith("HT0111-", portAuPrince.Adm3);

        // Pont-Sondé is a town, not an admin unit: it lies in the commune of Saint-Marc (ACLED places it at 19.1484, -72.6144).
        Assert.Null(gazetteer.Find(2, "Pont Sonde"));
        Assert.Null(gazetteer.Find(3, "Pont Sonde"));
        Assert.Equal(("HT05", "HT0531"), (gazetteer.Locate(19.1484, -72.6144).Adm1, gazetteer.Locate(19.1484, -72.6144).Adm2));
        Assert.Equal("HT0531", gazetteer.Find(2, "St Marc", within: "HT05")?.Pcode);
        Assert.Equal("HT0311", gazetteer.Find(2, "Cap Haitien")?.Pcode);
        Assert.Equal("HT08", gazetteer.Find(1, "Grande-Anse")?.Pcode);
        Assert.Equal("HT0551", gazetteer.Find(2, "Saint Michel de l'Atalaye")?.Pcode);
        Assert.Null(gazetteer.Locate(18.0, -75.5).Adm1);
    }
}
