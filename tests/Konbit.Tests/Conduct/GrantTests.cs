using System.Net;
using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Cli.CliTests;

namespace Konbit.Tests.Conduct;

public sealed class GrantTests
{
    [Fact]
    public async Task AnAdminReadsCases_OnlyOnceGrantedTheConductRole_AndTheGrantIsAudited()
    {
        await using var app = await KonbitApp.StartAsync();
        const string email = "admin@example.org", password = "correct-horse-battery";
        await app.CreateUserAsync(email, password, Roles.Admin);
        async Task<HttpClient> SignInAsync()
        {
            var client = app.Anonymous();
            var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password })).ReadAsync<TokenDto>();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
            return client;
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignInAsync()).GetAsync("/api/v1/conduct/cases")).StatusCode);

        var grant = await KonbitAsync(app.Settings, "users", "grant", email, "--role", "conduct");
        Assert.True(grant.ExitCode == 0, grant.Output);
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync()).GetAsync("/api/v1/conduct/cases")).StatusCode);
        var history = await (await SignInAsync()).GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit");
        Assert.Contains(history!, e => e.EntityType.Contains("UserRole") && e.Action == "Added" && e.Actor == "cli");

        var bad = await KonbitAsync(app.Settings, "users", "grant", "nobody@example.org", "--role", "conduct");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("No user with the email", bad.Output);
    }

    sealed record TokenDto(string AccessToken);
}
