using Konbit.Humanitarian;
using Konbit.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Konbit.Tests.Humanitarian;

/// <summary>The real IOM DTM and IPC files, where the shared data folder is present beside the repository.</summary>
public sealed class SharedFiguresTests
{
    /// <summary>shared/data, when it holds the DTM and IPC files.</summary>
    static string? Folder() => SharedData.Find(Path.Combine("displacement", "iom_dtm_api_hti_admin0.json")) is { } file
        ? Path.GetFullPath(Path.Combine(file, "..", ".."))
        : null;

    static async Task<HumanitarianImportResult> ImportAsync(KonbitApp app, string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (result, errors) = await scope.ServiceProvider.GetRequiredService<HumanitarianImport>()
            .RunAsync(await File.ReadAllBytesAsync(path), path, CancellationToken.None);
        Assert.True(result is not null, string.Join("\n", errors));
        Assert.Empty(result.UnknownPcodes);
        return result;
    }

    [Fact]
    public async Task TheNationalDtmSeries_AndTheIpcAnalysis_GiveThePublishedFigures()
    {
        if (Folder() is not { } folder) { Assert.Skip("The shared data folder is not present."); return; }
        await using var app = await KonbitApp.StartAsync();
        foreach (var name in new[] { "iom_dtm_api_hti_admin0.json", "iom_dtm_hti_admin0.csv" })
        {
            await ImportAsync(app, Path.Combine(folder, "displacement", name));
            var series = await app.WithDbAsync(db => HumanitarianApi.SeriesAsync(db, AreaLevel.Country, null, CancellationToken.None));
            Assert.Contains(new DisplacementPoint(new(2024, 9, 30), "HTI", 702_973), series);
            Assert.Contains(new DisplacementPoint(new(2025, 6, 30), "HTI", 1_287_593), series);
        }

        await ImportAsync(app, Path.Combine(folder, "humanitarian", "ipc_hti_area_long_latest.csv"));
        var periods = await app.WithDbAsync(db => HumanitarianApi.PeriodsAsync(db, CancellationToken.None));
        var current = periods.Single(p => (p.Start, p.End) == (new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 28)));
        Assert.Equal(5_697_628, current.Phase3Plus);
    }

    [Fact]
    public async Task TheDtmFilesByDepartmentAndCommune_ImportWithEveryPcodeKnown()
    {
        if (Folder() is not { } folder) { Assert.Skip("The shared data folder is not present."); return; }
        await using var app = await KonbitApp.StartAsync();
        foreach (var level in new[] { 1, 2 })
        {
            var json = await ImportAsync(app, Path.Combine(folder, "displacement", $"iom_dtm_api_hti_admin{level}.json"));
            var csv = await ImportAsync(app, Path.Combine(folder, "displacement", $"iom_dtm_hti_admin{level}.csv"));
            Assert.Equal((json.Figures, 0, json.Figures), (csv.Figures, csv.Added, csv.Replaced));
        }
    }
}
