using System.Net;
using System.Net.Http.Json;
using Konbit.Accounts;
using Konbit.Forces;
using Konbit.Sources;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Sources;

public sealed class ConflictTests
{
    [Fact]
    public async Task ADisputingReport_KeepsBothValuesWithTheirSources_AndTheFirstStandsUntilAccepted()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var first = await (await client.PostAsJsonAsync("/api/v1/movements",
            new { contributor = "KEN", kind = "arrival", on = "2024-06-25", count = 200, source = Source("police-chief") })).ReadAsync<MovementDto>();
        var second = await (await client.PostAsJsonAsync("/api/v1/movements",
            new { contributor = "KEN", kind = "arrival", on = "2024-06-25", count = 400, source = Source("wire"), disputes = first.Id, subject = "First Kenyan contingent" }))
            .ReadAsync<MovementDto>();

        Assert.False(second.Counted);
        var conflicts = await (await app.Anonymous().GetAsync("/api/v1/conflicts")).ReadAsync<List<ConflictDto>>();
        var conflict = Assert.Single(conflicts);
        Assert.Equal(("First Kenyan contingent", "open", "movement", "KEN"), (conflict.Subject, conflict.State, conflict.Kind, conflict.Contributor));
        Assert.Equal([200, 400], conflict.Values.Select(v => v.Count));
        Assert.Equal("https://news.example.org/police-chief", conflict.Values[0].Sources.Single().Url);
        Assert.Equal("https://news.example.org/wire", conflict.Values[1].Sources.Single().Url);
        Assert.Equal(200, (await (await client.GetAsync("/api/v1/strength?asOf=2024-06-30")).ReadAsync<StrengthDto>()).Total);

        var accepted = await client.PostAsJsonAsync($"/api/v1/conflicts/{conflict.Id}/accept", new { recordId = second.Id, reason = "Airport manifest confirms 400." });
        var settled = await accepted.ReadAsync<ConflictDto>();

        Assert.Equal("settled", settled.State);
        Assert.Equal(second.Id, settled.AcceptedRecordId);
        Assert.Equal("Airport manifest confirms 400.", settled.Reason);
        Assert.StartsWith("coordinator-", settled.SettledBy);
        Assert.True(settled.Values.Single(v => v.RecordId == second.Id).Accepted);
        Assert.Equal(400, (await (await client.GetAsync("/api/v1/strength?asOf=2024-06-30")).ReadAsync<StrengthDto>()).Total);
        var listed = await (await app.Anonymous().GetAsync("/api/v1/conflicts?state=settled")).ReadAsync<List<ConflictDto>>();
        Assert.Equal(2, Assert.Single(listed).Values.Count);
        // The public sees that a coordinator settled it, not who.
        Assert.Equal("a coordinator", listed[0].SettledBy);
    }

    [Fact]
    public async Task ConflictingPledges_CountOnlyTheAcceptedValue()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var low = await (await client.PostAsJsonAsync("/api/v1/pledges", Pledge("JAM", 200, "2023-08-05", "military"))).ReadAsync<PledgeDto>();
        var high = await (await client.PostAsJsonAsync("/api/v1/pledges", Pledge("JAM", 250, "2023-08-05", "military", disputes: low.Id))).ReadAsync<PledgeDto>();
        async Task<int> Pledged() => (await (await client.GetAsync("/api/v1/contributors")).ReadAsync<List<ContributorDto>>()).Single(c => c.Code == "JAM").Pledged;

        Assert.Equal(200, await Pledged());
        var conflictId = high.ConflictId!.Value;
        (await client.PostAsJsonAsync($"/api/v1/conflicts/{conflictId}/accept", new { recordId = high.Id, reason = "Later official statement." })).EnsureSuccessStatusCode();
        Assert.Equal(250, await Pledged());
    }

    [Fact]
    public async Task Accepting_NeedsAReasonAndAValueOfThatConflict_AndACoordinator()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var a = await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).ReadAsync<MovementDto>();
        var b = await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 400, "2024-06-25", disputes: a.Id))).ReadAsync<MovementDto>();
        var id = b.ConflictId!.Value;

        var noReason = await client.PostAsJsonAsync($"/api/v1/conflicts/{id}/accept", new { recordId = b.Id });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", (await noReason.ReadProblemAsync()).Errors.Keys);

        var wrongRecord = await client.PostAsJsonAsync($"/api/v1/conflicts/{id}/accept", new { recordId = 999, reason = "x" });
        Assert.Contains("Record 999 is not one of the values", (await wrongRecord.ReadProblemAsync()).Errors["recordId"][0]);

        var liaison = await app.ClientAsAsync(Roles.Liaison, "KEN");
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync($"/api/v1/conflicts/{id}/accept", new { recordId = b.Id, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/conflicts/999/accept", new { recordId = b.Id, reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task DisputingAReportOfAnotherContributor_Returns400()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var a = await (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).ReadAsync<MovementDto>();
        var response = await client.PostAsJsonAsync("/api/v1/movements", Arrival("JAM", 20, "2024-06-25", disputes: a.Id));
        Assert.Contains("is about KEN, not JAM", (await response.ReadProblemAsync()).Errors["disputes"][0]);
    }
}
