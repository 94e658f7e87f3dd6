using Konbit.Shared;
using Konbit.Sources;

namespace Konbit.Mandates;

/// <summary>An instrument that authorises the mission, e.g. S/RES/2699 (2023). Mandates form a chain through their predecessor.</summary>
public sealed class Mandate : ISeeded
{
    public int Id { get; set; }
    public required string Instrument { get; set; }
    public required string Mission { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public string? Vote { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public int? Ceiling { get; set; }
    public string? CeilingNote { get; set; }
    /// <summary>One task per line.</summary>
    public string Tasks { get; set; } = "";
    public int? PredecessorId { get; set; }
    public MandateRelation? Relation { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
}

public enum MandateRelation { Renews, Replaces }
