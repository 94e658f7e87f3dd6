using Konbit.Accounts;
using Konbit.Data;
using Konbit.Seed;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Konbit.Shared;

/// <summary>
/// Before the server takes requests: migrate, seed an empty database with the mission's public data, and, when no
/// user exists yet, print a one-time link to create the first administrator. There is no default password.
/// </summary>
sealed class StartupTasks(IServiceProvider services, IOptions<KonbitOptions> options, IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KonbitDb>();
        await db.MigrateAsync(ct);
        var where = Database.Describe(db, options.Value);
        if (options.Value.SeedOnFirstStart && !await db.Contributors.AnyAsync(ct))
        {
            var report = await scope.ServiceProvider.GetRequiredService<Seeder>().RunAsync(SeedData.Embedded(), ct);
            Console.WriteLine($"Konbit: loaded the mission's public data ({report.Added} records).");
        }
        var users = scope.ServiceProvider.GetRequiredService<Users>();
        var setupToken = await users.AnyAsync(ct) ? null : await users.IssueSetupTokenAsync(ct);

        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
            Console.WriteLine($"Konbit: data in {where} (data directory {options.Value.FullDataDirectory}).");
            Console.WriteLine($"Konbit: serving {address}");
            Console.WriteLine(setupToken is null
                ? "Konbit: sign in at /Accounts/Login; an administrator adds users with `konbit users add EMAIL --role ROLE`."
                : $"Konbit: no users yet. Create the first administrator within 24 hours at {address.TrimEnd('/')}/Accounts/Setup?token={setupToken} (this link works once).");
        });
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
