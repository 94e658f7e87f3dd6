using System.Text.RegularExpressions;

namespace Konbit.Sources.Figures;

/// <summary>
/// Country names as a report writes them, and the adjectives that stand for them ("Kenyan police"), mapped to the
/// English short name a figure's subject carries. Haiti is the host: its police and people are never a contingent.
/// </summary>
public static partial class Countries
{
    public const string Host = "Haiti";

    // Short name first, then other spellings, adjectives, and the capitals reports use for governments ("Nairobi said").
    static readonly string[][] Table =
    [
        ["Antigua and Barbuda", "Antiguan"], ["Argentina", "Argentine", "Argentinian"], ["Australia", "Australian"], ["Bahamas", "The Bahamas", "Bahamian", "Nassau"],
        ["Bangladesh", "Bangladeshi", "Dhaka"], ["Barbados", "Barbadian", "Bajan", "Bridgetown"], ["Belgium", "Belgian"], ["Belize", "Belizean", "Belmopan"], ["Benin", "Beninese", "Cotonou", "Porto-Novo"],
        ["Brazil", "Brazilian"], ["Burkina Faso", "Burkinabe"], ["Burundi", "Burundian", "Gitega"], ["Cameroon", "Cameroonian"], ["Canada", "Canadian", "Ottawa"],
        ["Chad", "Chadian", "N'Djamena"], ["Chile", "Chilean"], ["China", "Chinese"], ["Colombia", "Colombian"], ["Costa Rica", "Costa Rican"], ["Cuba", "Cuban"],
        ["Dominica"], ["Dominican Republic", "Dominican"], ["Ecuador", "Ecuadorian"], ["Egypt", "Egyptian"],
        ["El Salvador", "Salvadoran", "Salvadorean", "San Salvador"], ["Ethiopia", "Ethiopian"], ["France", "French"], ["Germany", "German"], ["Ghana", "Ghanaian"],
        ["Grenada", "Grenadian"], ["Guatemala", "Guatemalan", "Guatemala City"], ["Guyana", "Guyanese"], ["Haiti", "Haitian"], ["Honduras", "Honduran"], ["India", "Indian"],
        ["Indonesia", "Indonesian"], ["Italy", "Italian"], ["Jamaica", "Jamaican", "Kingston"], ["Japan", "Japanese"], ["Jordan", "Jordanian"], ["Kenya", "Kenyan", "Nairobi"],
        ["Mexico", "Mexican"], ["Mongolia", "Mongolian"], ["Morocco", "Moroccan"], ["Nepal", "Nepalese", "Nepali"], ["Netherlands", "Dutch"],
        ["Niger", "Nigerien"], ["Nigeria", "Nigerian"], ["Norway", "Norwegian"], ["Pakistan", "Pakistani"], ["Panama", "Panamanian"],
        ["Paraguay", "Paraguayan"], ["Peru", "Peruvian"], ["Philippines", "Filipino"], ["Russia", "Russian"], ["Rwanda", "Rwandan"],
        ["Saint Kitts and Nevis", "St Kitts and Nevis", "Kittitian"], ["Saint Lucia", "St Lucia", "Saint Lucian"],
        ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "Vincentian"], ["Senegal", "Senegalese"], ["South Africa", "South African"],
        ["South Korea", "Korea", "South Korean"], ["Spain", "Spanish"], ["Sri Lanka", "Sri Lankan"], ["Suriname", "Surinamese"], ["Sweden", "Swedish"],
        ["Tanzania", "Tanzanian"], ["Togo", "Togolese"], ["Trinidad and Tobago", "Trinidadian"], ["Turkey", "Türkiye", "Turkish"], ["Uganda", "Ugandan"],
        ["United Kingdom", "UK", "Britain", "Great Britain", "British"], ["United States", "US", "U.S.", "USA", "United States of America", "America", "American", "Washington"],
        ["Uruguay", "Uruguayan"], ["Venezuela", "Venezuelan"], ["Zambia", "Zambian"],
    ];

    static readonly Dictionary<string, string> ByName = Table
        .SelectMany(row => row.Select(n => (Name: n, Country: row[0])))
        .ToDictionary(x => x.Name, x => x.Country, StringComparer.Ordinal);

    // Longest names first, so "Dominican Republic" wins over "Dominican" and "South Africa" over "Africa". A "the"
    // before a name is not part of the mention; leaving it out of the pattern lets the search jump from name to name
    // (a pattern that may start with "the" tries every "t" of the text), four times faster on a sentence.
    static readonly Regex Pattern = new(
        @"(?<![\w.])(" + string.Join("|", ByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w$])(?<led>-led|\s+led)?('s|’s|s')?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A country named in a text: where, which, and whether as the leader of something ("the Kenyan-led mission").</summary>
    public readonly record struct Mention(int Start, int End, string Country, bool Led, bool Possessive);

    public static List<Mention> Find(string text, int start, int end)
    {
        var found = new List<Mention>();
        for (var m = Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var name = m.Groups[1].Value;
            // "US" in capitals only; a sentence's "us" is the pronoun.
            if (name == "US" && m.Groups[1].Index > 0 && !char.IsUpper(text[m.Groups[1].Index])) continue;
            found.Add(new Mention(m.Groups[1].Index, m.Index + m.Length, ByName[name], m.Groups["led"].Success, m.Groups[3].Success));
        }
        return found;
    }
}
