using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;

namespace Konbit.Sources.Documents;

/// <summary>
/// Tells whether two reports retell one story: they state the same figures, or they share their wording (runs of
/// five words), within two weeks of each other. Then "confirmed by 5 sources" can count 5 stories, not one wire story
/// copied five times.
/// </summary>
public static partial class Stories
{
    public const int Days = 14;
    const int ShingleWords = 5;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Hashes of the text's runs of five words (lower case), for <see cref="Overlap"/>.</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Length; i++)
            shingles.Add(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(string.Join(' ', words, i, ShingleWords))));
        return shingles;
    }

    /// <summary>The share of runs of words the two texts have in common (Jaccard).</summary>
    public static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>
    /// Same story: two figures in common (subject, measure and value), or one and some shared wording, or much shared
    /// wording (a rewrite of one text); never reports more than <see cref="Days"/> apart when both dates are known.
    /// </summary>
    public static bool Same(int sharedFigures, double overlap, DateOnly? a, DateOnly? b)
    {
        if (a is { } x && b is { } y && Math.Abs(x.DayNumber - y.DayNumber) > Days) return false;
        return sharedFigures >= 2 || (sharedFigures == 1 && overlap >= 0.05) || overlap >= 0.2;
    }
}
