using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources.Documents;

/// <summary>
/// A report kept as a source: its text as a reader sees it (HTML reduced to its article), the <see cref="Source"/>
/// its figures cite, the figures Konbit read in it, and the story it retells.
/// </summary>
public sealed class SourceDocument
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the text, in hex: the same report added twice is recognised whatever its file name.</summary>
    public required string ContentHash { get; set; }
    public required string Text { get; set; }
    public bool Html { get; set; }
    /// <summary>The first document of the story this one retells (its own id when it is the first).</summary>
    public int StoryId { get; set; }
    public DateTime AddedAtUtc { get; set; }
    public required string AddedBy { get; set; }
    public List<DocumentFigure> Figures { get; set; } = [];
}

/// <summary>A figure read in a document (see <see cref="Figures.Figure"/>); offsets are in Unicode characters of its text.</summary>
public sealed class DocumentFigure
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public required string Subject { get; set; }
    public required string Measure { get; set; }
    public decimal Value { get; set; }
    public required string Bound { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Time { get; set; }
    /// <summary>The sentence that states it, for reading it side by side with other reports' (the reconciliation).</summary>
    public required string Sentence { get; set; }
}

static class DocumentModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<SourceDocument>(e =>
        {
            e.HasIndex(d => d.ContentHash).IsUnique();
            e.HasIndex(d => d.StoryId);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.FileName).HasMaxLength(300);
            e.Property(d => d.AddedBy).HasMaxLength(256);
            e.HasOne(d => d.Source).WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(d => d.Figures).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DocumentFigure>(e =>
        {
            e.HasIndex(f => new { f.Measure, f.Subject });
            e.Property(f => f.Subject).HasMaxLength(100);
            e.Property(f => f.Measure).HasMaxLength(40);
            e.Property(f => f.Bound).HasMaxLength(10);
            e.Property(f => f.Text).HasMaxLength(500);
            e.Property(f => f.Time).HasMaxLength(100);
            e.Property(f => f.Sentence).HasMaxLength(1000);
            e.Property(f => f.Value).HasPrecision(20, 2);
        });
    }
}
