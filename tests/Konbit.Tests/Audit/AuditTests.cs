using System.Net;
using System.Net.Http.Json;
using Konbit.Audit;
using Konbit.Forces;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Audit;

public sealed class AuditTests
{
    [Fact]
    public async Task EveryChange_IsRecordedWithWhoWhenAndBeforeAndAfter()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var first = await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).ReadAsync<MovementDto>();
        var second = await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 400, "2024-06-25", disputes: first.Id))).ReadAsync<MovementDto>();
        (await client.PostAsJsonAsync($"/api/v1/conflicts/{second.ConflictId}/accept", new { recordId = second.Id, reason = "Checked." })).EnsureSuccessStatusCode();

        var history = await (await client.GetAsync($"/api/v1/audit?entity=Movement&id={first.Id}")).ReadAsync<List<AuditEntryDto>>();

        Assert.Equal(["Modified", "Modified", "Added"], history.Select(h => h.Action));
        var added = history[^1];
        Assert.StartsWith("coordinator-", added.Actor);
        Assert.Null(added.Before);
        Assert.Contains("\"Count\":200", added.After);
        Assert.Equal(KonbitApp.Now.UtcDateTime, added.AtUtc);
        var uncounted = history[0];
        Assert.Contains("\"Counted\":true", uncounted.Before);
        Assert.Contains("\"Counted\":false", uncounted.After);
        Assert.DoesNotContain("EditedByUser", uncounted.After);
        // The conflict was created in the same save: the entry holds its real id, not a temporary key.
        Assert.Contains($"\"ConflictId\":{second.ConflictId}", history[1].After);
    }

    [Fact]
    public async Task TheAuditLog_IsNotPublic_AndNeverHoldsPasswordHashes()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/audit")).StatusCode);
        var all = await (await client.GetAsync("/api/v1/audit?limit=1000")).ReadAsync<List<AuditEntryDto>>();
        Assert.Contains(all, e => e.EntityType == "KonbitUser" && e.Action == "Added");
        Assert.DoesNotContain(all, e => (e.After ?? "").Contains("PasswordHash") || (e.After ?? "").Contains("SecurityStamp"));
    }
}
