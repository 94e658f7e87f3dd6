using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents.Export;

/// <summary>Streaming downloads of incidents: ACLED CSV, HXL CSV, GeoJSON, XLSX and Cursor on Target.</summary>
public static class ExportApi
{
    public static void MapIncidentExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization(Policies.Read)
            .MapGet("/export", Export);
    }

    /// <summary>The filtered incidents as a download; rows go out as they are read, so a million rows use no more memory than ten.</summary>
    static async Task<Results<PushStreamHttpResult, ValidationProblem>> Export(string? format, [AsParameters] IncidentFilter filter,
        KonbitDb db, TimeProvider clock, HttpContext http)
    {
        var errors = filter.Validate();
        var parsed = IncidentExport.Parse(format);
        if (parsed is null)
            errors.Add("format", format is null ? $"format is required: one of {IncidentExport.Formats}." : $"format '{format}' is not one of {IncidentExport.Formats}.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = clock.GetUtcNow().UtcDateTime;
        var incidents = filter.Apply(db.Incidents.AsNoTracking());
        if (parsed == ExportFormat.Xlsx && IncidentExport.TooManyForXlsx(await incidents.LongCountAsync(http.RequestAborted)) is { } tooMany)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [tooMany] });
        return TypedResults.Stream(
            body => IncidentExport.WriteAsync(parsed!.Value, db, incidents, body, now, progress: null, http.RequestAborted),
            IncidentExport.ContentType(parsed!.Value), IncidentExport.FileName(parsed.Value, DateOnly.FromDateTime(now)));
    }
}
