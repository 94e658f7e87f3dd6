namespace Konbit.Forces;

/// <summary>
/// A promise of personnel. A revision (confirmation, new figure, withdrawal) is a new pledge that supersedes the
/// earlier one, so the history of what was promised when is never erased.
/// </summary>
public sealed class Pledge : Report
{
    public required string ContributorCode { get; set; }
    public int Count { get; set; }
    public PersonnelCategory Category { get; set; }
    public DateOnly AnnouncedOn { get; set; }
    public PledgeStatus Status { get; set; }
    public int? SupersedesId { get; set; }
}

public enum PersonnelCategory { Police, Military, Civilian }

public enum PledgeStatus { Announced, Confirmed, Revised, Withdrawn }
