using System.Text.RegularExpressions;

namespace Konbit.Sources.Figures;

/// <summary>
/// Splits a text into sentences (start and end offsets) at a full stop, question or exclamation mark followed by a
/// capital, and at line breaks, without splitting after the abbreviations reports use ("U.S.", "Mr.", "Gen.", "No.").
/// </summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[""“‘(]?[A-Z0-9])|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex Break();

    [GeneratedRegex(@"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pres|Sen|Rep|Gov|St|No|Nos|Art|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|vs|etc|Inc|Ltd|Co)|\b[A-Z](?:\.[A-Z])*)\.[""”’)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    static bool EndsLine(string text, int sentenceStart, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (lineStart < sentenceStart) lineStart = sentenceStart;
        var line = text.AsSpan(lineStart, at - lineStart).TrimEnd();
        return line.Length < 90 || line.Length == 0 || line[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')';
    }

    public static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Break().Matches(text))
        {
            // "the U.S. pledged", "Gen. Smith": the full stop belongs to an abbreviation, the sentence goes on.
            if (m.Value[0] != '\n' && Abbreviation().IsMatch(text.AsSpan(Math.Max(start, m.Index - 12), m.Index - Math.Max(start, m.Index - 12)).ToString())) continue;
            // A single line break inside a paragraph of wrapped text goes on with the sentence; after a full stop, or
            // ending a short line (a headline, a list item), it ends one.
            if (m.Value == "\n" && !EndsLine(text, start, m.Index)) continue;
            if (m.Index > start) sentences.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < text.Length) sentences.Add((start, text.Length));
        return sentences;
    }
}
