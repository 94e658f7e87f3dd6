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

    static async Task<HttpResponseMessage> PostPeriodAsync(HttpClient client, string name, string from, string to, string budget) =>
        await client.PostAsync("/Funding/RecordPeriod", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, "/Funding/RecordPeriod"), ["Input.Name"] = name, ["Input.StartsOn"] = from,
            ["Input.EndsOn"] = to, ["Input.BudgetUsd"] = budget, ["Input.Source.Title"] = "Budget", ["Input.Source.Url"] = "https://news.example.org/budget",
        }));

    [Fact]
    public async Task PeriodForm_SavesThePeriodWithItsSource_AuditsIt_AndShowsItOnTheFundingPage()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        Assert.Contains("href=\"/Funding/RecordPeriod\"", await client.GetStringAsync("/Funding"));

        var response = await PostPeriodAsync(client, "First year", "2023-10-02", "2024-10-01", "600000000");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Funding", response.Headers.Location!.OriginalString);
        var period = await app.WithDbAsync(db => db.BudgetPeriods.Include(p => p.Sources).SingleAsync());
        Assert.Equal(("First year", new DateOnly(2024, 10, 1), 600_000_000m, "https://news.example.org/budget"),
            (period.Name, period.EndsOn, period.BudgetUsd, period.Sources.Single().Url));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "BudgetPeriod" && a.Action == "Added")));
        var page = await client.GetStringAsync("/Funding");
        Assert.Contains("Recorded: budget period First year, 2023-10-02 to 2024-10-01, US$600,000,000.", page);
        Assert.Contains("<th scope=\"row\">First year</th>", page);
    }

    [Theory]
    [InlineData("2024-10-01", "2024-10-01", "100", "endsOn", "To 2024-10-01 must be after startsOn 2024-10-01.")]
    [InlineData("2024-10-01", "2025-09-30", "0", "budgetUsd", "Budget (US dollars) must be more than zero.")]
    [InlineData("2024-10-01", "2025-09-30", "-5", "budgetUsd", "Budget (US dollars) must not be negative, not -5.")]
    public async Task PeriodForm_WithABadField_ShowsTheMessageBesideIt_AndSavesNothing(string from, string to, string budget, string field, string message)
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);

        var response = await PostPeriodAsync(client, "Second year", from, to, budget);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<span class=\"field-error\" id=\"{field}-error\">{message}</span>", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.BudgetPeriods.CountAsync()));
    }

    [Fact]
    public async Task PeriodForm_OverlappingAnotherPeriod_IsRefusedNamingIt()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPeriodAsync(client, "First year", "2023-10-02", "2024-10-01", "600000000")).StatusCode);

        var response = await PostPeriodAsync(client, "Second year", "2024-10-01", "2025-09-30", "500000000");

        Assert.Contains("id=\"startsOn-error\">2024-10-01 to 2025-09-30 overlaps the period &quot;First year&quot; (2023-10-02 to 2024-10-01)",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.BudgetPeriods.CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPeriodAsync(client, "Second year", "2024-10-02", "2025-10-01", "500000000")).StatusCode);
    }

    [Fact]
    public async Task PeriodForm_ForAViewer_RedirectsToDenied_AndTheFundingPageOffersNoRecordLinks()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Viewer);

        var response = await client.GetAsync("/Funding/RecordPeriod");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/Denied", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("/Funding/RecordPeriod", await client.GetStringAsync("/Funding"));
    }
}
