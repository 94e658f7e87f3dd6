using System.Globalization;
using Konbit.Sources;

namespace Konbit.Reports;

/// <summary>
/// The report's numbered notes, one per distinct source or Konbit page, in the order figures first cite them.
/// </summary>
public sealed class ReportNotes
{
    readonly List<ReportNote> notes = [];
    readonly Dictionary<(string, string?), int> numbers = [];

    public IReadOnlyList<ReportNote> All => notes;

    public int Note(string text, string? url)
    {
        if (numbers.TryGetValue((text, url), out var n)) return n;
        n = notes.Count + 1;
        notes.Add(new ReportNote(n, text, url));
        numbers[(text, url)] = n;
        return n;
    }

    public int Source(SourceDto s)
    {
        var parts = new List<string> { s.Title };
        if (s.Publisher is { Length: > 0 } publisher) parts.Add(publisher);
        if (s.PublishedOn is { } on) parts.Add(on.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        if (s.Reference is { Length: > 0 } reference) parts.Add("official record " + reference);
        return Note(string.Join(", ", parts), s.Url);
    }

    public IReadOnlyList<int> Sources(IEnumerable<SourceDto> sources) => sources.Select(Source).Distinct().Order().ToList();
}
