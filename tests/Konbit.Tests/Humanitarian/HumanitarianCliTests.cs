using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Cli.CliTests;
using static Konbit.Tests.Humanitarian.Fixtures;

namespace Konbit.Tests.Humanitarian;

/// <summary>`konbit humanitarian import FILE...` as a real process on a running server's data.</summary>
public sealed class HumanitarianCliTests
{
    [Fact]
    public async Task Import_OfSeveralFiles_SaysWhatItRecognisedAndStored_AndReportsUnknownPcodes()
    {
        await using var app = await KonbitApp.StartAsync();
        var folder = Directory.CreateTempSubdirectory("konbit-humanitarian-");
        try
        {
            var files = new[] { ("dtm_admin0.json", NationalJson), ("dtm_admin2.csv", CommunesCsv), ("ipc.csv", Ipc), ("ipc_bare.csv", IpcWithoutTags) }
                .Select(f => { var path = Path.Combine(folder.FullName, f.Item1); File.WriteAllText(path, f.Item2); return path; }).ToArray();

            var run = await KonbitAsync(app.Settings, ["humanitarian", "import", .. files]);

            Assert.True(run.ExitCode == 1, run.Output); // one file refused
            Assert.Contains("dtm_admin0.json: IOM DTM API JSON (country): 4 rows, stored 2 figures (2 new, 0 replaced).", run.Output);
            Assert.Contains("dtm_admin2.csv: IOM DTM CSV (adm2): 3 rows, stored 2 figures (2 new, 0 replaced); 1 row with unknown P-codes not stored.", run.Output);
            Assert.Contains("dtm_admin2.csv: line 3: unknown P-code HT9911, not stored.", run.Output);
            Assert.Contains("ipc.csv: IPC HDX CSV (analysis areas): 10 rows, stored 3 figures (3 new, 0 replaced).", run.Output);
            Assert.Contains("ipc_bare.csv: line 2: expected the HXL hashtag row", run.Output);
            Assert.Equal((4, 3), await app.WithDbAsync(async db => (await db.DisplacementFigures.CountAsync(), await db.FoodInsecurityFigures.CountAsync())));
        }
        finally { folder.Delete(recursive: true); }
    }
}
