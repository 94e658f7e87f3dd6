using Konbit.Shared;

namespace Konbit.Forces;

/// <summary>A troop- or police-contributing country, keyed by its ISO 3166-1 alpha-3 code.</summary>
public sealed class Contributor : ISeeded
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool IsLeadNation { get; set; }
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
}
