using System.Diagnostics;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Konbit.Reports;

/// <summary>GET /api/v1/reports/weekly: the weekly situation report as JSON, or as an HTML, PDF or XLSX file.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/weekly", Weekly).WithTags("Reports").RequireAuthorization(Policies.Read)
            .WithSummary("The weekly situation report of an ISO week (week=2025-W06; default: the last complete week).")
            .ProducesFiles("json (the default: the report's sections, figures, tables, charts and notes), html, pdf or xlsx.",
                ("html", "text/html", false), ("pdf", "application/pdf", true), ("xlsx", TableExport.XlsxType, true));
    }

    static async Task<Results<Ok<WeeklyReport>, FileContentHttpResult, ValidationProblem>> Weekly(
        KonbitDb db, TimeProvider clock, HttpContext http, CancellationToken ct, string? week = null, string? format = null)
    {
        if (WeeklyReports.FormatError(format) is { } formatError)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [formatError] });
        var watch = Stopwatch.StartNew();
        var (report, error) = await WeeklyReports.BuildAsync(db, week ?? IsoWeeks.LastComplete(Forces.ForcesApi.Today(clock)), clock, ct);
        if (report is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = [error!] });
        if (format is null or "json") return TypedResults.Ok(report);
        var file = WeeklyReports.Render(report, format, $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}", watch.Elapsed);
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }
}
