using System.Net;
using System.Net.Http.Json;
using System.Text;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Forces;

public sealed class BadInputTests
{
    [Theory]
    [InlineData(-5, "count must be a positive number of personnel, not -5.")]
    [InlineData(0, "count must be a positive number of personnel, not 0.")]
    [InlineData(250_000, "count of 250,000 is not plausible (the limit is 100,000).")]
    public async Task RecordMovement_WithABadCount_Returns400NamingCount(int count, string message)
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", count, "2024-06-25"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([message], (await response.ReadProblemAsync()).Errors["count"]);
    }

    [Fact]
    public async Task RecordMovement_ForAnUnknownContributor_Returns400NamingContributor()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/movements", Arrival("XYZ", 10, "2024-06-25"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown contributor code 'XYZ'", (await response.ReadProblemAsync()).Errors["contributor"][0]);
    }

    [Theory]
    [InlineData("2019-12-31", "on 2019-12-31 is before 2020.")]
    [InlineData("2026-03-02", "on 2026-03-02 is more than a year ahead of today (2025-03-01).")]
    public async Task RecordMovement_WithADateOutOfRange_Returns400NamingTheDate(string on, string message)
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 10, on));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.ReadProblemAsync()).Errors["on"]);
    }

    [Fact]
    public async Task RecordDeparture_WhenStrengthWouldGoNegative_Returns400WithTheDateAndFigure()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-06-25"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 200, "2024-07-16"))).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/v1/movements", Departure("KEN", 217, "2024-07-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A departure of 217 on 2024-07-01 would leave Kenya at -17 on 2024-07-01."], (await response.ReadProblemAsync()).Errors["count"]);
        Assert.Equal(2, await app.WithDbAsync(db => db.Movements.CountAsync()));
    }

    [Fact]
    public async Task RecordDeparture_ThatALaterDepartureWouldMakeNegative_NamesTheLaterDate()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/movements", Arrival("KEN", 100, "2024-06-25"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/movements", Departure("KEN", 80, "2024-08-01"))).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/v1/movements", Departure("KEN", 30, "2024-07-01"));

        Assert.Contains("would leave Kenya at -10 on 2024-08-01", (await response.ReadProblemAsync()).Errors["count"][0]);
    }

    [Fact]
    public async Task RevisingAWithdrawnPledge_Returns400()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var pledge = await (await client.PostAsJsonAsync("/api/v1/pledges", Pledge("JAM", 200, "2023-08-05"))).ReadAsync<Konbit.Forces.PledgeDto>();
        var withdrawal = await (await client.PostAsJsonAsync($"/api/v1/pledges/{pledge.Id}/revisions",
            new { status = "withdrawn", announcedOn = "2024-01-10", source = Source() })).ReadAsync<Konbit.Forces.PledgeDto>();

        var response = await client.PostAsJsonAsync($"/api/v1/pledges/{withdrawal.Id}/revisions",
            new { count = 100, announcedOn = "2024-02-01", status = "revised", source = Source() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("withdrawn", (await response.ReadProblemAsync()).Errors["pledge"][0]);
        Assert.Equal(2, await app.WithDbAsync(db => db.Pledges.CountAsync()));
    }

    [Fact]
    public async Task MalformedJson_Returns400ProblemSayingWhere()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var body = new StringContent("{\n  \"contributor\": \"KEN\",\n  \"count\": \"twelve\"\n}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/movements", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("not valid JSON at $.count (line 3", problem.Detail);
    }

    [Fact]
    public async Task TruncatedJson_Returns400()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsync("/api/v1/movements", new StringContent("{\"contributor\": \"KEN\", ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", (await response.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task OversizedRequest_Returns413()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var huge = new string('x', 300 * 1024);
        var response = await client.PostAsJsonAsync("/api/v1/movements", new { contributor = "KEN", kind = "arrival", on = "2024-06-25", count = 1, note = huge });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit of 262,144 bytes", (await response.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task AFigureWithoutASource_Returns400_AndABadRequestWritesNothing()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var unsourced = await client.PostAsJsonAsync("/api/v1/movements", new { contributor = "KEN", kind = "arrival", on = "2024-06-25", count = 10 });
        Assert.Contains("Cite at least one source", (await unsourced.ReadProblemAsync()).Errors["sourceIds"][0]);

        // A valid new source inside an otherwise bad request must not be saved on its own.
        var bad = await client.PostAsJsonAsync("/api/v1/movements", new { contributor = "KEN", kind = "landing", on = "2024-06-25", count = 10, source = Source() });
        var problem = await bad.ReadProblemAsync();
        Assert.Contains("'landing' is not one of arrival, rotationOut, repatriation, deathInService", problem.Errors["kind"][0]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sources.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Movements.CountAsync()));
    }

    [Fact]
    public async Task ASourceWithoutAnAddress_Returns400NamingTheSourceField()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/movements",
            new { contributor = "KEN", kind = "arrival", on = "2024-06-25", count = 10, source = new { title = "Radio report", url = "not a url" } });
        Assert.Contains("'not a url' is not an http or https address.", (await response.ReadProblemAsync()).Errors["source.url"]);
    }
}
