using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Konbit.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Cli.CliTests;
using static Konbit.Tests.Conduct.ConductRequests;

namespace Konbit.Tests.Conduct;

public sealed partial class KeyRotationTests
{
    [Fact]
    public async Task RotateResealRevoke_LeavesEveryFieldReadable_WithTheNewKeyOnly()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        await app.Anonymous().FileAsync(Complaint("Narrative before rotation.", anonymous: false, contact: "+509 0000 0000"));
        var before = await app.WithDbAsync(db => db.Complaints.AsNoTracking().Select(c => c.SealedNarrative).SingleAsync());
        var oldKey = KeyId().Match((await KonbitAsync(app.Settings, "keys", "list")).Output).Groups[1].Value;

        var rotate = await KonbitAsync(app.Settings, "keys", "rotate");
        Assert.True(rotate.ExitCode == 0, rotate.Output);
        var reseal = await KonbitAsync(app.Settings, "keys", "reseal");
        Assert.True(reseal.ExitCode == 0, reseal.Output);
        Assert.Contains("Resealed 1 records", reseal.Output);
        var revoke = await KonbitAsync(app.Settings, "keys", "revoke", oldKey);
        Assert.True(revoke.ExitCode == 0, revoke.Output);
        Assert.Contains("REVOKED", (await KonbitAsync(app.Settings, "keys", "list")).Output);

        // A fresh reader of the key ring, as the restarted server will be: the resealed field opens, the old one does not.
        var keys = new DirectoryInfo(Path.Combine(app.Settings["Konbit:DataDirectory"]!, "keys"));
        var protector = DataProtectionProvider.Create(keys, b => b.SetApplicationName("Konbit")).CreateProtector("Konbit.Conduct.Fields.v1");
        var after = await app.WithDbAsync(db => db.Complaints.AsNoTracking().Select(c => c.SealedNarrative).SingleAsync());
        Assert.NotEqual(before, after);
        Assert.Equal("Narrative before rotation.", protector.Unprotect(after));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(before));

        Assert.Equal(1, (await KonbitAsync(app.Settings, "keys", "revoke", Guid.NewGuid().ToString())).ExitCode);
    }

    [GeneratedRegex(@"^([0-9a-f-]{36})\s", RegexOptions.Multiline)]
    private static partial Regex KeyId();
}
