using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Konbit.Sources.Documents;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Sources;

/// <summary>POST /api/v1/sources/documents and its reads: reports kept as sources, with their figures and stories.</summary>
public sealed class DocumentTests
{
    const string First = """
        Kenya to send 600 more officers
        Published 3 October 2024. Kenya will send an additional 600 police officers to Haiti next month, the president said on
        Thursday. Aid groups say more than 700,000 people have been displaced by the fighting.
        """;
    // The same announcement told by another outlet in its own words.
    const string Retold = """
        Nairobi pledges 600 extra police for Haiti mission
        Kenya's government has pledged to deploy 600 additional police officers, officials announced on 4 October 2024. The
        violence has driven over 700,000 Haitians from their homes, according to the UN.
        """;
    const string Unrelated = """
        Floods in the south
        Heavy rain on 5 October 2024 flooded the south coast; 1,200 people were displaced and 3 were killed.
        """;

    static ByteArrayContent Report(string text, string type = "text/markdown")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task AReport_IsKeptWithItsSourceAndFigures_AndAddingItAgainFindsTheSameDocument()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");

        var response = await client.PostAsync("/api/v1/sources/documents?fileName=kenya.md&publisher=Test%20Wire", Report(First));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = (await response.Content.ReadFromJsonAsync<DocumentDto>())!;
        Assert.Equal(("Kenya to send 600 more officers", "Test Wire", new DateOnly(2024, 10, 3)), (doc.Title, doc.Publisher, doc.PublishedOn));
        Assert.Equal([("Kenya", "personnel.pledged", 600m), ("*", "people.displaced", 700_000m)], doc.Figures.Select(f => (f.Subject, f.Measure, f.Value)));
        var pledge = doc.Figures[0];
        Assert.Equal(pledge.Text, string.Concat(doc.Text.EnumerateRunes().Skip(pledge.Start).Take(pledge.End - pledge.Start)));

        var again = await client.PostAsync("/api/v1/sources/documents?fileName=copy.md", Report(First));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(doc.Id, (await again.Content.ReadFromJsonAsync<DocumentDto>())!.Id);
        Assert.Single((await app.Anonymous().GetFromJsonAsync<List<DocumentSummaryDto>>("/api/v1/sources/documents"))!);
    }

    [Fact]
    public async Task ARetelling_JoinsTheFirstReportsStory_AndAnotherStoryStaysApart()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        var first = (await (await client.PostAsync("/api/v1/sources/documents?fileName=a.md", Report(First))).Content.ReadFromJsonAsync<DocumentDto>())!;
        var retold = (await (await client.PostAsync("/api/v1/sources/documents?fileName=b.md", Report(Retold))).Content.ReadFromJsonAsync<DocumentDto>())!;
        var other = (await (await client.PostAsync("/api/v1/sources/documents?fileName=c.md", Report(Unrelated))).Content.ReadFromJsonAsync<DocumentDto>())!;

        Assert.Equal(first.Id, retold.StoryId);
        Assert.Equal([first.Id, retold.Id], retold.StoryDocuments);
        Assert.Equal(other.Id, other.StoryId);
    }

    [Fact]
    public async Task HtmlWithScripts_KeepsOnlyTheArticlesText()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        const string page = """
            <html><head><title>Arrivals</title><meta property="article:published_time" content="2024-06-26T08:00:00Z"><script>steal(document.cookie)</script></head>
            <body><nav>Menu</nav><article><p>About 200 Kenyan officers arrived in Port-au-Prince on Tuesday.</p><script>alert(1)</script></article></body></html>
            """;
        var doc = (await (await client.PostAsync("/api/v1/sources/documents?fileName=arrivals.html", Report(page, "text/html"))).Content.ReadFromJsonAsync<DocumentDto>())!;
        Assert.Equal(("Arrivals", new DateOnly(2024, 6, 26)), (doc.Title, doc.PublishedOn));
        Assert.Equal("About 200 Kenyan officers arrived in Port-au-Prince on Tuesday.", doc.Text);
        Assert.Equal(("Kenya", "personnel.deployed", 200m, "about"), (doc.Figures[0].Subject, doc.Figures[0].Measure, doc.Figures[0].Value, doc.Figures[0].Bound));
    }

    [Theory]
    [InlineData("binary", "report.txt: the file is not text (it holds binary data); nothing was stored.")]
    [InlineData("empty", "report.txt: the file is empty; nothing was stored.")]
    public async Task ABadFile_GetsA400NamingIt_AndNothingIsStored(string kind, string message)
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        var content = new ByteArrayContent(kind == "binary" ? [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1] : []);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync("/api/v1/sources/documents?fileName=report.txt", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Empty((await app.Anonymous().GetFromJsonAsync<List<DocumentSummaryDto>>("/api/v1/sources/documents"))!);
    }

    [Fact]
    public async Task AddingAReport_NeedsARoleThatRecordsFigures_AndABodyAFormCannotSend()
    {
        await using var app = await KonbitApp.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/sources/documents", Report(First))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsAsync("viewer")).PostAsync("/api/v1/sources/documents", Report(First))).StatusCode);
        var coordinator = await app.ClientAsAsync("coordinator");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await coordinator.PostAsync("/api/v1/sources/documents", Report(First, "text/plain"))).StatusCode);
    }
}

/// <summary>GET /api/v1/figures: the figures of all reports side by side, by subject, measure and month.</summary>
public sealed class ReconciliationTests
{
    static async Task AddAsync(HttpClient client, string name, string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        (await client.PostAsync($"/api/v1/sources/documents?fileName={name}", content)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ValuesThatCanAllBeTrue_AreConsistent_AndAWireStoryRetoldCountsOnce()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        await AddAsync(client, "a.md", "Arrivals\nOn 2 July 2024 about 400 Kenyan officers were deployed in the capital, police said.");
        await AddAsync(client, "b.md", "Mission update\nOn 5 July 2024 the force said nearly 400 Kenyan officers had been deployed so far.");
        await AddAsync(client, "c.md", "Kenyan police in Haiti\nOn 9 July 2024 over 400 Kenyan officers were deployed, a spokesman told reporters.");

        var groups = (await app.Anonymous().GetFromJsonAsync<List<FigureGroupDto>>("/api/v1/figures?subject=Kenya&measure=personnel.deployed"))!;

        var group = Assert.Single(groups);
        Assert.Equal(("2024-07", true, 3), (group.Period, group.Consistent, group.Stories));
        Assert.Equal(["about", "at_least", "at_most"], group.Values.Select(v => v.Bound).Order());
        Assert.All(group.Values, v => Assert.Empty(v.ConflictsWith));
        Assert.Contains("nearly 400 Kenyan officers had been deployed", group.Values.Single(v => v.Bound == "at_most").Statements.Single().Sentence);
    }

    [Fact]
    public async Task ValuesThatCannotBothBeTrue_AreAConflict_WithTheStoriesBehindEach()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        await AddAsync(client, "a.md", """
            Kenya to send 600 more officers
            Published 3 October 2024. Kenya will send an additional 600 police officers to Haiti next month, the president said.
            Aid groups say more than 700,000 people have been displaced by the fighting.
            """);
        await AddAsync(client, "b.md", """
            Nairobi pledges 600 extra police for Haiti mission
            Kenya's government has pledged to deploy 600 additional police officers, officials announced on 4 October 2024.
            The violence has driven over 700,000 Haitians from their homes, according to the UN.
            """);
        await AddAsync(client, "c.md", "Kenya scales back\nOn 20 October 2024 Kenya pledged 400 officers, not 600, a minister said in parliament.");

        var group = Assert.Single((await app.Anonymous().GetFromJsonAsync<List<FigureGroupDto>>("/api/v1/figures?subject=Kenya&measure=personnel.pledged"))!);

        Assert.False(group.Consistent);
        var six = group.Values.Single(v => v.Value == 600);
        Assert.Equal((2, 1), (six.Statements.Count, six.Stories));
        Assert.Equal([400m], six.ConflictsWith);
        Assert.Equal([600m], group.Values.Single(v => v.Value == 400).ConflictsWith);
    }
}

/// <summary>POST /api/v1/figures/{id}/record: a figure read in a report becomes a ledger record citing the report.</summary>
public sealed class FigureToLedgerTests
{
    const string Report = "Kenya pledges more police\nOn 3 October 2024 Kenya pledged 600 police officers, and aid groups said 700,000 people have been displaced.";

    static async Task<DocumentDto> AddAsync(HttpClient client)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Report));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        return (await (await client.PostAsync("/api/v1/sources/documents?fileName=k.md", content)).Content.ReadFromJsonAsync<DocumentDto>())!;
    }

    [Fact]
    public async Task APledgeFigure_BecomesAPledgeOfTheContributorNamed_CitingTheReport()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = await app.ClientAsAsync("coordinator");
        var doc = await AddAsync(client);
        var figure = doc.Figures.Single(f => f.Measure == "personnel.pledged");

        var response = await client.PostAsJsonAsync($"/api/v1/figures/{figure.Id}/record", new { });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var pledge = (await response.Content.ReadFromJsonAsync<Konbit.Forces.PledgeDto>())!;
        Assert.Equal(("KEN", 600, new DateOnly(2024, 10, 3)), (pledge.Contributor, pledge.Count, pledge.AnnouncedOn));
        Assert.Contains(doc.SourceId, pledge.Sources.Select(s => s.Id));
    }

    [Fact]
    public async Task AFigureWithNoLedgerRecord_IsRefusedNamingItsMeasure_AndAViewerMayNotRecord()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var doc = await AddAsync(await app.ClientAsAsync("coordinator"));
        var displaced = doc.Figures.Single(f => f.Measure == "people.displaced");

        var refused = await (await app.ClientAsAsync("coordinator")).PostAsJsonAsync($"/api/v1/figures/{displaced.Id}/record", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("people.displaced figure has no ledger record", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsAsync("viewer")).PostAsJsonAsync($"/api/v1/figures/{displaced.Id}/record", new { })).StatusCode);
    }
}

/// <summary>The reports page's filters and a figure that disputes a record already in the ledger.</summary>
public sealed class ReportPagesTests
{
    static async Task AddAsync(HttpClient client, string name, string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        (await client.PostAsync($"/api/v1/sources/documents?fileName={name}&publisher=Test%20Wire", content)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task TheReportsList_FiltersByWordsDateAndMeasure()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync("coordinator");
        await AddAsync(client, "a.md", "Kenya pledges police\nOn 3 October 2024 Kenya pledged 600 police officers.");
        await AddAsync(client, "b.md", "Floods in the south\nOn 5 November 2024 floods displaced 1,200 people.");
        var reader = app.Anonymous();

        async Task<bool[]> Shows(string query)
        {
            var html = await reader.GetStringAsync("/Sources/Reports" + query);
            return [html.Contains("Kenya pledges police"), html.Contains("Floods in the south")];
        }
        Assert.Equal(new[] { true, true }, await Shows(""));
        Assert.Equal(new[] { false, true }, await Shows("?q=flood"));
        Assert.Equal(new[] { true, false }, await Shows("?to=2024-10-31"));
        Assert.Equal(new[] { true, false }, await Shows("?measure=personnel.pledged"));
    }

    [Fact]
    public async Task AFigureRecordedAgainstAnExistingPledge_JoinsItsConflict()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = await app.ClientAsAsync("coordinator");
        await AddAsync(client, "a.md", "Kenya pledges police\nOn 3 October 2024 Kenya pledged 600 police officers.");
        var figure = (await app.Anonymous().GetFromJsonAsync<List<FigureGroupDto>>("/api/v1/figures?subject=Kenya&measure=personnel.pledged"))!
            .Single().Values.Single().Statements.Single().FigureId;
        var existing = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Pledges.Where(p => p.ContributorCode == "KEN").OrderBy(p => p.Id).Select(p => p.Id)));

        var response = await client.PostAsJsonAsync($"/api/v1/figures/{figure}/record", new { disputes = existing, subject = "Size of Kenya's pledge" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<Konbit.Forces.PledgeDto>())!.ConflictId);
    }
}
