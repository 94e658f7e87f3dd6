using System.Security.Cryptography;
using System.Text;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Sources.Figures;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources.Documents;

/// <summary>What a person says about a report when adding it; each overrides what the document states.</summary>
public sealed record DocumentInput(string? Title = null, string? Publisher = null, string? Url = null, DateOnly? PublishedOn = null);

/// <summary>What adding a report did: the document kept (or the one it duplicates), or why it was refused.</summary>
public sealed record DocumentAdded(SourceDocument? Document, SourceDocument? DuplicateOf, string? Error, int StoryReports)
{
    public bool Refused => Error is not null;
}

/// <summary>
/// Adds reports as sources: reads the file (<see cref="DocumentText"/>), recognises an exact duplicate by the hash of
/// its text, keeps it with a <see cref="Source"/> its figures cite, reads its figures, and joins it to the story it
/// retells (<see cref="Stories"/>). One save: a refused or failed report leaves nothing behind.
/// </summary>
public sealed class DocumentIntake(KonbitDb db)
{
    /// <summary>Reports compared for a story: the most recent ones, which a retelling follows within days.</summary>
    const int StoryCandidates = 500;

    public async Task<DocumentAdded> AddAsync(byte[] bytes, string fileName, DocumentInput input, CancellationToken ct)
    {
        var read = DocumentText.Read(bytes, fileName);
        if (read.Text is not { } text) return new(null, null, read.Error, 0);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (await db.SourceDocuments.Include(d => d.Source).AsNoTracking().FirstOrDefaultAsync(d => d.ContentHash == hash, ct) is { } existing)
            return new(null, existing, null, 0);

        var title = Cut(input.Title ?? read.Title ?? Path.GetFileNameWithoutExtension(fileName), 300)!;
        var source = new Source
        {
            Kind = SourceKind.Publication, Title = title, Publisher = Cut(input.Publisher ?? read.Publisher, 200),
            Url = Cut(input.Url, 2000), PublishedOn = input.PublishedOn ?? read.Published,
        };
        var document = new SourceDocument
        {
            Source = source, FileName = Cut(Path.GetFileName(fileName), 300)!, ContentHash = hash, Text = text, Html = read.Html,
            AddedAtUtc = db.Actor.UtcNow, AddedBy = db.Actor.Name,
            Figures = [.. FigureExtractor.Extract(text).Select(f => new DocumentFigure
            {
                Subject = f.Subject, Measure = f.Measure, Value = f.Value, Bound = f.Bound, Text = Cut(f.Text, 500)!, Start = f.Start, End = f.End, Time = Cut(f.Time, 100), Sentence = Cut(f.Sentence, 1000)!,
            })],
        };

        var story = await StoryOfAsync(document, source.PublishedOn, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.SourceDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        document.StoryId = story ?? document.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var reports = await db.SourceDocuments.CountAsync(d => d.StoryId == document.StoryId, ct);
        return new(document, null, null, reports);
    }

    /// <summary>The story of the most similar recent report that retells the same one, or null for a new story.</summary>
    async Task<int?> StoryOfAsync(SourceDocument document, DateOnly? published, CancellationToken ct)
    {
        var candidates = await db.SourceDocuments.AsNoTracking().OrderByDescending(d => d.Id).Take(StoryCandidates)
            .Select(d => new { d.Id, d.StoryId, d.Text, d.Source!.PublishedOn, Figures = d.Figures.Select(f => new { f.Subject, f.Measure, f.Value }).ToList() })
            .ToListAsync(ct);
        if (candidates.Count == 0) return null;
        var mine = document.Figures.Select(f => (f.Subject, f.Measure, f.Value)).ToHashSet();
        var shingles = Stories.Shingles(document.Text);
        (int Story, double Score)? best = null;
        foreach (var c in candidates)
        {
            var shared = c.Figures.Select(f => (f.Subject, f.Measure, f.Value)).Distinct().Count(mine.Contains);
            var overlap = Stories.Overlap(shingles, Stories.Shingles(c.Text));
            if (!Stories.Same(shared, overlap, published, c.PublishedOn)) continue;
            var score = shared + overlap;
            if (best is null || score > best.Value.Score) best = (c.StoryId, score);
        }
        return best?.Story;
    }

    static string? Cut(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];
}
