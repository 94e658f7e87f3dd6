using System.Net.Http.Json;
using Konbit.Conduct;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Conduct.ConductRequests;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Conduct;

public sealed class StatisticsTests
{
    [Fact]
    public async Task SmallCounts_ShowAsFewerThanFive_AndNeverCarryTheNumber()
    {
        var (app, _) = await StartWithContributorsAsync(settings: Unlimited);
        await using var __ = app;
        await app.Anonymous().FileAsync(Complaint(contributor: "KEN"));

        var json = await app.Anonymous().GetStringAsync("/api/v1/conduct/statistics");
        var stats = System.Text.Json.JsonSerializer.Deserialize<ConductStatisticsDto>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.Equal(("fewer than 5", null), (stats.Total.Shown, stats.Total.Count));
        var ken = stats.ByContributor.Single(c => c.Key == "KEN");
        Assert.Equal(("fewer than 5", null), (ken.Shown, ken.Count));
        Assert.Equal(0, stats.ByContributor.Single(c => c.Key == "JAM").Count);
        Assert.DoesNotContain("Baryè", json);
        Assert.DoesNotContain("KB-", json);

        var page = await app.Anonymous().GetStringAsync("/Conduct/Statistics?lang=ht");
        Assert.Contains("mwens pase 5", page);
    }

    [Fact]
    public async Task ALoneSmallCell_TakesItsSmallestNeighbourWithIt_SoTheTotalCannotGiveItAway()
    {
        await using var app = await KonbitApp.StartAsync(settings: Unlimited);
        var client = app.Anonymous();
        for (var i = 0; i < 7; i++) await client.FileAsync(Complaint(category: "ExcessiveForce"));
        for (var i = 0; i < 6; i++) await client.FileAsync(Complaint(category: "ArbitraryArrestOrDetention"));
        for (var i = 0; i < 2; i++) await client.FileAsync(Complaint(category: "TheftOrDamage"));

        var stats = await client.GetFromJsonAsync<ConductStatisticsDto>("/api/v1/conduct/statistics");
        Assert.Equal(15, stats!.Total.Count);
        var byCategory = stats.ByCategory.ToDictionary(c => c.Key);
        Assert.Equal("fewer than 5", byCategory["TheftOrDamage"].Shown);
        Assert.Equal(("withheld", null), (byCategory["ArbitraryArrestOrDetention"].Shown, byCategory["ArbitraryArrestOrDetention"].Count));
        Assert.Equal(7, byCategory["ExcessiveForce"].Count);
        Assert.Equal(0, byCategory["Other"].Count);
        Assert.Equal(15, stats.ByStatus.Single(s => s.Key == "Received").Count);
    }
}
