using System.Net;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Gaps;

public sealed class FormTests
{
    [Fact]
    public async Task EquipmentForm_WithANegativeQuantity_ShowsTheMessageBesideTheQuantityField_AndSavesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var token = await TokenAsync(client, "/Equipment/Record/delivery");

        var response = await client.PostAsync("/Equipment/Record/delivery", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Category"] = "drone", ["Input.Quantity"] = "-2", ["Input.On"] = "2024-09-01",
            ["Input.Donor"] = "United States", ["Input.Source.Title"] = "Drones", ["Input.Source.Url"] = "https://news.example.org/drones",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"quantity-error\">Quantity must not be negative, not -2.</span>", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.EquipmentEntries.CountAsync()));
    }

    [Fact]
    public async Task FundingForm_WithAnUnknownCurrency_NamesItBesideTheCurrencyField()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var token = await TokenAsync(client, "/Funding/Record/receipt");

        var response = await client.PostAsync("/Funding/Record/receipt", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Donor"] = "Canada", ["Input.Channel"] = "trustFund", ["Input.On"] = "2024-09-01",
            ["Input.Amount"] = "1000", ["Input.Currency"] = "CAX", ["Input.RateToUsd"] = "0.74", ["Input.RateOn"] = "2024-09-01",
            ["Input.Source.Title"] = "Receipt", ["Input.Source.Url"] = "https://news.example.org/receipt",
        }));

        Assert.Contains("id=\"currency-error\">Unknown currency code &#x27;CAX&#x27;", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EquipmentPage_ForALiaison_OffersNoRecordLinks()
    {
        var (app, _) = await Requests.StartWithContributorsAsync();
        await using var __ = app;
        var client = await app.SignedInPagesAsync(Roles.Liaison, "KEN");
        var html = await client.GetStringAsync("/Equipment");
        Assert.Contains("Gap per category", html);
        Assert.DoesNotContain("/Equipment/Record/", html);
    }
}
