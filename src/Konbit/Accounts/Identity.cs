using System.Security.Claims;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Konbit.Accounts;

/// <summary>
/// ASP.NET Core Identity: a cookie for the web pages, bearer tokens for API clients (one scheme chosen per request
/// by the Authorization header). The Data Protection keys that sign them, and that encrypt complaint fields
/// (Conduct/CaseVault.cs), live in a directory outside the database (Konbit:KeysDirectory): a stolen copy of the
/// database then holds ciphertext only. Several nodes share sessions by sharing that directory.
/// </summary>
public static class Identity
{
    const string PagesOrApi = "Konbit.PagesOrApi";

    public static IServiceCollection AddKonbitIdentity(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection(KonbitOptions.Section).Get<KonbitOptions>() ?? new KonbitOptions();
        services.AddDataProtection().SetApplicationName("Konbit").PersistKeysToFileSystem(KeysDirectory(options.FullKeysDirectory));
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

    /// <summary>The key directory, readable by the app's own account only where the system has Unix permissions.</summary>
    static DirectoryInfo KeysDirectory(string path)
    {
        var dir = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return dir;
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
