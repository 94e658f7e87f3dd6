namespace Konbit.Conduct;

/// <summary>The kinds of abuse a person can report, in the order the form lists them.</summary>
public enum ComplaintCategory { SexualExploitationOrAbuse, ExcessiveForce, ArbitraryArrestOrDetention, TheftOrDamage, ThreatsOrHarassment, Other }

/// <summary>Where a case stands. The last three end the handling; a closed case can be reopened by setting another status.</summary>
public enum CaseStatus { Received, UnderAssessment, ReferredToContributor, UnderInvestigation, Substantiated, Unsubstantiated, Closed }

/// <summary>
/// A complaint against the force, and the case that handles it. What could identify a person (their name and
/// contact, the narrative, the place, the free-text force and time) is stored sealed: encrypted by
/// <see cref="CaseVault"/> with keys outside the database. Category, commune, contributor, dates and status stay in
/// clear, because the public statistics count them and the queue sorts by them.
/// </summary>
public sealed class Complaint
{
    public int Id { get; set; }
    /// <summary>What the reporter quotes, e.g. "KB-7QK4-M2PX"; not secret on its own.</summary>
    public required string Reference { get; set; }
    /// <summary>SHA-256 of the follow-up code: the code itself is shown once to the reporter and never stored.</summary>
    public required string CodeHash { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    /// <summary>The language the reporter wrote in: "ht", "fr" or "en".</summary>
    public required string Language { get; set; }
    public ComplaintCategory Category { get; set; }
    public DateOnly? OccurredOn { get; set; }
    /// <summary>The commune (or department) it happened in, when the reporter chose one.</summary>
    public string? Pcode { get; set; }
    /// <summary>The contributing country whose personnel are complained about, when known.</summary>
    public string? ContributorCode { get; set; }
    public bool Anonymous { get; set; }

    public string? SealedWhen { get; set; }
    public string? SealedPlace { get; set; }
    public string? SealedForce { get; set; }
    public required string SealedNarrative { get; set; }
    public string? SealedName { get; set; }
    public string? SealedContact { get; set; }

    public CaseStatus Status { get; set; }
    public DateTime StatusChangedAtUtc { get; set; }
    /// <summary>When the next step is due; the queue warns once it has passed.</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>The conduct officer handling the case (user name), or null while unassigned.</summary>
    public string? AssignedTo { get; set; }

    public List<CaseNote> Notes { get; set; } = [];
    public List<CaseReferral> Referrals { get; set; } = [];
    public List<CaseAttachment> Attachments { get; set; } = [];
}

public enum NoteKind { Internal, FromReporter, ToReporter }

/// <summary>An officer's note, information the reporter added with their code, or a message the reporter will see.</summary>
public sealed class CaseNote
{
    public int Id { get; set; }
    public int ComplaintId { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>The officer's user name, or "reporter".</summary>
    public required string Author { get; set; }
    public NoteKind Kind { get; set; }
    public required string SealedText { get; set; }
}

/// <summary>A case sent to a contributing country's authorities, which must answer by a date.</summary>
public sealed class CaseReferral
{
    public int Id { get; set; }
    public int ComplaintId { get; set; }
    public required string ContributorCode { get; set; }
    public required string Authority { get; set; }
    public DateOnly ReferredOn { get; set; }
    public DateOnly ResponseDueOn { get; set; }
    /// <summary>Their own file number, once they give one.</summary>
    public string? TheirReference { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public string? SealedResponse { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>An image or PDF the reporter sent. Only conduct officers can download it; it is never served publicly.</summary>
public sealed class CaseAttachment
{
    public int Id { get; set; }
    public int ComplaintId { get; set; }
    public DateTime AddedAtUtc { get; set; }
    public required string ContentType { get; set; }
    public int Length { get; set; }
    public required string SealedFileName { get; set; }
    public required byte[] SealedContent { get; set; }
}
