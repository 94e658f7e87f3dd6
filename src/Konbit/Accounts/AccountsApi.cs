using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Konbit.Accounts;

public sealed record TokenRequest(string? Email, string? Password);

/// <summary>Bearer tokens for API clients: POST an email and password, send "Authorization: Bearer {accessToken}".</summary>
public static class AccountsApi
{
    /// <summary>
    /// The one answer to a refused sign-in, here and on the sign-in page: a locked account is told apart neither from a
    /// wrong password nor from an unknown email (unknown emails never lock), so the answer reveals no account.
    /// </summary>
    public const string SignInRefused = "Wrong email or password. After repeated failed attempts an account is locked for a while.";

    public static void MapAccountsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/auth/token", Token).WithTags("Accounts").AllowAnonymous();

    static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Token(TokenRequest input, SignInManager<KonbitUser> signIn)
    {
        // The bearer scheme's sign-in writes the token response itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.SignInAsync(input.Email, input.Password);
        if (result.Succeeded) return TypedResults.Empty;
        return TypedResults.Problem(SignInRefused, statusCode: StatusCodes.Status401Unauthorized);
    }
}
