using System.Globalization;
using Konbit.Geography;
using Konbit.Incidents;
using Konbit.Incidents.Export;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Incidents.Export;

/// <summary>The synthetic generator: deterministic, in ACLED's layout, valid in the taxonomy, spread like real data.</summary>
public sealed class GenerateTests
{
    static readonly IReadOnlyList<SyntheticIncidents.Place> Departments =
        [.. Konbit.Geography.Departments.BuiltIn.Select(d => new SyntheticIncidents.Place(d.NameFr, null, d.NameFr, d.Latitude, d.Longitude, 0.12, d.Pcode == "HT01" ? 75 : 3))];

    static string Generate(int seed, int count, IReadOnlyList<SyntheticIncidents.Place>? places = null)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new SyntheticIncidents(seed, places ?? Departments).Write(writer, count);
        return writer.ToString();
    }

    [Fact]
    public void Generate_WithTheSameSeed_WritesTheSameFile_AndAnotherSeedAnother()
    {
        Assert.Equal(Generate(42, 500), Generate(42, 500));
        Assert.NotEqual(Generate(42, 500), Generate(43, 500));
    }

    [Fact]
    public void Generate_WritesValidAcledRows_MarkedSynthetic()
    {
        var rows = ExportTests.ReadCsv(Generate(7, 3000), out var header);
        Assert.Equal(ExportColumns.Acled.Select(c => c.Name), header);
        Assert.Equal(3000, rows.Count);
        var column = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        string F(string[] row, string name) => row[column[name]];
        for (var n = 0; n < rows.Count; n++)
        {
            var row = rows[n];
            Assert.Equal($"SYN{n + 1}", F(row, "event_id_cnty"));
            Assert.Equal("synthetic", F(row, "tags"));
            var date = DateOnly.ParseExact(F(row, "event_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(date, SyntheticIncidents.FirstDay, SyntheticIncidents.LastDay);
            Assert.Equal(date.Year.ToString(CultureInfo.InvariantCulture), F(row, "year"));
            var type = Taxonomy.EventType(F(row, "event_type"));
            Assert.NotNull(type);
            Assert.NotNull(Taxonomy.SubEventType(type, F(row, "sub_event_type")));
            Assert.Equal(Taxonomy.DisorderFor(type, F(row, "sub_event_type")), F(row, "disorder_type"));
            var inter1 = byte.Parse(F(row, "inter1"), CultureInfo.InvariantCulture);
            Assert.True(Taxonomy.InterNames.ContainsKey(inter1));
            var interaction = Taxonomy.Interaction(F(row, "interaction"));
            var inter2 = F(row, "inter2") is { Length: > 0 } i2 ? byte.Parse(i2, CultureInfo.InvariantCulture) : (byte?)null;
            Assert.Equal(inter2 is null ? inter1 * 10 : Math.Min(inter1, inter2.Value) * 10 + Math.Max(inter1, inter2.Value), (int?)interaction.Interaction);
            Assert.Equal(F(row, "actor2").Length == 0, inter2 is null);
            Assert.NotEmpty(F(row, "actor1"));
            Assert.InRange(double.Parse(F(row, "latitude"), CultureInfo.InvariantCulture), Konbit.Geography.Departments.South, Konbit.Geography.Departments.North);
            Assert.InRange(double.Parse(F(row, "longitude"), CultureInfo.InvariantCulture), Konbit.Geography.Departments.West, Konbit.Geography.Departments.East);
            Assert.InRange(int.Parse(F(row, "time_precision"), CultureInfo.InvariantCulture), 1, 3);
            Assert.InRange(int.Parse(F(row, "geo_precision"), CultureInfo.InvariantCulture), 1, 3);
            Assert.InRange(int.Parse(F(row, "fatalities"), CultureInfo.InvariantCulture), 0, 200);
            Assert.InRange(F(row, "notes").Length, 150, 1000);
            Assert.Equal(["332", "Caribbean", "Haiti"], [F(row, "iso"), F(row, "region"), F(row, "country")]);
        }
    }

    [Fact]
    public void Generate_FollowsTheMixOfRealData()
    {
        var rows = ExportTests.ReadCsv(Generate(1, 20_000), out var header);
        double Share(Func<string[], bool> p) => rows.Count(p) / (double)rows.Count;
        var type = Array.IndexOf(header, "event_type");
        Assert.InRange(Share(r => r[type] == "Battles"), 0.24, 0.30);
        Assert.InRange(Share(r => r[type] == "Strategic developments"), 0.28, 0.34);
        Assert.InRange(Share(r => r[type] == "Violence against civilians"), 0.20, 0.26);
        Assert.InRange(Share(r => r[type] == "Explosions/Remote violence"), 0.001, 0.02);
        Assert.InRange(Share(r => r[Array.IndexOf(header, "admin1")] == "Ouest"), 0.70, 0.80);
        Assert.InRange(Share(r => r[Array.IndexOf(header, "actor1")].Contains("Multinational") || r[Array.IndexOf(header, "assoc_actor_1")].Contains("Multinational")), 0.03, 0.07);
        var fatalities = rows.Select(r => int.Parse(r[Array.IndexOf(header, "fatalities")], CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(fatalities.Count(f => f <= 3) / (double)fatalities.Count, 0.85, 0.97);
        Assert.Contains(fatalities, f => f > 30);
        Assert.Equal(9, rows.Select(r => r[Array.IndexOf(header, "year")]).Distinct().Count());
    }

    [Fact]
    public async Task Places_AreTheCommunesWhenBoundariesAreImported_OtherwiseTheDepartments()
    {
        await using var app = await KonbitApp.StartAsync();
        var departments = await app.WithDbAsync(db => SyntheticIncidents.PlacesAsync(db, CancellationToken.None));
        Assert.Equal(10, departments.Count);
        Assert.All(departments, p => Assert.Null(p.Admin2));

        await app.WithDbAsync(async db =>
        {
            db.AdminUnits.AddRange(
                new AdminUnit { Pcode = "HT0111", Level = 2, ParentPcode = "HT01", NameFr = "Port-au-Prince", Latitude = 18.54, Longitude = -72.34, Origin = "test" },
                new AdminUnit { Pcode = "HT0112", Level = 2, ParentPcode = "HT01", NameFr = "Delmas", Latitude = 18.55, Longitude = -72.30, Origin = "test" },
                new AdminUnit { Pcode = "HT0511", Level = 2, ParentPcode = "HT05", NameFr = "Gonaïves", Latitude = 19.45, Longitude = -72.68, Origin = "test" });
            return await db.SaveChangesAsync();
        });
        var communes = await app.WithDbAsync(db => SyntheticIncidents.PlacesAsync(db, CancellationToken.None));
        Assert.Equal(["Port-au-Prince", "Delmas", "Gonaïves"], communes.Select(c => c.Admin2));
        Assert.Equal(["Ouest", "Ouest", "Artibonite"], communes.Select(c => c.Admin1));
        Assert.True(communes[0].Weight > communes[1].Weight && communes[1].Weight > communes[2].Weight);

        var rows = ExportTests.ReadCsv(Generate(3, 300, communes), out var header);
        Assert.All(rows, r => Assert.Contains(r[Array.IndexOf(header, "admin2")], new[] { "Port-au-Prince", "Delmas", "Gonaïves" }));
    }
}
