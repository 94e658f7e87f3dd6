using System.Net;
using System.Net.Http.Json;
using Konbit.Reports;
using Konbit.Tests.Infrastructure;
using Konbit.Tests.Incidents;
using static Konbit.Tests.Infrastructure.Requests;
using static Konbit.Tests.Reports.ReportReading;

namespace Konbit.Tests.Reports;

public sealed class WeeklyReportTests
{
    [Fact]
    public async Task SeededWeek_ShowsTheWeeksArrivals_AndTheSameFiguresInPdfHtmlAndXlsx()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        var client = app.Anonymous();

        var report = await JsonAsync(client, "2025-W06");

        Assert.Equal((new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 9)), (report.From, report.To));
        var personnel = report.Sections.Single(s => s.Key == "personnel");
        // El Salvador's 70 on 4 February and Kenya's 144 on 6 February, as the seeded ledger records them.
        Assert.Equal(["2025-02-04", "2025-02-06"], personnel.Tables[0].Rows.Select(r => r.Cells[0]));
        Assert.Equal("+214", personnel.Figures.Single(f => f.Label == "Deployed in Haiti").Change);
        Assert.NotNull(report.Sections.Single(s => s.Key == "incidents").NoData);
        Assert.All(personnel.Tables[0].Rows, r => Assert.NotEmpty(r.Notes));
        Assert.All(report.Sections.SelectMany(s => s.Figures), f => Assert.NotEmpty(f.Notes));

        var pdf = PdfText(await FileAsync(client, "2025-W06", "pdf"));
        var html = HtmlText(await FileAsync(client, "2025-W06", "html"));
        var xlsx = XlsxFigures(await FileAsync(client, "2025-W06", "xlsx"));
        foreach (var section in report.Sections)
        {
            Assert.Contains(Flat(section.Title), pdf);
            Assert.Contains(section.Title, html);
            if (section.NoData is { } none)
            {
                Assert.Contains(Flat(none), pdf);
                Assert.Contains(none, html);
                Assert.Contains((section.Title, "No data", none), xlsx);
            }
            foreach (var f in section.Figures)
            {
                Assert.Contains(Flat(f.Label), pdf);
                Assert.Contains(Flat(f.Value), pdf);
                Assert.Contains(f.Value, html);
                Assert.Contains((section.Title, f.Label, f.Value), xlsx);
            }
            foreach (var cell in section.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Length > 0))
            {
                Assert.Contains(Flat(cell), pdf);
                Assert.Contains(cell, html);
            }
        }
        foreach (var note in report.Notes) Assert.Contains(Flat(note.Text), pdf);
    }

    [Fact]
    public async Task AWeekWithNothingRecorded_SaysSoInEverySection_InsteadOfShowingZeros()
    {
        await using var app = await KonbitApp.StartAsync();

        var report = await JsonAsync(app.Anonymous(), "2025-W06");

        Assert.All(report.Sections, s => Assert.NotNull(s.NoData));
        Assert.All(report.Sections, s => Assert.Empty(s.Figures));
        var pdf = PdfText(await FileAsync(app.Anonymous(), "2025-W06", "pdf"));
        Assert.Contains(Flat("No incident is recorded in the log for this week."), pdf);
        Assert.DoesNotContain(" 0 ", pdf.Replace("2025-W06", ""));
    }

    [Fact]
    public async Task Incidents_Responses_Displacement_AndComplaints_OfTheWeek_AreReportedWithTheirSources()
    {
        var (app, coordinator) = await StartWithContributorsAsync(settings: Conduct.ConductRequests.Unlimited);
        await using var _ = app;
        // The test clock stands on 1 March 2025, a Saturday of week 9 (24 February to 2 March).
        await app.StoreAsync(
            Incidents.IncidentRequests.Event("W9-1", "2025-02-24", fatalities: 3, responseMinutes: 30),
            Incidents.IncidentRequests.Event("W9-2", "2025-02-26", fatalities: 2, adm1: "HT05", responseMinutes: 90),
            Incidents.IncidentRequests.Event("W9-3", "2025-03-02", eventType: "Violence against civilians", subEventType: "Attack", fatalities: 5),
            Incidents.IncidentRequests.Event("W8-1", "2025-02-20", fatalities: 1),
            Incidents.IncidentRequests.Event("SYN-1", "2025-02-25", fatalities: 50, synthetic: true));
        Assert.True((await Humanitarian.Fixtures.UploadAsync(coordinator, Humanitarian.Fixtures.NationalJson, "national.json")).IsSuccessStatusCode);
        await app.Anonymous().PostAsJsonAsync("/api/v1/conduct/complaints", Conduct.ConductRequests.Complaint());

        var report = await JsonAsync(app.Anonymous(), "2025-W09");

        var incidents = report.Sections.Single(s => s.Key == "incidents");
        Assert.Null(incidents.NoData);
        // Synthetic events never count; the week before had one event.
        Assert.Equal(("3", "+2"), (Figure(incidents, "Events").Value, Figure(incidents, "Events").Change));
        Assert.Equal(("10", "+9"), (Figure(incidents, "Fatalities").Value, Figure(incidents, "Fatalities").Change));
        Assert.Contains(report.Notes, n => n.Url == "/Incidents?from=2025-02-24&to=2025-03-02&synthetic=false");
        Assert.Contains(incidents.Charts, c => c.Kind == ChartKind.Map && c.Points!.Count == 2);

        var response = report.Sections.Single(s => s.Key == "response");
        Assert.Equal("1 h 00 min", Figure(response, "Median, alert to arrival").Value);

        var humanitarian = report.Sections.Single(s => s.Key == "humanitarian");
        // The fixture's national figures: 1,000 on 30 September 2024 (three rows summed); the June 2025 one is after the week.
        var idps = Figure(humanitarian, "Internally displaced people, 30 September 2024");
        Assert.Equal("1,000", idps.Value);
        Assert.Contains("round 8", report.Notes[idps.Notes[0] - 1].Text);
        Assert.Contains(humanitarian.Figures, f => f.Label == "Age of the latest displacement figure");

        // Only the week's own complaints, with the public rule: a running total would give away, by subtracting the
        // week before, the small count each report hides.
        var conduct = report.Sections.Single(s => s.Key == "conduct");
        Assert.Equal("fewer than 5", Assert.Single(conduct.Figures, f => f.Label == "Complaints received this week").Value);
        Assert.Single(conduct.Figures);
    }

    [Fact]
    public async Task ALongAddress_InTheNotes_IsCutToStayOnThePage_AndOnlyWebAddressesAreLinks()
    {
        var (app, coordinator) = await StartWithContributorsAsync();
        await using var _ = app;
        var url = "https://news.example.org/" + new string('a', 300);
        await coordinator.PostAsJsonAsync("/api/v1/movements", new
        {
            contributor = "KEN", kind = "arrival", on = "2025-02-04", count = 10, source = new { title = "Long address", publisher = "Test Wire", url },
        });

        var pdf = await FileAsync(app.Anonymous(), "2025-W06", "pdf");

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.Contains(letters, l => l.Value == "a");
        Assert.All(letters, l => Assert.InRange(l.EndBaseLine.X, 0, 595));
    }

    [Fact]
    public async Task AWeekNotYetEnded_IsMarkedProvisional_InEveryFormat()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);

        // The test clock stands on Saturday 1 March 2025, in week 9.
        var html = HtmlText(await FileAsync(app.Anonymous(), "2025-W09", "html"));
        var pdf = PdfText(await FileAsync(app.Anonymous(), "2025-W09", "pdf"));
        var ended = HtmlText(await FileAsync(app.Anonymous(), "2025-W08", "html"));

        Assert.Contains("This week has not ended: the figures are provisional", html);
        Assert.Contains("This week has not ended: the figures are provisional", pdf);
        Assert.Contains("Figures are as of the end of Sunday 23 February 2025", ended);
    }

    [Fact]
    public async Task AComplaintReceivedAfterTheWeek_IsNotInItsReport()
    {
        await using var app = await KonbitApp.StartAsync();
        await app.Anonymous().PostAsJsonAsync("/api/v1/conduct/complaints", Conduct.ConductRequests.Complaint());

        var before = await JsonAsync(app.Anonymous(), "2025-W08");

        Assert.NotNull(before.Sections.Single(s => s.Key == "conduct").NoData);
    }

    [Theory]
    [InlineData("week=2025-W60", "week", "2025 has weeks 1 to 52")]
    [InlineData("week=February", "week", "an ISO week such as 2025-W06")]
    [InlineData("week=2025-W06&format=docx", "format", "json, html, pdf, xlsx")]
    public async Task BadWeekOrFormat_IsRefused_NamingTheParameter(string query, string field, string message)
    {
        await using var app = await KonbitApp.StartAsync();

        var response = await app.Anonymous().GetAsync($"/api/v1/reports/weekly?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, Assert.Single((await response.ReadProblemAsync()).Errors[field]));
    }

    [Fact]
    public async Task Downloads_AreNamedForTheWeek_WithTheirContentTypes()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);
        foreach (var (format, type) in new[] { ("pdf", "application/pdf"), ("html", "text/html"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
        {
            var response = await app.Anonymous().GetAsync($"/api/v1/reports/weekly?week=2025-W06&format={format}");
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"konbit-weekly-2025-W06.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        }
    }

    [Fact]
    public async Task Page_ShowsTheReportWithItsChartsAndDownloads()
    {
        await using var app = await KonbitApp.StartAsync(seed: true);

        var page = await app.Anonymous().GetStringAsync("/Reports/Weekly?week=2025-W06");

        Assert.Contains("Weekly situation report, 2025-W06", page);
        Assert.Contains("<svg", page);
        Assert.Contains("format=pdf", page);
        Assert.Contains("Deployed in Haiti", page);
    }

    [Fact]
    public async Task Page_WithABadWeek_SaysSo_AndShowsTheLastCompleteWeek()
    {
        await using var app = await KonbitApp.StartAsync();

        var page = await app.Anonymous().GetStringAsync("/Reports/Weekly?week=nonsense");

        Assert.Contains("an ISO week such as 2025-W06", page);
        // 1 March 2025 falls in week 9: the last complete week is week 8.
        Assert.Contains("Weekly situation report, 2025-W08", page);
    }

    [Fact]
    public async Task ApiDescription_OffersTheJsonAndEveryFile()
    {
        await using var app = await KonbitApp.StartAsync();

        var doc = System.Text.Json.Nodes.JsonNode.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"))!;

        var content = doc["paths"]!["/api/v1/reports/weekly"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        Assert.Equal(["application/json", "text/html", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
            content.Select(c => c.Key));
    }

    static ReportFigure Figure(ReportSection section, string label) => section.Figures.Single(f => f.Label == label);
}
