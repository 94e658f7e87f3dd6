using Konbit.Geography;
using static Konbit.Tests.Geography.Fixtures;

namespace Konbit.Tests.Geography;

/// <summary>Point-in-polygon and name matching over units built here, without a database.</summary>
public sealed class GazetteerTests
{
    static Gazetteer Build(params AdminUnit[] extra) =>
        Gazetteer.Build([.. Departments.BuiltIn, .. Communes.Select(Unit), .. extra]);

    [Fact]
    public void Locate_FindsTheCommuneWhoseBoundaryHoldsThePoint()
    {
        var gazetteer = Build();
        foreach (var commune in Communes)
        {
            var (lat, lon) = Inside(commune);
            Assert.Equal(commune.Pcode, gazetteer.Locate(lat, lon).Adm2);
        }
        Assert.Equal(new Placement(null, null, null), gazetteer.Locate(18.5, -72.3));
    }

    [Fact]
    public void Locate_NeverAnswersFromUnitsThatOnlyHaveAPoint()
    {
        var gazetteer = Build();
        var capital = Departments.BuiltIn.Single(d => d.Pcode == "HT01");
        Assert.Null(gazetteer.Locate(capital.Latitude, capital.Longitude).Adm1);
        Assert.False(gazetteer.HasBoundaries(1));
        Assert.True(gazetteer.HasBoundaries(2));
    }

    [Fact]
    public void Locate_AnswersEveryLevelThatHasBoundaries()
    {
        var gazetteer = Gazetteer.Build([
            Unit(new Square("HT05", "Artibonite", 18.9, -72.9, Size: 0.5)),
            .. Communes.Select(Unit),
            Unit(new Square("HT0531-01", "1re Section Délugé", 19.0, -72.8, Size: 0.05))]);
        Assert.Equal(new Placement("HT05", "HT0531", "HT0531-01"), gazetteer.Locate(19.02, -72.78));
        Assert.Equal(new Placement("HT05", "HT0531", null), gazetteer.Locate(19.08, -72.72));
    }

    [Theory]
    [InlineData(2, "Pont Sonde", "HT0533")]
    [InlineData(2, "PONT-SONDÉ", "HT0533")]
    [InlineData(2, "St Marc", "HT0531")]
    [InlineData(2, "St. Marc", "HT0531")]
    [InlineData(2, "saint marc", "HT0531")]
    [InlineData(2, "Sen Mak", "HT0531")]
    [InlineData(1, "Grande-Anse", "HT08")]
    [InlineData(1, "Grand'Anse", "HT08")]
    [InlineData(1, "grandans", "HT08")]
    [InlineData(1, "West", "HT01")]
    [InlineData(1, "Lwès", "HT01")]
    [InlineData(1, "nord ouest", "HT09")]
    [InlineData(2, "Cap Haitien", "HT0311")]
    [InlineData(2, "Ste Suzanne", "HT0344")]
    [InlineData(2, "Saint-Michel de l'Atalaye", "HT0551")]
    public void Find_IgnoresCaseAccentsPunctuationAndSaintSpellings(int level, string name, string pcode)
    {
        var gazetteer = Build(
            Unit(new Square("HT0311", "Cap-Haïtien", 19.7, -72.3)),
            Unit(new Square("HT0344", "Sainte-Suzanne", 19.6, -72.1)),
            Unit(new Square("HT0551", "Saint-Michel de l'Attalaye", 19.4, -72.4)));
        Assert.Equal(pcode, gazetteer.Find(level, name)?.Pcode);
    }

    [Fact]
    public void Find_WithinAParent_TellsApartUnitsOfTheSameName()
    {
        var gazetteer = Build(
            Unit(new Square("HT0531-02", "2e Section Bois Neuf", 19.0, -72.8, Size: 0.05)),
            Unit(new Square("HT0911-02", "2e Section Bois Neuf", 19.9, -72.8, Size: 0.05)));
        Assert.Null(gazetteer.Find(3, "2e Section Bois Neuf"));
        Assert.Equal("HT0531-02", gazetteer.Find(3, "2e section bois-neuf", within: "HT0531")?.Pcode);
        Assert.Equal("HT0911-02", gazetteer.Find(3, "2e section bois-neuf", within: "HT09")?.Pcode);
        Assert.Null(gazetteer.Find(3, "2e Section Bois Neuf", within: "HT01"));
    }

    [Fact]
    public void Find_WithinAParent_RefusesAUnitOfAnotherParent()
    {
        var gazetteer = Build();
        Assert.Equal("HT0531", gazetteer.Find(2, "Saint-Marc", within: "HT05")?.Pcode);
        Assert.Null(gazetteer.Find(2, "Saint-Marc", within: "HT01"));
        Assert.Null(gazetteer.Find(2, "Saint-Marc Extra"));
        Assert.Null(gazetteer.Find(2, "  "));
        Assert.Null(gazetteer.Find(1, "Saint-Marc"));
    }

    [Theory]
    [InlineData("Pont-Sondé", "Pont Sonde")]
    [InlineData("Grande'Anse", "grande - anse")]
    [InlineData("Saint-Louis du Nord", "St. Louis Du Nord")]
    [InlineData("Pétion-Ville", "Petion Ville")]
    public void Keys_OfTwoSpellingsOfOnePlace_AreEqual(string a, string b) => Assert.Equal(PlaceNames.Key(a), PlaceNames.Key(b));

    [Theory]
    [InlineData("Port-de-Paix", "Port-au-Prince")]
    [InlineData("1re Section", "11e Section")]
    public void Keys_OfDifferentPlaces_Differ(string a, string b) => Assert.NotEqual(PlaceNames.Key(a), PlaceNames.Key(b));
}
