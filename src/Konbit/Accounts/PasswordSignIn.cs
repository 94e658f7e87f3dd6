using Microsoft.AspNetCore.Identity;

namespace Konbit.Accounts;

/// <summary>
/// Sign-in by email and password for the sign-in page and the token endpoint. An unknown email or a locked account
/// costs the same password hashing as a wrong password, so the time an answer takes does not tell which accounts
/// exist or are locked.
/// </summary>
public static class PasswordSignIn
{
    static readonly PasswordHasher<KonbitUser> Hasher = new();
    static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(new KonbitUser(), Guid.NewGuid().ToString()));

    public static async Task<SignInResult> SignInAsync(this SignInManager<KonbitUser> signIn, string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            Decoy(password);
            return SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut) Decoy(password); // a locked account is refused before its password is checked
        return result;
    }

    static void Decoy(string? password) => Hasher.VerifyHashedPassword(new KonbitUser(), DecoyHash.Value, password ?? "");
}
