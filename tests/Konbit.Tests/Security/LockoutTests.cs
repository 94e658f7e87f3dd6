using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Security;

public sealed partial class LockoutTests
{
    const string Email = "locked@example.org", Password = "the-right-passphrase";

    [Fact]
    public async Task AfterEightWrongPasswords_TheTokenEndpointRefusesTheRightOne_SayingWhatItSaysOfAnUnknownEmail()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.CreateUserAsync(Email, Password, Roles.Coordinator);
        var client = app.Anonymous();
        Task<HttpResponseMessage> Token(string email, string password) => client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });

        for (var i = 0; i < 8; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await Token(Email, "a-wrong-passphrase")).StatusCode);
        var locked = await Token(Email, Password);
        var unknown = await Token("nobody@example.org", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal((await unknown.ReadProblemAsync()).Detail, (await locked.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task AfterEightWrongPasswords_TheSignInPageRefusesTheRightOne_SayingWhatItSaysOfAnUnknownEmail()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.CreateUserAsync(Email, Password, Roles.Coordinator);
        var client = app.Anonymous();
        var token = await TokenAsync(client, "/Accounts/Login");
        Task<HttpResponseMessage> SignIn(string email, string password) => client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token }));

        for (var i = 0; i < 8; i++) Assert.Equal(HttpStatusCode.OK, (await SignIn(Email, "a-wrong-passphrase")).StatusCode);
        var locked = await SignIn(Email, Password);
        var unknown = await SignIn("nobody@example.org", Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode); // the form again, not the redirect of a sign-in
        Assert.False(locked.Headers.Contains("Set-Cookie") && locked.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("konbit=", StringComparison.Ordinal)));
        Assert.Equal(Problem(await unknown.Content.ReadAsStringAsync()), Problem(await locked.Content.ReadAsStringAsync()));
        // And the account is locked for the API too: the count is the account's, not the channel's.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = Password })).StatusCode);
    }

    static string Problem(string html) => ErrorSummary().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("No error summary on the page");

    [Fact]
    public async Task WrongCurrentPasswords_OnThePasswordPage_CountTowardsLockout()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Viewer);
        async Task<string> Change(string current)
        {
            var token = await TokenAsync(client, "/Accounts/Password");
            var response = await client.PostAsync("/Accounts/Password", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Current"] = current, ["New"] = "a-new-long-passphrase", ["Confirm"] = "a-new-long-passphrase", ["__RequestVerificationToken"] = token,
            }));
            return await response.Content.ReadAsStringAsync();
        }

        for (var i = 0; i < 8; i++) Assert.Contains("The current password is wrong.", await Change("a-wrong-passphrase"));
        Assert.Contains("Too many failed attempts", await Change("correct-horse-battery"));
    }

    [GeneratedRegex("data-testid=\"error-summary\"><p>([^<]*)</p>")]
    private static partial Regex ErrorSummary();
}
