using Konbit.Geography;
using Konbit.Incidents;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>Upserts on the source's id: re-imports add nothing, newer versions replace older ones and keep them as history.</summary>
public sealed class ImportUpsertTests
{
    [Fact]
    public async Task ImportingTheSameFileTwice_AddsNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var file = Csv(Official, Three());
        var first = await app.ImportAsync(file);
        var second = await app.ImportAsync(file);

        Assert.Equal((3, 0, 0, 0), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal((0, 0, 3, 0), (second.Imported, second.Updated, second.Unchanged, second.Rejected));
        Assert.Equal(3, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task ARowWithANewerTimestamp_ReplacesTheOld_AndKeepsARevision()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.ImportAsync(Csv(Official, Three()));
        var rows = Three();
        rows[0]["fatalities"] = "9";
        rows[0]["timestamp"] = "1729300000";
        rows[1]["fatalities"] = "50"; // changed without a newer timestamp: ACLED's timestamp says which version is current

        var summary = await app.ImportAsync(Csv(Official, rows), new ImportOptions("update.csv"));

        Assert.Equal((0, 1, 2), (summary.Imported, summary.Updated, summary.Unchanged));
        var (incident, revision) = await app.WithDbAsync(async db =>
        {
            var i = await db.Incidents.SingleAsync(x => x.SourceId == "HTI9001");
            return (i, await db.IncidentRevisions.SingleAsync(r => r.IncidentId == i.Id));
        });
        Assert.Equal((9, 1729300000L), (incident.Fatalities, incident.SourceTimestamp));
        Assert.Equal(("import of update.csv (newer ACLED timestamp)", "test"), (revision.Reason, revision.ReplacedBy));
        Assert.Contains("\"Fatalities\":2", revision.Snapshot.Replace(" ", ""));
        Assert.Equal(5, await app.WithDbAsync(db => db.Incidents.Where(i => i.SourceId == "HTI9002").Select(i => i.Fatalities).SingleAsync()));
    }

    [Fact]
    public async Task ARowRepeatedInOneFile_CountsOnce()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Three();
        var summary = await app.ImportAsync(Csv(Official, [.. rows, rows[0], rows[1]]), new ImportOptions("repeat.csv", BatchSize: 2));
        Assert.Equal((3, 0, 2), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.Equal(0, await app.WithDbAsync(db => db.IncidentRevisions.CountAsync()));
    }

    [Fact]
    public async Task ARowRepeatedFarApart_InOneTransaction_CountsOnce_AndTheNewerVersionWins()
    {
        // The parser hands rows to the writer a few thousand at a time, so a transaction of the default batch holds
        // several hand-overs: the repeat meets its first version in the database, not in the same list.
        await using var app = await KonbitApp.StartAsync();
        var rows = Enumerable.Range(1, IncidentImporter.HandOverRows + 100).Select(n => Row($"HTI{n}", fatalities: "1")).ToList();
        var newer = Row("HTI5", fatalities: "7");
        newer["timestamp"] = "1800000000";
        rows.Add(newer);
        var summary = await app.ImportAsync(Csv(Official, [.. rows]), new ImportOptions("far.csv"));
        Assert.Equal((IncidentImporter.HandOverRows + 100, 0, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.Equal(7, await app.WithDbAsync(db => db.Incidents.Where(i => i.SourceId == "HTI5").Select(i => i.Fatalities).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.IncidentRevisions.CountAsync()));
    }

    [Fact]
    public async Task Strict_ImportsNothing_WhenOneRowIsBad()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Three();
        rows[2]["latitude"] = "95";
        var summary = await app.ImportAsync(Csv(Official, rows), new ImportOptions("strict.csv", Strict: true));
        Assert.Equal((0, 1), (summary.Imported, summary.Rejected));
        Assert.Equal(new ImportReject(4, "latitude 95 is outside -90..90"), summary.Rejects.Single());
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));

        var clean = await app.ImportAsync(Csv(Official, Three()), new ImportOptions("strict.csv", Strict: true));
        Assert.Equal((3, 0, 3), (clean.Imported, clean.Rejected, clean.RowsRead));
    }

    [Fact]
    public async Task DryRun_ClassifiesButWritesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.ImportAsync(Csv(Official, Three().Take(1).ToArray()));
        var rows = Three();
        rows[0]["timestamp"] = "1729300000";

        var summary = await app.ImportAsync(Csv(Official, [.. rows, rows[2]]), new ImportOptions("dry.csv", DryRun: true, BatchSize: 2));

        Assert.Equal((2, 1, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        var (incidents, revisions, timestamp, sources) = await app.WithDbAsync(async db => (await db.Incidents.CountAsync(), await db.IncidentRevisions.CountAsync(),
            await db.Incidents.Select(i => i.SourceTimestamp).SingleAsync(), await db.Sources.CountAsync()));
        Assert.Equal((1, 0, 1719300000L, 1), (incidents, revisions, timestamp, sources));
    }

    [Fact]
    public async Task AnInterruptedImport_LeavesWholeBatches_AndARerunCompletesIt()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Enumerable.Range(1, 5).Select(n => Row($"HTI{n}")).ToArray();
        var file = Bytes(Csv(Official, rows));
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            app.ImportAsync(file, new ImportOptions("big.csv", BatchSize: 2), _ => cancel.Cancel(), cancel.Token));

        var (count, run) = await app.WithDbAsync(async db => (await db.Incidents.CountAsync(), await db.ImportRuns.SingleAsync()));
        Assert.Equal(2, count);
        Assert.Equal((ImportState.Failed, "interrupted", 2), (run.State, run.Error, run.Imported));

        var rerun = await app.ImportAsync(file, new ImportOptions("big.csv", BatchSize: 2));
        Assert.Equal((3, 2), (rerun.Imported, rerun.Unchanged));
        Assert.Equal(5, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task TheRun_CitesTheFile_AndIsAuditedOnce()
    {
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync(Csv(Official, Three()), new ImportOptions("acled_test.csv"));
        await app.WithDbAsync(async db =>
        {
            var run = await db.ImportRuns.SingleAsync(r => r.Key == summary.Key);
            var source = await db.Sources.SingleAsync(s => s.Id == run.SourceId);
            Assert.Equal("Incidents file acled_test.csv", source.Title);
            Assert.Equal(3, await db.Incidents.CountAsync(i => i.ImportRunId == run.Id));
            var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ImportRun) && a.Action == "Imported");
            Assert.Equal("test", entry.Actor);
            Assert.Contains("\"Imported\":3", entry.After);
            Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Incident)));
            return 0;
        });
    }

    [Fact]
    public async Task PCodes_ComeFromDepartmentNames_WhenNoBoundaryIsLoaded()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Three();
        rows[2]["admin1"] = "nord";
        await app.ImportAsync(Csv(Official, rows));
        var codes = await app.WithDbAsync(db => db.Incidents.OrderBy(i => i.SourceId).Select(i => new { i.Adm1Pcode, i.Adm2Pcode }).ToListAsync());
        Assert.Equal(["HT01", "HT05", "HT03"], codes.Select(c => c.Adm1Pcode));
        Assert.All(codes, c => Assert.Null(c.Adm2Pcode));
    }

    [Fact]
    public async Task PCodes_ComeFromCoordinates_OnceBoundariesExist_AndPointsOutsideHaitiAreFlagged()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.WithDbAsync(db =>
        {
            db.AdminUnits.Add(new AdminUnit
            {
                Pcode = "HT0111", Level = 2, ParentPcode = "HT01", NameFr = "Test Commune", Latitude = 18.55, Longitude = -72.35, Origin = "test square",
                GeometryJson = """{"type":"Polygon","coordinates":[[[-72.4,18.5],[-72.3,18.5],[-72.3,18.6],[-72.4,18.6],[-72.4,18.5]]]}""",
            });
            return db.SaveChangesAsync();
        });
        var rows = Three();
        rows[0]["admin2"] = "Not A Commune Name";
        rows[2]["latitude"] = "25.7617";
        rows[2]["longitude"] = "-80.1918";

        var summary = await app.ImportAsync(Csv(Official, rows));

        Assert.Equal((3, 0), (summary.Imported, summary.Rejected));
        var stored = await app.WithDbAsync(db => db.Incidents.OrderBy(i => i.SourceId).ToListAsync());
        Assert.Equal(("HT01", "HT0111", false), (stored[0].Adm1Pcode, stored[0].Adm2Pcode, stored[0].OutsideHaiti));
        Assert.Null(stored[1].Adm2Pcode);
        Assert.Equal((true, 25.7617), (stored[2].OutsideHaiti, stored[2].Latitude!.Value));
    }
}
