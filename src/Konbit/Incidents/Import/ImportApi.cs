using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Konbit.Incidents.Import;

/// <summary>Upload of incident files (up to 50 MB) and the progress of import runs.</summary>
public static class ImportApi
{
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public static IServiceCollection AddIncidentImport(this IServiceCollection services) => services.AddScoped<IncidentImporter>();

    public static void MapIncidentImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/incidents/imports").WithTags("Incidents").RequireAuthorization(Policies.Coordinate);
        // The one endpoint allowed past the global body limit (Problems.RequestSizeLimit reads this metadata).
        api.MapPost("", Upload).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        api.MapGet("/{key:guid}", Progress);
    }

    /// <summary>
    /// The body is the file. It is spooled to the data directory first (the strict mode reads it twice, and a slow
    /// upload should not hold a database transaction open), then imported; the run can be polled by its key meanwhile.
    /// </summary>
    static readonly HashSet<string> UploadTypes = new(StringComparer.OrdinalIgnoreCase) { "text/csv", "application/csv", "application/octet-stream" };

    static async Task<Results<Ok<ImportSummary>, ValidationProblem, ProblemHttpResult>> Upload(HttpRequest request, KonbitDb db,
        IncidentImporter importer, IOptions<KonbitOptions> options, CancellationToken ct,
        Guid? key = null, string? fileName = null, bool dryRun = false, bool strict = false)
    {
        // Only types a cross-site HTML form cannot send (it can send urlencoded, multipart and text/plain): a browser
        // must ask first (CORS preflight), which Konbit never grants, so a signed-in coordinator's cookie cannot be
        // used by another site to upload a file.
        if (!UploadTypes.Contains(request.ContentType?.Split(';')[0].Trim() ?? ""))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as the body",
                detail: "POST the CSV file itself as the body with Content-Type text/csv or application/octet-stream (not a form).");
        var name = Path.GetFileName(fileName?.Trim() ?? "") is { Length: > 0 } n ? n : "upload.csv";
        if (name.Length > 200) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileName"] = ["The file name is longer than 200 characters."] });
        if (key is { } k && await db.ImportRuns.AnyAsync(r => r.Key == k, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["key"] = [$"An import with key {k} exists already: choose a new key for each upload."] });

        var folder = Path.Combine(options.Value.FullDataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        var spool = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            long length;
            await using (var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                length = await CopyAsync(request.Body, file, MaxUploadBytes, ct);
                if (length > MaxUploadBytes)
                    return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                        detail: $"The file is larger than the limit of {MaxUploadBytes:N0} bytes.");
            }
            var summary = await importer.ImportAsync(() => File.OpenRead(spool),
                new ImportOptions(name, key, dryRun, strict, FileBytes: length), null, ct);
            return summary.State == ImportState.Failed
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "File not recognised", detail: summary.Error)
                : TypedResults.Ok(summary);
        }
        finally { File.Delete(spool); }
    }

    static async Task<Results<Ok<ImportSummary>, NotFound>> Progress(Guid key, KonbitDb db, CancellationToken ct) =>
        await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct) is { } run
            ? TypedResults.Ok(ImportSummary.Of(run))
            : TypedResults.NotFound();

    /// <summary>Copies at most one byte past the limit, so an oversized stream is refused without being read to its end.</summary>
    internal static async Task<long> CopyAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while (total <= limit && (read = await from.ReadAsync(buffer, ct)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
        return total;
    }
}
