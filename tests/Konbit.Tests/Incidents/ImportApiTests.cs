using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Konbit.Accounts;
using Konbit.Incidents;
using Konbit.Incidents.Import;
using Konbit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Konbit.Tests.Incidents.ImportFixtures;

namespace Konbit.Tests.Incidents;

/// <summary>POST /api/v1/incidents/imports: the file as the body, coordinators only, up to 50 MB.</summary>
public sealed class ImportApiTests
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    static async Task<ImportSummary> SummaryAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ImportSummary>(Json))!;
    }

    static ByteArrayContent File(string csv)
    {
        var content = new ByteArrayContent(Bytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Fact]
    public async Task Upload_ByACoordinator_ReturnsTheSummary_AndTheRunCanBePolled()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var key = Guid.NewGuid();
        var rows = Three();
        rows[1]["fatalities"] = "-3";

        var response = await client.PostAsync($"/api/v1/incidents/imports?key={key}&fileName=acled.csv", File(Csv(Official, rows)));

        var summary = await SummaryAsync(response);
        Assert.Equal((key, ImportState.Completed, "acled", "acled.csv", 2, 1), (summary.Key, summary.State, summary.Layout, summary.FileName, summary.Imported, summary.Rejected));
        Assert.Equal(new ImportReject(3, "fatalities -3 is negative"), summary.Rejects.Single());
        Assert.True(summary.FileBytes > 0 && summary.BytesRead == summary.FileBytes);
        var polled = await SummaryAsync(await client.GetAsync($"/api/v1/incidents/imports/{key}"));
        Assert.Equal(summary, polled with { Rejects = summary.Rejects });
        Assert.Equal(summary.Rejects, polled.Rejects);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/incidents/imports/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Upload_WithAContentTypeAnHtmlFormCanSend_Returns415_AndImportsNothing(string contentType)
    {
        // A cross-site form can send these without asking the browser first: refusing them keeps the upload out of
        // reach of a forged request carrying a coordinator's cookie.
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var content = new ByteArrayContent(Bytes(Csv(Official, Three())));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/api/v1/incidents/imports?fileName=acled.csv", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Upload_WithoutSigningIn_Returns401_AndAsAViewer_Returns403()
    {
        await using var app = await KonbitApp.StartAsync();
        var csv = Csv(Official, Three());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/incidents/imports", File(csv))).StatusCode);
        var viewer = await app.ClientAsAsync(Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/incidents/imports", File(csv))).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Upload_LargerThanTheGlobalLimit_IsAccepted_ButOver50MB_Returns413()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        // Past the 256 KB limit of every other endpoint.
        var big = Csv(Official, Three()) + string.Concat(Enumerable.Range(0, 600).Select(n =>
            Csv(Official, Row($"HTI{n:D5}", notes: new string('n', 500))).Split('\n')[1] + "\n"));
        Assert.True(big.Length > 300 * 1024);
        var ok = await SummaryAsync(await client.PostAsync("/api/v1/incidents/imports?fileName=big.csv", File(big)));
        Assert.Equal(603, ok.Imported);

        var tooBig = new StreamContent(new Filler(ImportApi.MaxUploadBytes + 1));
        tooBig.Headers.ContentLength = ImportApi.MaxUploadBytes + 1;
        var response = await client.PostAsync("/api/v1/incidents/imports?fileName=huge.csv", tooBig);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit of 52,428,800 bytes", (await response.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task Upload_OfAnUnrecognisedFile_Returns400()
    {
        await using var app = await KonbitApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Coordinator);
        var response = await client.PostAsync("/api/v1/incidents/imports?fileName=x.csv", File("name,count\nalpha,1\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The file's layout is not recognised", (await response.ReadProblemAsync()).Detail);
    }

    /// <summary>A body of any length without holding it in memory.</summary>
    sealed class Filler(long length) : Stream
    {
        long position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Fill(buffer, (byte)'x', offset, n);
            position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
