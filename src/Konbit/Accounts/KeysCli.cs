using System.CommandLine;
using System.Globalization;
using Konbit.Conduct;
using Konbit.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Konbit.Accounts;

/// <summary>
/// `konbit keys list|rotate|reseal|revoke`: the Data Protection key ring outside the database (docs/security.md).
/// After a suspected leak: rotate, restart the server, reseal, then revoke the old key.
/// </summary>
public static class KeysCli
{
    public static Command Command(WebApplication app)
    {
        var keys = new Command("keys", "The key ring that signs sign-ins and encrypts complaint fields (Konbit:KeysDirectory).");
        keys.Subcommands.Add(List(app));
        keys.Subcommands.Add(Rotate(app));
        keys.Subcommands.Add(Reseal(app));
        keys.Subcommands.Add(Revoke(app));
        return keys;
    }

    static Command List(WebApplication app)
    {
        var command = new Command("list", "Every key: id, created, active from, expires, revoked.");
        command.SetAction(_ =>
        {
            var manager = app.Services.GetRequiredService<IKeyManager>();
            foreach (var k in manager.GetAllKeys().OrderBy(k => k.ActivationDate))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{k.KeyId}  created {k.CreationDate:yyyy-MM-dd HH:mm}  active {k.ActivationDate:yyyy-MM-dd HH:mm}  expires {k.ExpirationDate:yyyy-MM-dd}{(k.IsRevoked ? "  REVOKED" : "")}"));
            return 0;
        });
        return command;
    }

    static Command Rotate(WebApplication app)
    {
        var command = new Command("rotate", "Make a new key the default now (it lasts 90 days). Restart the server afterwards.");
        command.SetAction(_ =>
        {
            var now = DateTimeOffset.UtcNow;
            var key = app.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
            Console.WriteLine($"New key {key.KeyId} is the default from now. Restart the server, run `konbit keys reseal`, then revoke the old key.");
            return 0;
        });
        return command;
    }

    static Command Reseal(WebApplication app)
    {
        var command = new Command("reseal", "Encrypt every sealed complaint field again with the current default key, in one transaction.");
        command.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KonbitDb>().MigrateAsync(ct);
            scope.ServiceProvider.GetRequiredService<Audit.Actor>().ActAs("cli");
            var count = await scope.ServiceProvider.GetRequiredService<CaseVault>().ResealAsync(ct);
            Console.WriteLine($"Resealed {count:N0} records with the current key.");
            return 0;
        });
        return command;
    }

    static Command Revoke(WebApplication app)
    {
        var id = new Argument<Guid>("id") { Description = "The key's id, from `konbit keys list`." };
        var command = new Command("revoke", "Revoke a key: what it signed or sealed can no longer be read. Reseal first.") { id };
        command.SetAction(parse =>
        {
            var manager = app.Services.GetRequiredService<IKeyManager>();
            var keyId = parse.GetValue(id);
            if (manager.GetAllKeys().All(k => k.KeyId != keyId))
            {
                Console.Error.WriteLine($"konbit keys revoke: no key {keyId}; `konbit keys list` shows them.");
                return 1;
            }
            manager.RevokeKey(keyId, "revoked with konbit keys revoke");
            Console.WriteLine($"Key {keyId} is revoked.");
            return 0;
        });
        return command;
    }
}
