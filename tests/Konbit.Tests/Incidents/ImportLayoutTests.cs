using Konbit.Incidents;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>The layouts the importer recognises: ACLED's official one, the usual re-saved variants, and HXL.</summary>
public sealed class ImportLayoutTests
{
    [Fact]
    public async Task OfficialLayoutWithBomAndPopulation_ImportsEveryRow()
    {
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync(Bytes(Csv([.. Official, .. Population], Three()), bom: true));

        Assert.Equal(("acled", 3, 0), (summary.Layout, summary.Imported, summary.Rejected));
        var stored = await app.WithDbAsync(db => db.Incidents.OrderBy(i => i.SourceId).ToListAsync());
        Assert.Equal(["HTI9001", "HTI9002", "HTI9003"], stored.Select(i => i.SourceId));
        var first = stored[0];
        Assert.Equal((new DateOnly(2024, 6, 25), 202406, "Battles", "Armed clash", 2), (first.EventDate, first.Month, first.EventType, first.SubEventType, first.Fatalities));
        Assert.Equal(((byte?)3, (byte?)1, (byte?)13, "acled"), (first.Inter1, first.Inter2, first.Interaction, first.Dataset));
        Assert.Equal((1719300000L, 18.54, -72.34), (first.SourceTimestamp, first.Latitude!.Value, first.Longitude!.Value));
        Assert.Equal(32, first.RowHash!.Length);
    }

    [Fact]
    public async Task OfficialLayoutWithoutPopulation_IsRecognisedAsOfficial()
    {
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync(Csv(Official, Three()));
        Assert.Equal(("acled", 3, 0), (summary.Layout, summary.Imported, summary.Rejected));
    }

    [Fact]
    public async Task ResavedWithIndexColumnTextInteractionsAndNoIds_ImportsWithDerivedFields()
    {
        await using var app = await KonbitApp.StartAsync();
        // As pandas re-saves ACLED: an unnamed index column, no id, no disorder type or inter codes, interaction as text, extra columns.
        string[] columns = ["", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "interaction", "iso", "country",
            "admin1", "admin2", "admin3", "location", "latitude", "longitude", "source", "notes", "fatalities", "timestamp", "nrEvents", "category"];
        var rows = Three().Select((r, n) => new Dictionary<string, string>(r) { [""] = n.ToString(), ["nrEvents"] = "1", ["category"] = "2024" }).ToArray();
        rows[0]["interaction"] = "Political militia-State forces";
        rows[1]["interaction"] = "Political militia-Civilians";
        rows[2]["interaction"] = "Protesters only";

        var summary = await app.ImportAsync(Csv(columns, rows));

        Assert.Equal(("acled-resaved", 3, 0), (summary.Layout, summary.Imported, summary.Rejected));
        var stored = await app.WithDbAsync(db => db.Incidents.OrderBy(i => i.EventDate).ToListAsync());
        Assert.All(stored, i => Assert.StartsWith("row:", i.SourceId));
        Assert.Equal([Taxonomy.PoliticalViolence, Taxonomy.PoliticalViolence, Taxonomy.Demonstrations], stored.Select(i => i.DisorderType));
        Assert.Equal([(byte?)13, (byte?)37, (byte?)60], stored.Select(i => i.Interaction));
        Assert.Equal([(byte?)3, (byte?)3, (byte?)6], stored.Select(i => i.Inter1));

        var again = await app.ImportAsync(Csv(columns, rows));
        Assert.Equal((0, 3), (again.Imported, again.Unchanged));
    }

    [Fact]
    public async Task ColumnsInAnotherOrder_AreFoundByName()
    {
        await using var app = await KonbitApp.StartAsync();
        var reordered = Official.Reverse().ToArray();
        var summary = await app.ImportAsync(Csv(reordered, Three()));
        Assert.Equal(("acled-resaved", 3, 0), (summary.Layout, summary.Imported, summary.Rejected));
        Assert.Equal(7, await app.WithDbAsync(db => db.Incidents.SumAsync(i => i.Fatalities)));
    }

    [Fact]
    public async Task MissingOptionalColumns_AreLeftEmpty()
    {
        await using var app = await KonbitApp.StartAsync();
        string[] columns = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "admin1", "fatalities"];
        var summary = await app.ImportAsync(Csv(columns, Three()));
        Assert.Equal((3, 0), (summary.Imported, summary.Rejected));
        var first = await app.WithDbAsync(db => db.Incidents.SingleAsync(i => i.SourceId == "HTI9001"));
        Assert.Equal((null, null, null, (byte)1), (first.Latitude, first.Actor2, first.SourceTimestamp, first.TimePrecision));
    }

    [Fact]
    public async Task MissingRequiredColumns_AreNamed_AndNothingIsImported()
    {
        await using var app = await KonbitApp.StartAsync();
        var columns = Official.Where(c => c is not "event_type" and not "fatalities").ToArray();
        var summary = await app.ImportAsync(Csv(columns, Three()));
        Assert.Equal(ImportState.Failed, summary.State);
        Assert.Equal("The file lacks required columns: event_type, fatalities. Nothing was imported.", summary.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task HxlTaggedFile_IsMappedByHashtags()
    {
        await using var app = await KonbitApp.StartAsync();
        const string csv = """
            Incidents of a test partner
            Date,Type,Sub-type,Perpetrator,Department,Dept code,Commune,Place,Lat,Lon,Killed,Injured,Displaced,Source,Ref,Description
            #date,#event+type,#event+type+sub,#actor,#adm1+name,#adm1+code,#adm2+name,#loc,#geo+lat,#geo+lon,#affected+killed,#affected+injured,#affected+idps,#meta+source,#meta+id,#description
            2024-06-25,Battles,Armed clash,Test Gang,Ouest,HT01,Port-au-Prince,Test Place,18.54,-72.34,4,6,120,Test Wire,P-1,"A clash, invented for a test."
            2024-07-01,Violence against civilians,Abduction/forced disappearance,Test Gang,Artibonite,HT05,Saint-Marc,Test Road,19.11,-72.70,0,,,Test Wire,P-2,An abduction invented for a test.
            """;
        var summary = await app.ImportAsync(csv);

        Assert.Equal(("hxl", 2, 0), (summary.Layout, summary.Imported, summary.Rejected));
        var first = await app.WithDbAsync(db => db.Incidents.SingleAsync(i => i.SourceId == "P-1"));
        Assert.Equal(("hxl", "Test Gang", "HT01", 4, 6, 120), (first.Dataset, first.Actor1, first.Adm1Pcode, first.Fatalities, first.Injured, first.Displaced));
        Assert.Equal(("A clash, invented for a test.", "Test Wire", Taxonomy.PoliticalViolence), (first.Notes, first.SourceNames, first.DisorderType));
    }

    [Fact]
    public async Task AFileThatIsNeitherAcledNorHxl_IsRefused()
    {
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync("name,count\nalpha,1\n");
        Assert.Equal(ImportState.Failed, summary.State);
        Assert.StartsWith("The file's layout is not recognised", summary.Error);
    }

    [Fact]
    public async Task SyntheticRows_AreMarked()
    {
        await using var app = await KonbitApp.StartAsync();
        var rows = Three();
        rows[0]["event_id_cnty"] = "SYN1";
        rows[1]["tags"] = "synthetic; load test";
        await app.ImportAsync(Csv(Official, rows));
        var synthetic = await app.WithDbAsync(db => db.Incidents.Where(i => i.Synthetic).Select(i => i.SourceId).OrderBy(s => s).ToListAsync());
        Assert.Equal(["HTI9002", "SYN1"], synthetic);
    }
}
