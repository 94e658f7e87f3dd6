using System.Security.Claims;
using Konbit.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Konbit.Accounts;

/// <summary>
/// ASP.NET Core Identity: a cookie for the web pages, bearer tokens for API clients (one scheme chosen per request
/// by the Authorization header). Keys live in the database so several nodes can share sessions and tokens.
/// </summary>
public static class Identity
{
    const string PagesOrApi = "Konbit.PagesOrApi";

    public static IServiceCollection AddKonbitIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Konbit").PersistKeysToDbContext<KonbitDb>();
        services.AddIdentityApiEndpoints<KonbitUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KonbitDb>()
            .AddClaimsPrincipalFactory<ContributorClaims>();
        // The Identity API endpoints' scheme forwards challenges to the bearer scheme, which answers a bare 401 even
        // to a browser. Pages challenge with the cookie instead (a redirect to the sign-in page, or to the 403 page);
        // /api keeps the bearer scheme's 401 and 403.
        services.AddAuthentication(o => (o.DefaultChallengeScheme, o.DefaultForbidScheme) = (PagesOrApi, PagesOrApi))
            .AddPolicyScheme(PagesOrApi, null, o => o.ForwardDefaultSelector = c =>
                c.Request.Path.StartsWithSegments("/api") ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, CookieSettings>();
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        return services;
    }

    /// <summary>A liaison officer's contributor travels in the sign-in as a claim.</summary>
    sealed class ContributorClaims(UserManager<KonbitUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
        : UserClaimsPrincipalFactory<KonbitUser, IdentityRole>(users, roles, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KonbitUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            if (user.ContributorCode is { } code) identity.AddClaim(new Claim(Roles.ContributorClaim, code));
            return identity;
        }
    }

    /// <summary>The sign-in cookie: its pages, and a name that does not advertise the framework.</summary>
    sealed class CookieSettings : IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions o)
        {
            if (name != IdentityConstants.ApplicationScheme) return;
            o.LoginPath = "/Accounts/Login";
            o.LogoutPath = "/Accounts/Logout";
            o.AccessDeniedPath = "/Accounts/Denied";
            o.Cookie.Name = "konbit";
            o.Cookie.SameSite = SameSiteMode.Lax;
        }
    }
}
