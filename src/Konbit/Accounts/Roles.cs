using System.Security.Claims;

namespace Konbit.Accounts;

public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Liaison = "liaison";
    public const string Viewer = "viewer";
    /// <summary>Conduct officers handle complaints against the force. Admins do not see case contents unless they also hold this role.</summary>
    public const string Conduct = "conduct";

    public static readonly string[] All = [Admin, Coordinator, Liaison, Viewer, Conduct];

    /// <summary>Claim carrying the contributor a liaison officer is bound to.</summary>
    public const string ContributorClaim = "konbit:contributor";

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
