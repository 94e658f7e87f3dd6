using System.Net;
using System.Net.Http.Json;
using Konbit.Mandates;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Mandates;

public sealed class MandateTests
{
    static object Resolution(string instrument, string adopted, string starts, string expires, int? ceiling = null, int? predecessor = null, string? relation = null) => new
    {
        instrument, mission = "Test mission", adopted, vote = "15-0-0", starts, expires, ceiling, predecessor, relation,
        tasks = new[] { "Support the national police", "Secure critical infrastructure" },
        source = new { title = $"Text of {instrument}", officialRecord = true, reference = instrument },
    };

    [Fact]
    public async Task Mandates_FormAChain_AndTheCurrentOneCountsDown()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var first = await (await client.PostAsJsonAsync("/api/v1/mandates", Resolution("S/RES/1 (2023)", "2023-10-02", "2023-10-02", "2024-10-02"))).ReadAsync<MandateDto>();
        var second = await (await client.PostAsJsonAsync("/api/v1/mandates",
            Resolution("S/RES/2 (2024)", "2024-09-30", "2024-10-02", "2025-04-15", ceiling: 2500, predecessor: first.Id, relation: "renews"))).ReadAsync<MandateDto>();

        var list = await (await app.Anonymous().GetAsync("/api/v1/mandates")).ReadAsync<List<MandateDto>>();
        Assert.Equal(["S/RES/1 (2023)", "S/RES/2 (2024)"], list.Select(m => m.Instrument));
        Assert.Equal((first.Id, "renews", 2500), (list[1].Predecessor, list[1].Relation, list[1].Ceiling!.Value));
        Assert.Equal(new DateOnly(2025, 4, 15), list[1].Expires);
        Assert.Equal(2, list[1].Tasks.Count);
        Assert.Equal("S/RES/2 (2024)", list[1].Sources.Single().Reference);

        var status = await (await app.Anonymous().GetAsync("/api/v1/mandates/current")).ReadAsync<MandateStatusDto>();
        Assert.Equal(("S/RES/2 (2024)", 45, true, false), (status.Instrument, status.DaysLeft!.Value, status.Warning, status.Expired));
        Assert.Equal(second.Id, list[1].Id);

        app.Clock.Advance(TimeSpan.FromDays(50));
        var expired = await (await app.Anonymous().GetAsync("/api/v1/mandates/current")).ReadAsync<MandateStatusDto>();
        Assert.True(expired.Expired);
        Assert.Contains("expired on 15 April 2025 (5 days ago)", expired.Message);
    }

    [Fact]
    public async Task AMandate_FarFromExpiry_CarriesNoWarning_AndBadInputIsNamed()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/mandates", Resolution("S/RES/3 (2025)", "2025-02-01", "2025-02-01", "2026-02-01"))).EnsureSuccessStatusCode();
        var status = await (await client.GetAsync("/api/v1/mandates/current")).ReadAsync<MandateStatusDto>();
        Assert.False(status.Warning);

        var bad = await client.PostAsJsonAsync("/api/v1/mandates", Resolution("S/RES/3 (2025)", "2019-01-01", "2025-02-01", "2025-01-01", predecessor: 77, relation: "renews"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadProblemAsync()).Errors;
        Assert.Contains("already in the register", errors["instrument"][0]);
        Assert.Contains("before 2020", errors["adopted"][0]);
        Assert.Contains("expires after it starts", errors["expires"][0]);
        Assert.Contains("no mandate with id 77", errors["predecessor"][0]);

        var liaison = await app.ClientAsAsync(Konbit.Accounts.Roles.Liaison, "KEN");
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/v1/mandates", Resolution("S/RES/4 (2025)", "2025-02-01", "2025-02-01", "2026-02-01"))).StatusCode);
    }
}
