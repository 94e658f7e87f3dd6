using System.Security.Claims;

namespace Konbit.Accounts;

public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Liaison = "liaison";
    public const string Viewer = "viewer";

    public static readonly string[] All = [Admin, Coordinator, Liaison, Viewer];

    /// <summary>Claim carrying the contributor a liaison officer is bound to.</summary>
    public const string ContributorClaim = "konbit:contributor";

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
