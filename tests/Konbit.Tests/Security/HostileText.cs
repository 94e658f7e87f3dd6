using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Konbit.Sources.Documents;
using Konbit.Tests.Infrastructure;
using static Konbit.Tests.Incidents.IncidentRequests;

namespace Konbit.Tests.Security;

/// <summary>
/// Markup that runs script if a page writes it out unencoded, stored in every kind of text the pages show. Shared by
/// the HTML check here and the browser test (which sees whether anything ran).
/// </summary>
public static class HostileText
{
    const string Markup = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

    /// <summary>A field's label followed by the markup, so that each field's text is found on its own.</summary>
    public static string In(string field) => $"{field} {Markup}";

    /// <summary>The text shown on a page, as the page must show it: literally.</summary>
    public sealed record Shown(string Page, string Text);

    /// <summary>
    /// Stores the markup through the API as a coordinator: a source's title and publisher, a contributor's name, a
    /// movement's contingent and note, an incident's actor and notes, a mandate's mission, task and note, a report's
    /// title and text; the weekly report of the movement's week shows the contributor and the mission. Email
    /// addresses are validated as addresses, so not among them. Returns where each is shown.
    /// </summary>
    public static async Task<List<Shown>> StoreEverywhereAsync(HttpClient coordinator)
    {
        await PostAsync(coordinator, "/api/v1/sources", new { title = In("Source title"), publisher = In("Publisher"), url = "https://news.example.org/xss" });
        await PostAsync(coordinator, "/api/v1/contributors", new { code = "XSS", name = In("Contributor name") });
        await PostAsync(coordinator, "/api/v1/movements", new
        {
            contributor = "XSS", kind = "arrival", on = "2024-06-25", count = 10, contingent = In("Contingent"), note = In("Movement note"),
            source = new { title = "Arrival of the XSS contingent", publisher = "Test Wire", url = "https://news.example.org/xss-arrival" },
        });
        var clash = Clash();
        clash["actor1"] = In("Actor");
        clash["notes"] = In("Incident notes");
        var incident = await RecordAsync(coordinator, clash);
        await PostAsync(coordinator, "/api/v1/mandates", new
        {
            instrument = "S/RES/9999 (2024)", mission = In("Mission"), adopted = "2024-01-10", vote = "15-0-0", starts = "2024-01-10", expires = "2024-06-10",
            tasks = new[] { In("Task") }, note = In("Mandate note"),
            source = new { title = "Text of S/RES/9999 (2024)", officialRecord = true, reference = "S/RES/9999 (2024)" },
        });
        var report = new ByteArrayContent(Encoding.UTF8.GetBytes($"# Kenya report\n\n{In("Report text")}\n"));
        report.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        var document = await (await coordinator.PostAsync($"/api/v1/sources/documents?fileName=xss.md&title={Uri.EscapeDataString(In("Report title"))}", report))
            .ReadAsync<DocumentDto>();

        return
        [
            new("/Sources", In("Source title")), new("/Sources", In("Publisher")),
            new("/", In("Contributor name")), new("/Forces/Contributor/XSS", In("Contributor name")),
            new("/Forces/Contributor/XSS", In("Contingent")), new("/Forces/Contributor/XSS", In("Movement note")),
            new("/Incidents", In("Actor")), new($"/Incidents/{incident.Id}", In("Actor")), new($"/Incidents/{incident.Id}", In("Incident notes")),
            new("/Mandates", In("Mission")), new("/Mandates", In("Task")), new("/Mandates", In("Mandate note")),
            new("/Sources/Reports", In("Report title")), new($"/Sources/Reports/{document.Id}", In("Report title")),
            new($"/Sources/Reports/{document.Id}", In("Report text")),
            new("/Reports/Weekly?week=2024-W26", In("Contributor name")), new("/Reports/Weekly?week=2024-W26", In("Mission")),
        ];
    }

    static async Task PostAsync(HttpClient client, string path, object body) => await (await client.PostAsJsonAsync(path, body)).ReadAsync<JsonElement>();
}
