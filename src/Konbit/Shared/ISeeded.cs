namespace Konbit.Shared;

/// <summary>
/// A record that may have come from the mission's seed dataset. `konbit seed` refreshes seeded records by key but
/// never overwrites one that a person has edited since.
/// </summary>
public interface ISeeded
{
    string? SeedKey { get; set; }
    bool EditedByUser { get; set; }
}
