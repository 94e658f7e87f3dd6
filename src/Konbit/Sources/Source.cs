using Konbit.Shared;

namespace Konbit.Sources;

/// <summary>Where a figure comes from: a published report, or an official record with a reference.</summary>
public sealed class Source : ISeeded
{
    public int Id { get; set; }
    public SourceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>For official records: document symbol, letter number, minutes reference.</summary>
    public string? Reference { get; set; }
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
}

public enum SourceKind { Publication, OfficialRecord }
