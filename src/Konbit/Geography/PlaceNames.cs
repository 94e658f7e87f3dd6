using System.Globalization;
using System.Text;

namespace Konbit.Geography;

/// <summary>
/// The key under which a place name is matched. Sources spell Haitian places many ways (Pont-Sondé, Pont Sonde,
/// PONT SONDE; Saint-Marc, St Marc, St. Marc; Grande'Anse, Grande-Anse; Attalaye, Atalaye), so the key keeps only the
/// letters and digits, without accents or case, with the Saint/Sainte/St/Ste word written one way, words run together
/// and doubled letters single.
/// </summary>
public static class PlaceNames
{
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            Flush(word, key);
        }
        Flush(word, key);
        return key.ToString();
    }

    static void Flush(StringBuilder word, StringBuilder key)
    {
        if (word.Length == 0) return;
        var w = word.ToString();
        if (w is "saint" or "sainte" or "st" or "ste") w = "st";
        foreach (var c in w)
            if (key.Length == 0 || key[^1] != c || char.IsDigit(c)) key.Append(c);
        word.Clear();
    }
}
