using System.Security.Claims;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Konbit.Accounts;

/// <summary>Every named policy, in one place. The fallback policy requires a signed-in user, so nothing is open by accident.</summary>
public static class Policies
{
    /// <summary>Public-source reading: anonymous unless Konbit:PublicRead is false.</summary>
    public const string Read = "read";
    /// <summary>Any signed-in user (audit history carries names).</summary>
    public const string SignedIn = "signed-in";
    /// <summary>May record ledger figures; which contributor is checked per record with <see cref="EditContributor"/>.</summary>
    public const string EditLedger = "edit-ledger";
    /// <summary>Resource policy: may edit the records of this contributor (the resource is its code).</summary>
    public const string EditContributor = "edit-contributor";
    /// <summary>Edits shared records (mandates, contributors) and settles conflicts between sources.</summary>
    public const string Coordinate = "coordinate";
    public const string ManageUsers = "manage-users";
    /// <summary>Reads and handles complaints against the force: conduct officers only, never admins as such.</summary>
    public const string HandleCases = "handle-cases";

    public static IServiceCollection AddKonbitAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, PublicReadHandler>();
        services.AddSingleton<IAuthorizationHandler, ContributorHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Read, p => p.AddRequirements(new PublicReadRequirement()))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(EditLedger, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Liaison))
            .AddPolicy(EditContributor, p => p.AddRequirements(new ContributorRequirement()))
            .AddPolicy(Coordinate, p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(ManageUsers, p => p.RequireRole(Roles.Admin))
            .AddPolicy(HandleCases, p => p.RequireRole(Roles.Conduct));
        return services;
    }

    sealed class PublicReadRequirement : IAuthorizationRequirement;

    sealed class PublicReadHandler(IOptionsMonitor<KonbitOptions> options) : AuthorizationHandler<PublicReadRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PublicReadRequirement requirement)
        {
            if (options.CurrentValue.PublicRead || context.User.Identity?.IsAuthenticated == true) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }

    sealed class ContributorRequirement : IAuthorizationRequirement;

    /// <summary>Admins and coordinators edit every contributor; a liaison officer only the one it is bound to.</summary>
    sealed class ContributorHandler : AuthorizationHandler<ContributorRequirement, string>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContributorRequirement requirement, string code)
        {
            var user = context.User;
            if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator) ||
                (user.IsInRole(Roles.Liaison) && string.Equals(user.FindFirstValue(Roles.ContributorClaim), code, StringComparison.OrdinalIgnoreCase)))
                context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
