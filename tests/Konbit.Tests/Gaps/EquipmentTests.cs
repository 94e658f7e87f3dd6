using System.Net;
using System.Net.Http.Json;
using Konbit.Gaps;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Gaps.GapRequests;
using static Konbit.Tests.Infrastructure.Requests;

namespace Konbit.Tests.Gaps;

public sealed class EquipmentTests
{
    [Fact]
    public async Task Gap_OnADate_IsTheLatestRequirementLessWhatWasDeliveredBy_Then()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        await PostAsync(client, "requirements", Equipment("helicopter", 10, "2024-06-01"));
        await PostAsync(client, "deliveries", Equipment("helicopter", 3, "2024-09-01", donor: "United States"));
        await PostAsync(client, "requirements", Equipment("helicopter", 12, "2024-10-01"));
        await PostAsync(client, "deliveries", Equipment("helicopter", 2, "2024-11-01", donor: "KEN"));

        var august = await GapAsync(client, "helicopter", "2024-08-31");
        var september = await GapAsync(client, "helicopter", "2024-09-15");
        var december = await GapAsync(client, "helicopter", "2024-12-01");

        Assert.Equal((10, 0, 10), (august.Required, august.Available, august.Gap));
        Assert.Equal((10, 3, 7), (september.Required, september.Available, september.Gap));
        Assert.Equal((12, 5, 7, "delivered"), (december.Required, december.Available, december.Gap, december.Basis));
        Assert.Null((await GapAsync(client, "boat", "2024-12-01")).Gap);
    }

    [Fact]
    public async Task Gap_WithAServiceableCount_CountsWhatWorksPlusLaterDeliveries_AndSaysSo()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        await PostAsync(client, "requirements", Equipment("armouredVehicle", 20, "2024-06-01"));
        await PostAsync(client, "deliveries", Equipment("armouredVehicle", 12, "2024-07-01", donor: "United States"));
        await PostAsync(client, "serviceable-counts", Equipment("armouredVehicle", 8, "2024-08-01"));
        await PostAsync(client, "deliveries", Equipment("armouredVehicle", 3, "2024-09-01", donor: "Canada"));

        var gap = await GapAsync(client, "armouredVehicle", "2024-10-01");

        Assert.Equal(("serviceable", 15, 8, 3, 11, 9), (gap.Basis, gap.Delivered, gap.Serviceable, gap.DeliveredSinceCount, gap.Available, gap.Gap));
    }

    [Fact]
    public async Task Delivery_BeyondItsPledge_IsRecordedAndFlagged()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var pledge = await PostAsync(client, "pledges", Equipment("drone", 5, "2024-08-01", donor: "United States"));
        var first = await PostAsync(client, "deliveries", Equipment("drone", 4, "2024-09-01", pledge: pledge.Id));
        var second = await PostAsync(client, "deliveries", Equipment("drone", 2, "2024-10-01", pledge: pledge.Id));

        Assert.False(first.ExceedsPledge);
        Assert.True(second.ExceedsPledge);
        Assert.Equal("United States", second.Donor);
        var listed = await client.GetFromJsonAsync<List<EquipmentEntryDto>>("/api/v1/equipment");
        Assert.Equal([second.Id], listed!.Where(e => e.ExceedsPledge).Select(e => e.Id));
    }

    [Theory]
    [InlineData("requirements")]
    [InlineData("deliveries")]
    [InlineData("serviceable-counts")]
    public async Task NegativeQuantity_IsRefusedNamingTheField_AndWritesNothing(string kind)
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync($"/api/v1/equipment/{kind}", Equipment("radio", -3, "2024-08-01", donor: "JAM"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["quantity must not be negative, not -3."], (await response.ReadProblemAsync()).Errors["quantity"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.EquipmentEntries.CountAsync()));
    }

    [Fact]
    public async Task UnknownCategory_IsRefusedListingTheCategories()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        var response = await client.PostAsJsonAsync("/api/v1/equipment/requirements", Equipment("submarine", 1, "2024-08-01"));
        Assert.Contains("nightVisionDevice", (await response.ReadProblemAsync()).Errors["category"][0]);
    }

    [Fact]
    public async Task Gaps_AsCsv_CarryTheHxlRow()
    {
        var (app, client) = await StartWithContributorsAsync();
        await using var _ = app;
        await PostAsync(client, "requirements", Equipment("boat", 4, "2024-06-01"));

        var csv = (await client.GetStringAsync("/api/v1/equipment/gaps?on=2024-07-01&format=csv")).Split("\r\n");

        Assert.StartsWith("date,category,required", csv[0]);
        Assert.StartsWith("#date,#item+type,#item+required+num", csv[1]);
        Assert.Contains("2024-07-01,boat,4,0,0,,0,delivered,4", csv);
    }

    static async Task<EquipmentEntryDto> PostAsync(HttpClient client, string kind, object body) =>
        await (await client.PostAsJsonAsync($"/api/v1/equipment/{kind}", body)).ReadAsync<EquipmentEntryDto>();

    static async Task<CategoryGapDto> GapAsync(HttpClient client, string category, string on) =>
        (await client.GetFromJsonAsync<EquipmentGapsDto>($"/api/v1/equipment/gaps?on={on}"))!.Categories.Single(c => c.Category == category);
}
