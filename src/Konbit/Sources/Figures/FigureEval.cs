using System.Text.Json;
using System.Text.Json.Serialization;

namespace Konbit.Sources.Figures;

/// <summary>A figure a careful reader found in a report: the gold standard the extractor is scored against.</summary>
public sealed record GoldFigure(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("bound")] string Bound,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>An extracted figure with the document it came from.</summary>
public sealed record FoundFigure(string Doc, Figure Figure);

/// <summary>
/// Scores extracted figures against gold ones over (doc, subject, measure, value): a gold subject "*" matches any
/// subject. Each gold figure matches at most one extracted figure, an exact subject before a "*". Bounds are scored
/// on the matched pairs only.
/// </summary>
public sealed record FigureScore(int Gold, int Found, int Matched, int BoundsRight,
    IReadOnlyList<GoldFigure> Misses, IReadOnlyList<FoundFigure> FalseFigures, IReadOnlyList<(GoldFigure Gold, FoundFigure Found)> WrongBounds)
{
    public double Precision => Found == 0 ? 1 : (double)Matched / Found;
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double BoundAccuracy => Matched == 0 ? 1 : (double)BoundsRight / Matched;

    public static FigureScore Of(IReadOnlyList<GoldFigure> gold, IReadOnlyList<FoundFigure> found)
    {
        var unmatched = found.ToList();
        var pairs = new List<(GoldFigure, FoundFigure)>();
        var misses = new List<GoldFigure>();
        // Gold figures with a country first, so that a "*" does not take the extracted figure a named one needs.
        foreach (var g in gold.OrderBy(g => g.Subject == "*"))
        {
            var match = unmatched.FirstOrDefault(f => Same(g, f) && f.Figure.Subject == g.Subject)
                ?? (g.Subject == "*" ? unmatched.FirstOrDefault(f => Same(g, f)) : null);
            if (match is null) { misses.Add(g); continue; }
            unmatched.Remove(match);
            pairs.Add((g, match));
        }
        var wrongBounds = pairs.Where(p => p.Item1.Bound != p.Item2.Figure.Bound).ToList();
        return new FigureScore(gold.Count, found.Count, pairs.Count, pairs.Count - wrongBounds.Count, misses, unmatched, wrongBounds);
    }

    static bool Same(GoldFigure g, FoundFigure f) => g.Doc == f.Doc && g.Measure == f.Figure.Measure && g.Value == f.Figure.Value;

    /// <summary>Reads a gold file: one JSON object per line; blank lines are skipped; a bad line is named.</summary>
    public static List<GoldFigure> ReadGold(string path)
    {
        var gold = new List<GoldFigure>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                var g = JsonSerializer.Deserialize<GoldFigure>(text) ?? throw new JsonException("null");
                if (g.Doc is null || g.Subject is null || g.Measure is null || g.Bound is null) throw new JsonException("doc, subject, measure, value and bound are required");
                gold.Add(g);
            }
            catch (JsonException e) { throw new FormatException($"{Path.GetFileName(path)} line {line}: {e.Message}", e); }
        }
        return gold;
    }
}
