using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>Bad rows are rejected one by one, with the line they start on and the column at fault; good rows go in.</summary>
public sealed class ImportRowTests
{
    [Fact]
    public async Task EveryKindOfBadRow_IsRejectedWithItsLineAndReason_AndTheRestIsImported()
    {
        await using var app = await KonbitApp.StartAsync();
        var good = Csv(Official, Row("HTI1")).Split('\n')[1];
        var header = string.Join(",", Official);
        // Line 3 holds a quoted field over two lines, so the rows after it start one line further down.
        var multiLine = Csv(Official, Row("HTI2", notes: "Two lines\nof notes")).Split('\n', 2)[1].TrimEnd('\n');
        var lines = new[]
        {
            header,                                                                   // 1
            good,                                                                     // 2
            multiLine,                                                                // 3-4
            Csv(Official, Row("HTI3", date: "31/02/2024")).Split('\n')[1],            // 5
            Csv(Official, Row("HTI4", eventType: "Gunfight")).Split('\n')[1],         // 6
            Csv(Official, Row("HTI5", latitude: "95")).Split('\n')[1],                // 7
            Csv(Official, Row("HTI6", fatalities: "-3")).Split('\n')[1],              // 8
            Csv(Official, Row("HTI7", notes: "An \"unquoted\" quote")).Split('\n')[1].Replace("\"An \"\"unquoted\"\" quote\"", "An \"unquoted\" quote", StringComparison.Ordinal), // 9
            Csv(Official, Row("HTI8", notes: "never closed")).Split('\n')[1].Replace("never closed", "\"never closed", StringComparison.Ordinal), // 10
            Csv(Official, Row("HTI9", subType: "Peaceful protest")).Split('\n')[1],   // 11
            Csv(Official, Row("HTI10", date: "2031-01-01")).Split('\n')[1],           // 12
            Csv(Official, Row("HTI11", fatalities: "2.5")).Split('\n')[1],            // 13
            Csv(Official, Row("HTI12")).Split('\n')[1],                               // 14
        };
        var dir = Directory.CreateTempSubdirectory("konbit-rejects-").FullName;
        var rejectsPath = Path.Combine(dir, "test.rejects.csv");

        var summary = await app.ImportAsync(Bytes(string.Join("\n", lines) + "\n"), new ImportOptions("test.csv", RejectsPath: rejectsPath));

        Assert.Equal((3, 9, 12), (summary.Imported, summary.Rejected, summary.RowsRead));
        Assert.Equal("imported 3, updated 0, unchanged 0, rejected 9 (rejects in X)", summary.Line("X"));
        var reasons = summary.Rejects.ToDictionary(r => r.Line, r => r.Reason);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12, 13], reasons.Keys.Order());
        Assert.Equal("event_date '31/02/2024' is not a date (expected YYYY-MM-DD)", reasons[5]);
        Assert.Equal("event_type 'Gunfight' is not an ACLED event type", reasons[6]);
        Assert.Equal("latitude 95 is outside -90..90", reasons[7]);
        Assert.Equal("fatalities -3 is negative", reasons[8]);
        Assert.StartsWith("broken quoting: a quote inside the unquoted field", reasons[9]);
        Assert.StartsWith("broken quoting: a quote inside the quoted field", reasons[10]);
        Assert.Equal("sub_event_type 'Peaceful protest' is not a sub-type of Battles", reasons[11]);
        Assert.Equal("event_date 2031-01-01 is in the future", reasons[12]);
        Assert.Equal("fatalities '2.5' is not a whole number", reasons[13]);

        var stored = await app.WithDbAsync(db => db.Incidents.Select(i => i.SourceId).OrderBy(s => s).ToListAsync());
        Assert.Equal(["HTI1", "HTI12", "HTI2"], stored);
        var rejects = await File.ReadAllLinesAsync(rejectsPath);
        Assert.Equal("line,reason,record", rejects[0]);
        Assert.Equal(10, rejects.Length);
        Assert.StartsWith("5,\"event_date '31/02/2024' is not a date (expected YYYY-MM-DD)\",\"HTI3,31/02/2024,", rejects[1]);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task AQuoteNeverClosed_AtTheEndOfTheFile_RejectsOnlyItsLine()
    {
        await using var app = await KonbitApp.StartAsync();
        var csv = Csv(Official, Row("HTI1"), Row("HTI2")) + Csv(Official, Row("HTI3", notes: "x")).Split('\n')[1].Replace(",x,", ",\"x,", StringComparison.Ordinal) + "\n";
        var summary = await app.ImportAsync(csv);
        Assert.Equal((2, 1), (summary.Imported, summary.Rejected));
        Assert.Equal(new ImportReject(4, "broken quoting: a quote is opened and never closed"), summary.Rejects.Single());
    }

    [Fact]
    public async Task ARowWithTooFewFields_IsRejected()
    {
        await using var app = await KonbitApp.StartAsync();
        var summary = await app.ImportAsync(Csv(Official, Row("HTI1")) + "HTI2,2024-06-25,2024\n");
        Assert.Equal(new ImportReject(3, "the row has 3 fields where the header has 31 (broken quoting?)"), summary.Rejects.Single());
    }

    [Fact]
    public void TheReader_KnowsTheLineEachRecordStartsOn()
    {
        using var csv = new CsvRecords(new MemoryStream(Bytes("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,\n")));
        var records = new List<string>();
        while (csv.Read()) records.Add(csv.Line + ":" + string.Join("|", csv.Fields()));
        Assert.Equal(["1:a|b", "2:x\ny|say \"hi\"", "5:last|"], records);
    }
}
