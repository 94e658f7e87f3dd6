using Microsoft.AspNetCore.Identity;

namespace Konbit.Accounts;

public sealed class KonbitUser : IdentityUser
{
    /// <summary>For a liaison officer: the contributor whose records this user may edit.</summary>
    public string? ContributorCode { get; set; }
}

/// <summary>A one-time link that lets the first administrator create an account; only its hash is stored.</summary>
public sealed class SetupToken
{
    public int Id { get; set; }
    public required string TokenHash { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }
}
