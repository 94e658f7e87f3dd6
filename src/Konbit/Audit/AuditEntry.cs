namespace Konbit.Audit;

/// <summary>
/// One change to one record: who, when, and the values before and after (JSON objects of changed fields). Entries form
/// a hash chain (<see cref="AuditChain"/>): each one's hash covers its contents and the previous entry's hash, so an
/// entry changed, removed or slipped in afterwards shows up in `konbit audit verify`.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    /// <summary>The entry's place in the chain, 1, 2, 3...; assigned by the app when the entry is written.</summary>
    public long Seq { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>The hash of entry Seq - 1 (<see cref="AuditHash.Genesis"/> for the first).</summary>
    public string PrevHash { get; set; } = "";
    /// <summary>SHA-256 of this entry's contents and PrevHash, lowercase hex; empty for a row never sealed into the chain.</summary>
    public string Hash { get; set; } = "";
}
