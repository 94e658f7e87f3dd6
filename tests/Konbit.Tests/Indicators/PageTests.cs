using System.Net;
using Konbit.Accounts;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.IncidentRequests;
using static Konbit.Tests.Indicators.IndicatorRequests;

namespace Konbit.Tests.Indicators;

public sealed class PageTests
{
    [Fact]
    public async Task IndicatorsPage_ShowsEachStatusAsABadge_AndTheHistoryBehindTheChart()
    {
        await using var app = await KonbitApp.StartAsync();
        var api = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(api, Entered("PG", "higher", 0, "2024-01-01", Target("2024-01-11", 100)));
        await AddValueAsync(api, indicator.Id, "2024-01-06", 38);

        var html = await app.Anonymous().GetStringAsync("/Indicators?asOf=2024-01-07");

        Assert.Contains("<span class=\"badge status-off-track\" data-testid=\"status-PG\">Off track</span>", html);
        Assert.Contains($"<canvas class=\"indicator-chart\" data-indicator=\"{indicator.Id}\"", html);
        Assert.Contains("<tr><td>2024-01-06</td><td class=\"num\">38</td><td class=\"num\">50</td><td>Off track</td></tr>", html);
        Assert.Contains("id=\"indicator-data\"", html);
        Assert.DoesNotContain("/Indicators/Define", html);
    }

    [Fact]
    public async Task DefineForm_WithANegativeTolerance_ShowsTheMessageBesideTheField_AndSavesNothing()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var token = await TokenAsync(client, "/Indicators/Define");

        var response = await client.PostAsync("/Indicators/Define", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Code"] = "F1", ["Input.Name"] = "Form indicator", ["Input.Definition"] = "Defined in a form.",
            ["Input.MandateTask"] = "Secure critical infrastructure", ["Input.Direction"] = "higher", ["Input.Metric"] = "personnelDeployed",
            ["Input.Baseline"] = "0", ["Input.BaselineOn"] = "2024-06-24", ["Input.Tolerance"] = "-0.5",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-error\" id=\"tolerance-error\">Tolerance must not be negative, not -0.5.</span>", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task ValueForm_RecordsTheValueWithANewSource_AndGoesBackToTheIndicator()
    {
        await using var app = await KonbitApp.StartAsync();
        var api = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(api, Entered("VF", "higher", 0, "2024-01-01", Target("2024-12-31", 10)));
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var path = $"/Indicators/{indicator.Id}/Value";
        var token = await TokenAsync(client, path);

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.On"] = "2024-05-01", ["Input.Value"] = "4.5",
            ["Input.Source.Title"] = "Quarterly figures", ["Input.Source.Url"] = "https://news.example.org/quarterly",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Indicators#indicator-{indicator.Id}", response.Headers.Location!.OriginalString);
        var stored = await app.WithDbAsync(db => db.IndicatorValues.Include(v => v.Sources).SingleAsync());
        Assert.Equal((4.5m, "Quarterly figures"), (stored.Value, stored.Sources.Single().Title));
    }

    [Fact]
    public async Task TargetForm_ForAnUnknownIndicator_IsNotFound()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Indicators/999/Target")).StatusCode);
    }

    [Fact]
    public async Task ValueForm_OfAComputedIndicator_OffersNoForm()
    {
        await using var app = await KonbitApp.StartAsync();
        var api = await app.ClientAsAsync(Roles.Coordinator);
        var indicator = await DefineAsync(api, Computed("CF", "personnelDeployed", "higher", 0, "2024-01-01"));
        var client = await app.SignedInPagesAsync(Roles.Coordinator);

        var html = await client.GetStringAsync($"/Indicators/{indicator.Id}/Value");

        Assert.Contains("its values cannot be entered", html);
        Assert.DoesNotContain("Record value</button>", html);
    }
}
