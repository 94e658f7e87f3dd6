using System.Net.Http.Json;
using Konbit.Accounts;

namespace Konbit.Tests.Infrastructure;

/// <summary>Small builders for the requests most tests make, each citing an inline source as the API requires.</summary>
public static class Requests
{
    public static object Source(string slug = "report") => new { title = $"Test report {slug}", publisher = "Test Wire", url = $"https://news.example.org/{slug}" };

    public static object Arrival(string contributor, int count, string on, int? disputes = null) =>
        new { contributor, kind = "arrival", on, count, contingent = "Test contingent", source = Source(), disputes };

    public static object Departure(string contributor, int count, string on, string kind = "rotationOut") =>
        new { contributor, kind, on, count, source = Source() };

    public static object Pledge(string contributor, int count, string announcedOn, string category = "police", int? disputes = null) =>
        new { contributor, count, category, announcedOn, source = Source(), disputes };

    /// <summary>An app with contributors KEN (lead nation) and JAM, and a coordinator client.</summary>
    public static async Task<(KonbitApp App, HttpClient Coordinator)> StartWithContributorsAsync(bool seed = false, IDictionary<string, string?>? settings = null)
    {
        var app = await KonbitApp.StartAsync(seed, settings);
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        if (!seed)
        {
            (await coordinator.PostAsJsonAsync("/api/v1/contributors", new { code = "KEN", name = "Kenya", leadNation = true })).EnsureSuccessStatusCode();
            (await coordinator.PostAsJsonAsync("/api/v1/contributors", new { code = "JAM", name = "Jamaica" })).EnsureSuccessStatusCode();
        }
        return (app, coordinator);
    }
}
