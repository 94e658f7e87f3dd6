using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources.Documents;

public sealed record DocumentFigureDto(int Id, string Subject, string Measure, decimal Value, string Bound, string Text, int Start, int End, string? Time);

public sealed record DocumentSummaryDto(int Id, int SourceId, string Title, string? Publisher, string? Url, DateOnly? PublishedOn,
    string FileName, int StoryId, int Figures, DateTime AddedAtUtc);

public sealed record DocumentDto(int Id, int SourceId, string Title, string? Publisher, string? Url, DateOnly? PublishedOn,
    string FileName, int StoryId, IReadOnlyList<int> StoryDocuments, string Text, IReadOnlyList<DocumentFigureDto> Figures);

/// <summary>/api/v1/sources/documents: add a report (upload), list them, read one with its figures.</summary>
public static class DocumentsApi
{
    public static IServiceCollection AddSourceDocuments(this IServiceCollection services) => services.AddScoped<DocumentIntake>();

    static readonly HashSet<string> UploadTypes = new(StringComparer.OrdinalIgnoreCase) { "text/markdown", "text/x-markdown", "text/html", "application/octet-stream" };

    public static void MapSourceDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sources/documents").WithTags("Sources");
        api.MapGet("", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:int}", Get).RequireAuthorization(Policies.Read);
        // Past the global body limit, as the incident upload (Problems.RequestSizeLimit reads this metadata).
        api.MapPost("", Add).RequireAuthorization(Policies.EditLedger).WithMetadata(new RequestSizeLimitAttribute(DocumentText.MaxBytes + 64 * 1024));
    }

    static async Task<Ok<List<DocumentSummaryDto>>> List(KonbitDb db, CancellationToken ct) =>
        TypedResults.Ok(await Summaries(db.SourceDocuments).ToListAsync(ct));

    /// <summary>The list's rows, newest first: for the API and the reports page, which filters first.</summary>
    public static IQueryable<DocumentSummaryDto> Summaries(IQueryable<SourceDocument> documents) =>
        documents.AsNoTracking().OrderByDescending(d => d.Id)
            .Select(d => new DocumentSummaryDto(d.Id, d.SourceId, d.Source!.Title, d.Source.Publisher, d.Source.Url, d.Source.PublishedOn,
                d.FileName, d.StoryId, d.Figures.Count, d.AddedAtUtc));

    static async Task<Results<Ok<DocumentDto>, NotFound>> Get(int id, KonbitDb db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    /// <summary>A document with its figures in text order and the reports of its story; for the API and the report page.</summary>
    public static async Task<DocumentDto?> LoadAsync(KonbitDb db, int id, CancellationToken ct)
    {
        var d = await db.SourceDocuments.AsNoTracking().Include(x => x.Source).Include(x => x.Figures).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var story = await db.SourceDocuments.Where(x => x.StoryId == d.StoryId).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        return new DocumentDto(d.Id, d.SourceId, d.Source!.Title, d.Source.Publisher, d.Source.Url, d.Source.PublishedOn, d.FileName,
            d.StoryId, story, d.Text, [.. d.Figures.OrderBy(f => f.Start).Select(f => new DocumentFigureDto(f.Id, f.Subject, f.Measure, Figures.Numbers.Normal(f.Value), f.Bound, f.Text, f.Start, f.End, f.Time))]);
    }

    /// <summary>
    /// A report as the request body (its bytes, any text or HTML content type), named by ?fileName=; title, publisher,
    /// url and published override what the document states. 201 with the document, 200 with the one it duplicates.
    /// </summary>
    static async Task<Results<Created<DocumentDto>, Ok<DocumentDto>, ValidationProblem, ProblemHttpResult>> Add(HttpRequest request, KonbitDb db, DocumentIntake intake,
        string? fileName, string? title, string? publisher, string? url, DateOnly? published, CancellationToken ct)
    {
        // Only types a cross-site form cannot send (urlencoded, multipart, text/plain): another site cannot use a
        // signed-in user's cookie to add reports (the same rule as the incident upload).
        if (!UploadTypes.Contains(request.ContentType?.Split(';')[0].Trim() ?? ""))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the report as the body",
                detail: "POST the report itself as the body with Content-Type text/markdown, text/html or application/octet-stream (not a form, not text/plain).");
        using var body = new MemoryStream();
        var buffer = new byte[1 << 16];
        for (int read; (read = await request.Body.ReadAsync(buffer, ct)) > 0;)
        {
            body.Write(buffer, 0, read);
            if (body.Length > DocumentText.MaxBytes)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The report is larger than 10 MB; nothing was stored."] });
        }
        var name = string.IsNullOrWhiteSpace(fileName) ? (request.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? "report.html" : "report.txt") : fileName;
        var added = await intake.AddAsync(body.ToArray(), name, new DocumentInput(title, publisher, url, published), ct);
        if (added.Refused) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"{name}: {added.Error}; nothing was stored."] });
        var id = (added.Document ?? added.DuplicateOf)!.Id;
        var dto = (await LoadAsync(db, id, ct))!;
        return added.DuplicateOf is null ? TypedResults.Created($"/api/v1/sources/documents/{id}", dto) : TypedResults.Ok(dto);
    }
}
