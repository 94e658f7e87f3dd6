using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Konbit.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh, empty database of its own (migrated by the app's start-up, not seeded unless asked),
/// reached through HTTP. The clock is fixed so that date rules are repeatable.
/// </summary>
public sealed class KonbitApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "konbit-test-" + Guid.NewGuid().ToString("N"));
    readonly string? postgresDatabase;
    readonly Dictionary<string, string?> settings;

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>The configuration this app runs with, for running the `konbit` command line on the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>Browser tests run on a real port with the real clock (browsers judge cookies by real time).</summary>
    readonly bool realServer;

    KonbitApp(bool seed, IDictionary<string, string?>? extra, bool realServer)
    {
        this.realServer = realServer;
        settings = new()
        {
            ["Konbit:DataDirectory"] = dataDirectory,
            ["Konbit:SeedOnFirstStart"] = seed ? "true" : "false",
        };
        if (TestDatabase.Current == Provider.Postgres)
        {
            postgresDatabase = "konbit_test_" + Guid.NewGuid().ToString("N");
            settings["Konbit:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Konbit"] = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = postgresDatabase }.ToString();
        }
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) settings[k] = v;
    }

    public static async Task<KonbitApp> StartAsync(bool seed = false, IDictionary<string, string?>? settings = null, bool realServer = false)
    {
        var app = new KonbitApp(seed, settings, realServer);
        if (app.postgresDatabase is not null) await PostgresTemplate.CreateDatabaseAsync(app.postgresDatabase);
        if (realServer) app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    /// <summary>The address of the real server (browser tests).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (!realServer) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client of this app; on a real port (browser tests) it calls that port, as the browser does.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, BaseAddress = realServer ? ServerAddress : new WebApplicationFactoryClientOptions().BaseAddress,
    });

    /// <summary>A client signed in through the token endpoint as a new user with this role.</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string? contributor = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        const string password = "correct-horse-battery";
        await CreateUserAsync(email, password, role, contributor);
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task CreateUserAsync(string email, string password, string role, string? contributor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<Users>().CreateAsync(email, password, role, contributor, CancellationToken.None);
        if (user is null) throw new InvalidOperationException(string.Join("; ", errors));
    }

    /// <summary>Direct database access for arranging data the API has no verb for, and for asserting what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<KonbitDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<KonbitDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null) await PostgresTemplate.DropDatabaseAsync(postgresDatabase);
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    sealed record TokenResponse(string AccessToken);
}
