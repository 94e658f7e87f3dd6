using Konbit.Shared;

namespace Konbit.Sources;

/// <summary>
/// Two or more reports of the same fact that disagree. Each report stays in its own table (pledges, movements,
/// strength reports) with its sources; exactly one of them is counted in the ledger. While the conflict is open the
/// first report recorded is counted provisionally; a coordinator settles it by accepting one, with a reason.
/// </summary>
public sealed class Conflict : ISeeded
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    public ReportKind Kind { get; set; }
    public string? ContributorCode { get; set; }
    public ConflictState State { get; set; }
    public int? AcceptedRecordId { get; set; }
    /// <summary>What is known about the disagreement, and why the counted value was chosen while it is open.</summary>
    public string? Note { get; set; }
    public string? Reason { get; set; }
    public string? SettledBy { get; set; }
    public DateTime? SettledAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
}

public enum ConflictState { Open, Settled }

public enum ReportKind { Pledge, Movement, StrengthReport }
