using System.Net;
using Konbit.Accounts;
using Konbit.Incidents;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Incidents;

public sealed class FormTests
{
    static Dictionary<string, string> Fields(string token) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Input.EventDate"] = "2024-06-10", ["Input.TimePrecision"] = "1",
        ["Input.EventType"] = "Violence against civilians", ["Input.SubEventType"] = "Abduction/forced disappearance",
        ["Input.Actor1"] = "400 Mawozo", ["Input.Inter1"] = "3", ["Input.Actor2"] = "Civilians (Haiti)", ["Input.Inter2"] = "7",
        ["Input.Admin1"] = "Ouest", ["Input.Location"] = "Croix-des-Bouquets", ["Input.GeoPrecision"] = "1",
        ["Input.Fatalities"] = "0", ["Input.Abducted"] = "6", ["Input.MissionInvolved"] = "true",
        ["Input.AlertedAtUtc"] = "2024-06-10T08:00", ["Input.ArrivedAtUtc"] = "2024-06-10T09:10",
        ["Input.Source.Title"] = "Six abducted on the road", ["Input.Source.Url"] = "https://news.example.org/abducted",
    };

    [Fact]
    public async Task RecordForm_ListsEverySubTypeUnderItsEventType_ForACoordinator()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);

        var html = await client.GetStringAsync("/Incidents/Record");

        Assert.Contains("<optgroup label=\"Battles\">", html);
        Assert.Contains("<option value=\"Abduction/forced disappearance\">Abduction/forced disappearance</option>", html);
        Assert.Contains("<label for=\"eventDate\">Event date</label>", html);
        Assert.Contains("<legend>Sources</legend>", html);
    }

    [Fact]
    public async Task RecordForm_Posted_SavesTheIncidentAndGoesToItsPage()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var token = await TokenAsync(client, "/Incidents/Record");

        var response = await client.PostAsync("/Incidents/Record", new FormUrlEncodedContent(Fields(token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Incidents.Include(i => i.Sources).SingleAsync());
        Assert.Equal($"/Incidents/{stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("HT01", 6, 37, 70, true), (stored.Adm1Pcode, stored.Abducted, (int)stored.Interaction!, stored.ResponseMinutes!.Value, stored.MissionInvolved));
        Assert.Equal("Six abducted on the road", Assert.Single(stored.Sources).Title);
    }

    [Fact]
    public async Task RecordForm_WithBadFields_ShowsEachMessageBesideItsFieldUsingItsLabel()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.SignedInPagesAsync(Roles.Coordinator);
        var fields = Fields(await TokenAsync(client, "/Incidents/Record"));
        fields["Input.EventDate"] = "";
        fields["Input.SubEventType"] = "Armed clash";
        fields["Input.Fatalities"] = "-2";

        var response = await client.PostAsync("/Incidents/Record", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<span class=\"field-error\" id=\"eventDate-error\">Event date is required.</span>", html);
        Assert.Contains("id=\"subEventType-error\">Sub-event type 'Armed clash' is not a sub-type of Violence against civilians", html);
        Assert.Contains("id=\"fatalities-error\">Fatalities must be 0 or more, not -2.</span>", html);
        Assert.Contains("data-testid=\"error-summary\"", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task EditForm_StartsFromTheStoredIncident_AndACorrectionKeepsTheOldVersion()
    {
        await using var app = await KonbitApp.StartAsync();
        var recorded = await RecordAsync(await app.ClientAsAsync(Roles.Coordinator), Clash());
        var client = await app.SignedInPagesAsync(Roles.Coordinator);

        var html = await client.GetStringAsync($"/Incidents/{recorded.Id}/Edit");
        Assert.Contains($"Correct incident {recorded.SourceId}", html);
        Assert.Contains("value=\"Viv Ansanm\"", html);
        Assert.Contains($"<option value=\"{recorded.Sources[0].Id}\" selected=\"selected\">", html);

        var fields = Fields(Token(html));
        fields.Remove("Input.Source.Title");
        fields.Remove("Input.Source.Url");
        fields["Input.SourceIds"] = recorded.Sources[0].Id.ToString();
        var response = await client.PostAsync($"/Incidents/{recorded.Id}/Edit", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{recorded.Id}", response.Headers.Location!.OriginalString);
        var revision = await app.WithDbAsync(db => db.IncidentRevisions.SingleAsync());
        Assert.Equal(("correction", recorded.Id), (revision.Reason, revision.IncidentId));
        Assert.Equal("Violence against civilians", await app.WithDbAsync(db => db.Incidents.Select(i => i.EventType).SingleAsync()));
    }

    [Fact]
    public async Task Forms_NeedACoordinator()
    {
        await using var app = await KonbitApp.StartAsync();
        var anonymous = await app.Anonymous().GetAsync("/Incidents/Record");
        Assert.StartsWith("/Accounts/Login", anonymous.Headers.Location!.PathAndQuery);
        var viewer = await (await app.SignedInPagesAsync(Roles.Viewer)).GetAsync("/Incidents/Record");
        Assert.StartsWith("/Accounts/Denied", viewer.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInPagesAsync(Roles.Coordinator)).GetAsync("/Incidents/999/Edit")).StatusCode);
    }
}
