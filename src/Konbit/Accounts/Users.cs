using System.Security.Cryptography;
using System.Text;
using Konbit.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Accounts;

/// <summary>Creating accounts (command line, first-admin setup) and the one-time setup link.</summary>
public sealed class Users(UserManager<KonbitUser> users, RoleManager<IdentityRole> roles, KonbitDb db, TimeProvider clock)
{
    public async Task<(KonbitUser? User, string[] Errors)> CreateAsync(string email, string password, string role, string? contributor, CancellationToken ct)
    {
        role = role.Trim().ToLowerInvariant();
        if (!Roles.All.Contains(role)) return (null, [$"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}."]);
        contributor = contributor?.Trim().ToUpperInvariant();
        if (role == Roles.Liaison && contributor is null) return (null, ["A liaison officer is bound to a contributor: give --contributor CODE."]);
        if (role != Roles.Liaison && contributor is not null) return (null, ["Only liaison officers are bound to a contributor."]);
        if (contributor is not null && !await db.Contributors.AnyAsync(c => c.Code == contributor, ct))
            return (null, [$"Unknown contributor code '{contributor}'."]);
        foreach (var name in Roles.All)
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));

        var user = new KonbitUser { UserName = email, Email = email, EmailConfirmed = true, ContributorCode = contributor };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, created.Errors.Select(e => e.Description).ToArray());
        await users.AddToRoleAsync(user, role);
        return (user, []);
    }

    /// <summary>
    /// Gives an existing user one more role: an admin who is also a conduct officer, say. Recorded in the audit log
    /// like every change, so nobody can quietly grant themselves the cases.
    /// </summary>
    public async Task<string[]> GrantAsync(string email, string role, CancellationToken ct)
    {
        role = role.Trim().ToLowerInvariant();
        if (!Roles.All.Contains(role)) return [$"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}."];
        if (role == Roles.Liaison) return ["A liaison officer is bound to one contributor: create the account with `konbit users add --role liaison --contributor CODE`."];
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return [$"No user with the email '{email}'."];
        if (await users.IsInRoleAsync(user, role)) return [];
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    public Task<bool> AnyAsync(CancellationToken ct) => db.Users.AnyAsync(ct);

    /// <summary>Issues a setup link valid for 24 hours; only its hash is stored, so a copy of the database cannot use it.</summary>
    public async Task<string> IssueSetupTokenAsync(CancellationToken ct)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        db.SetupTokens.Add(new SetupToken { TokenHash = Hash(token), ExpiresAtUtc = clock.GetUtcNow().UtcDateTime.AddHours(24) });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<bool> SetupTokenValidAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || await AnyAsync(ct)) return false;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAtUtc == null && t.ExpiresAtUtc > now, ct);
    }

    /// <summary>
    /// Creates the first administrator through a setup link, in one transaction: the token is claimed first (a
    /// conditional update only one request can win), so two simultaneous submissions cannot both create an admin.
    /// </summary>
    public async Task<(KonbitUser? User, string[] Errors)> CreateFirstAdminAsync(string token, string email, string password, CancellationToken ct)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.SetupTokens.Where(t => t.TokenHash == hash && t.UsedAtUtc == null && t.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAtUtc, now), ct);
        if (claimed != 1 || await AnyAsync(ct)) return (null, ["This setup link is invalid, already used or expired."]);
        var (user, errors) = await CreateAsync(email, password, Roles.Admin, null, ct);
        if (user is null) return (null, errors); // the transaction rolls back: the link still works
        await tx.CommitAsync(ct);
        return (user, []);
    }

    static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'k').Replace('/', 'b');
}
