using System.Net;
using System.Net.Http.Json;
using Konbit.Gaps;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Gaps.GapRequests;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Gaps;

public sealed class FundingTests
{
    [Fact]
    public async Task UnknownCurrency_IsRefusedNamingIt_AndWritesNothing()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/funding/pledges", Money("Canada", 1000m, "XQZ", "2024-05-01", rateToUsd: 0.7m));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'XQZ'", (await response.ReadProblemAsync()).Errors["currency"][0]);
        Assert.Equal(0, await app.WithDbAsync(db => db.FundingEntries.CountAsync()));
    }

    [Fact]
    public async Task Receipt_InAnotherCurrency_IsConvertedToUsdWithItsRateAndDate()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var receipt = await (await client.PostAsJsonAsync("/api/v1/funding/receipts",
            Money("Canada", 80_500_000m, "cad", "2024-06-15", rateToUsd: 0.7312m, rateOn: "2024-06-14"))).ReadAsync<FundingEntryDto>();

        Assert.Equal(("CAD", 58_861_600.00m, new DateOnly(2024, 6, 14)), (receipt.Currency, receipt.AmountUsd, receipt.RateOn));
    }

    [Fact]
    public async Task ForeignCurrency_WithoutARate_IsRefusedNamingTheRate()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("France", 1000m, "EUR", "2024-06-15"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).Errors.ContainsKey("rateToUsd"));
    }

    [Fact]
    public async Task NegativeAmount_IsRefusedNamingTheField()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("KEN", -5m, "USD", "2024-06-15"));
        Assert.Equal(["amount must not be negative, not -5."], (await response.ReadProblemAsync()).Errors["amount"]);
    }

    [Fact]
    public async Task Periods_ShowTheShareOfTheirBudgetReceived_FromReceiptsDatedInsideThem()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/v1/funding/periods", Period("First year", "2023-10-02", "2024-10-01", 600_000_000m))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/pledges", Money("United States", 300_000_000m, "USD", "2023-10-10", channel: "bilateral"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("Canada", 50_000_000m, "CAD", "2024-03-01", rateToUsd: 0.74m, rateOn: "2024-02-29"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("KEN", 29_000_000m, "USD", "2024-09-30"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/funding/receipts", Money("France", 1_000_000m, "USD", "2024-10-02"))).EnsureSuccessStatusCode();

        var period = (await client.GetFromJsonAsync<List<BudgetPeriodDto>>("/api/v1/funding/periods"))!.Single();

        Assert.Equal((300_000_000m, 66_000_000m, 0.11), (period.PledgedUsd, period.ReceivedUsd, period.ShareReceived));
        var csv = await client.GetStringAsync("/api/v1/funding/periods?format=csv");
        Assert.Contains("#value+received+usd", csv);
        Assert.Contains("First year,2023-10-02,2024-10-01,600000000.00,300000000.00,66000000.00,0.11", csv);
    }
}
