using System.Globalization;
using System.Text.RegularExpressions;

namespace Konbit.Sources.Figures;

/// <summary>A number as written in a text: its value, where it stands, and what is attached to it.</summary>
/// <param name="Start">Index of its first character (a currency sign included).</param>
/// <param name="End">Index just after its last character (a scale word or a percent sign included).</param>
/// <param name="Money">Written as US dollars ("$10 million", "US$ 5m", "20 million dollars").</param>
/// <param name="OtherCurrency">Written in another currency (euros, shillings): not a figure Konbit can compare.</param>
/// <param name="Percent">A share ("11%", "11 percent"): never a figure.</param>
/// <param name="Words">Written in words ("ten", "five million").</param>
public readonly record struct Number(decimal Value, int Start, int End, bool Money, bool OtherCurrency, bool Percent, bool Words);

/// <summary>
/// Finds the numbers of an English text, in digits ("2,900", "1.3 million", "$10m") and in words ("ten", "five
/// million", "two hundred and fifty", "half a million", "a dozen"). Deciding which of them are figures is the
/// extractor's work (<see cref="FigureExtractor"/>).
/// </summary>
public static partial class Numbers
{
    static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000m,
        ["m"] = 1_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000, ["k"] = 1_000,
    };

    // Digits with thousands separators or without, an optional decimal part, and an optional scale word.
    [GeneratedRegex(@"(?<cur>(?:US\s?\$|USD|\$|€|£|KSh|EUR)\s?)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<sep>\s|-)?(?<scale>hundred|thousand|million|billion|trillion)\b|(?<short>m|mn|bn|k)\b)?(?<pct>\s?%|\s(?:percent|per\s?cent)\b)?(?:\s(?<after>dollars|US\s?dollars|USD|euros?|shillings|gourdes)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    const string Word = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
        "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen";

    // Runs of number words joined by spaces, hyphens or "and"; "a" and "half" only where they are part of the number.
    [GeneratedRegex(@"\b(?:half\s+a\s+(?:million|billion)|an?\s+(?:dozen|hundred|thousand|million|billion)|(?:" + Word + @"))(?:(?:\s+and\s+|\s+|-)(?:" + Word + @"))*\b(?:\s(?<after>dollars|US\s?dollars)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();

    public static List<Number> Find(string text)
    {
        var found = new List<Number>();
        foreach (Match m in Digits().Matches(text))
        {
            var start = m.Index;
            // Part of a longer token: a code ("S/RES/2699"), a time ("10:30"), a word ("G20"), a decimal ("3.5.1").
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or ':' or '.' or ',' or '#')) continue;
            var end = m.Index + m.Length;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is ':' or '/' && end + 1 < text.Length && char.IsDigit(text[end + 1])))) continue;
            var value = decimal.Parse(m.Groups["num"].ValueSpan, NumberStyles.Number, CultureInfo.InvariantCulture);
            var scale = m.Groups["scale"].Success ? m.Groups["scale"].Value : m.Groups["short"].Success ? m.Groups["short"].Value : null;
            var currency = m.Groups["cur"].Value.Trim();
            var after = m.Groups["after"].Value;
            // "m" or "k" after a bare number is a unit (metres), unless the number is money.
            if (m.Groups["short"].Success && currency.Length == 0) { scale = null; end = m.Groups["num"].Index + m.Groups["num"].Length; after = ""; }
            if (scale is not null) value *= Scales[scale];
            var dollars = currency is "$" or "US$" or "US $" or "USD" || after.Contains("dollar", StringComparison.OrdinalIgnoreCase) || after == "USD";
            var other = !dollars && (currency.Length > 0 || after.Length > 0);
            found.Add(new Number(Normal(value), start, end, dollars, other, m.Groups["pct"].Success, Words: false));
        }
        foreach (Match m in WordRun().Matches(text))
        {
            if (Words(m.Value) is not { } value) continue;
            var after = m.Groups["after"].Value;
            var end = m.Index + m.Length;
            found.Add(new Number(value, m.Index, end, after.Length > 0, false, Percent: PercentAfter(text, end), Words: true));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    static bool PercentAfter(string text, int end) =>
        text.AsSpan(end).TrimStart() is var rest && (rest.StartsWith("percent", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("per cent", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("%"));

    /// <summary>The value of a run of number words, or null when it is not a number on its own ("a", "half", "and").</summary>
    static decimal? Words(string run)
    {
        var words = Regex.Split(run.ToLowerInvariant().Replace("-", " "), @"\s+").Where(w => w.Length > 0 && w != "and").ToList();
        if (words.Count > 0 && words[^1] is "dollars") words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && words[^1] is "us") words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        // "half a million", "half a billion".
        if (words is ["half", "a", var s] && Scales.TryGetValue(s, out var half) && half >= 1000) return half / 2;
        if (words.Contains("half")) return null;
        decimal total = 0, current = 0;
        var any = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w is "a" or "an")
            {
                // "a" only as one of a scale: "a million", "a dozen", "a hundred".
                if (i + 1 < words.Count && (Scales.ContainsKey(words[i + 1]) || words[i + 1] == "dozen")) { current += 1; continue; }
                return null;
            }
            if (Small.TryGetValue(w, out var n)) { current += n; any = true; continue; }
            if (w == "dozen") { current = (current == 0 ? 1 : current) * 12; any = true; continue; }
            if (w == "hundred") { current = (current == 0 ? 1 : current) * 100; any = true; continue; }
            if (Scales.TryGetValue(w, out var scale))
            {
                if (current == 0) return null; // "million" alone ("millions" never gets here)
                total += current * scale;
                current = 0;
                any = true;
                continue;
            }
            return null;
        }
        return any ? total + current : null;
    }

    /// <summary>Without trailing zeros after the point, so that 1.3 million is written 1300000.</summary>
    public static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}
