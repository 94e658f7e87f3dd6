using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Konbit.Forces;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Cli;

/// <summary>The `konbit` verbs, run as a real process on the same configuration and data as a running server.</summary>
public sealed partial class CliTests
{
    [Fact]
    public async Task SeedAndUsersAdd_WorkOnTheServersData()
    {
        await using var app = await KonbitApp.StartAsync();

        var seed = await KonbitAsync(app.Settings, "seed");
        Assert.True(seed.ExitCode == 0, seed.Output);
        Assert.Contains("Seeded", seed.Output);

        var add = await KonbitAsync(app.Settings, "users", "add", "liaison@example.org", "--role", "liaison", "--contributor", "KEN");
        Assert.True(add.ExitCode == 0, add.Output);
        var password = OneTimePassword().Match(add.Output).Groups[1].Value;

        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "liaison@example.org", password })).StatusCode);
        var contributors = await (await client.GetAsync("/api/v1/contributors")).ReadAsync<List<ContributorDto>>();
        Assert.Equal(1000, contributors.Single(c => c.Code == "KEN").Pledged);

        var bad = await KonbitAsync(app.Settings, "users", "add", "x@example.org", "--role", "liaison");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("A liaison officer is bound to a contributor", bad.Output);
    }

    [Fact]
    public async Task Migrate_CreatesANewSqliteDatabase()
    {
        if (TestDatabase.Current != Provider.Sqlite) return; // PostgreSQL databases are created by the harness
        var dir = Path.Combine(Path.GetTempPath(), "konbit-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await KonbitAsync(new Dictionary<string, string?> { ["Konbit:DataDirectory"] = dir }, "migrate");
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains($"Migrated SQLite database {Path.Combine(dir, "konbit.db")}", result.Output);
            Assert.True(File.Exists(Path.Combine(dir, "konbit.db")));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Settings_AfterAnAbsolutePath_StillReachTheConfiguration()
    {
        // The configuration reader would take "/tmp/adm2.geojson" for a setting and swallow the next argument as its value.
        string[] args = ["geo", "import", "/tmp/adm2.geojson", "--Konbit:Database:Provider=Postgres", "--Konbit:DataDirectory", "/srv/konbit", "--dry-run", "--urls=http://127.0.0.1:1"];
        Assert.Equal(["--Konbit:Database:Provider=Postgres", "--Konbit:DataDirectory", "/srv/konbit", "--urls=http://127.0.0.1:1"], Konbit.Cli.KonbitCli.Settings(args));
        var config = Microsoft.Extensions.Configuration.CommandLineConfigurationExtensions.AddCommandLine(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), Konbit.Cli.KonbitCli.Settings(args)).Build();
        Assert.Equal(("Postgres", "/srv/konbit"), (config["Konbit:Database:Provider"], config["Konbit:DataDirectory"]));
    }

    internal static async Task<(int ExitCode, string Output)> KonbitAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"Initial password: (\S+)")]
    private static partial Regex OneTimePassword();
}
