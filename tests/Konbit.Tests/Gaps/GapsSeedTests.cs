using System.Net.Http.Json;
using Konbit.Gaps;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Gaps;

public sealed class GapsSeedTests
{
    [Fact]
    public async Task TheSeed_CarriesElSalvadorsHelicopterPledge_AndTheEarlyTrustFundReceipts_WithTheirSources()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = app.Anonymous();

        var gaps = await client.GetFromJsonAsync<EquipmentGapsDto>("/api/v1/equipment/gaps?on=2024-09-01");
        var funding = await client.GetFromJsonAsync<List<FundingEntryDto>>("/api/v1/funding");

        Assert.Equal(3, gaps!.Categories.Single(c => c.Category == "helicopter").Pledged);
        var trustFund = funding!.Where(f => f.Channel == "trustFund" && f.On <= new DateOnly(2024, 4, 30)).ToList();
        Assert.Equal(17_900_000m, trustFund.Sum(f => f.AmountUsd));
        Assert.All(trustFund, f => Assert.Contains(f.Sources, s => s.Url!.Contains("nycaribnews.com")));
    }
}
