using Konbit.Shared;
using Konbit.Sources;

namespace Konbit.Forces;

/// <summary>
/// What pledges, movements, training cohorts and strength reports share: the sources that state the figure, and their
/// place in a conflict when sources disagree. Only counted reports enter the ledger's arithmetic.
/// </summary>
public abstract class Report : ISeeded
{
    public int Id { get; set; }
    public List<Source> Sources { get; set; } = [];
    public int? ConflictId { get; set; }
    public Conflict? Conflict { get; set; }
    public bool Counted { get; set; } = true;
    public string? Note { get; set; }
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
