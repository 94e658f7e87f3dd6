using Konbit.Accounts;
using Konbit.Data;
using Konbit.Incidents.Import;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Humanitarian;

/// <summary>One point of a displacement series: people displaced in an area on a reporting date.</summary>
public sealed record DisplacementPoint(DateOnly Date, string Pcode, int Idps);

/// <summary>One IPC analysis area in a period.</summary>
public sealed record FoodInsecurityArea(string Area, string? Department, string? Pcode, int? Population,
    int? Phase1, int? Phase2, int? Phase3, int? Phase4, int? Phase5, int Phase3Plus);

/// <summary>An IPC analysis period (current or projected) with its areas and their phase 3+ total.</summary>
public sealed record FoodInsecurityPeriod(DateOnly Start, DateOnly End, string AnalysisType, string? AnalysisDate,
    int Phase3Plus, IReadOnlyList<FoodInsecurityArea> Areas);

/// <summary>/api/v1/humanitarian: IOM DTM displacement and IPC food insecurity, read by anyone who may read, imported by coordinators.</summary>
public static class HumanitarianApi
{
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    public static IServiceCollection AddHumanitarian(this IServiceCollection services) => services.AddScoped<HumanitarianImport>();

    public static void MapHumanitarianApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/humanitarian").WithTags("Humanitarian");
        api.MapGet("/displacement", Displacement).RequireAuthorization(Policies.Read)
            .ProducesTable("People displaced per area of one level (`level` country, adm1 or adm2; `pcode` for one area), by reporting date then P-code.");
        api.MapGet("/food-insecurity", FoodInsecurity).RequireAuthorization(Policies.Read)
            .ProducesTable("IPC analysis periods with their areas' populations by phase and the phase 3+ total.");
        api.MapPost("/imports", Upload).RequireAuthorization(Policies.Coordinate).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
    }

    /// <summary>The level a query names (the country when it names none), or null for a name that is not one.</summary>
    static AreaLevel? LevelOf(string? text) =>
        text?.ToLowerInvariant() switch { null or "" or "country" => AreaLevel.Country, "adm1" => AreaLevel.Adm1, "adm2" => AreaLevel.Adm2, _ => null };

    /// <summary>The series of one level (optionally one area), by date then P-code.</summary>
    static async Task<Results<Ok<List<DisplacementPoint>>, FileContentHttpResult, ValidationProblem>> Displacement(
        KonbitDb db, CancellationToken ct, string? level = null, string? pcode = null, string? format = null)
    {
        if (LevelOf(level) is not { } l)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["level"] = [$"level must be country, adm1 or adm2, not \"{level}\"."] });
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var series = await SeriesAsync(db, l, pcode, ct);
        return TableExport.Answer(f, series, $"displacement-{HumanitarianImport.LevelName(l)}", DisplacementColumns(l), series);
    }

    static HxlColumn<DisplacementPoint>[] DisplacementColumns(AreaLevel level) =>
    [
        new("date", "#date+reported", p => p.Date),
        new("pcode", level switch { AreaLevel.Country => "#country+code", AreaLevel.Adm1 => "#adm1+code", _ => "#adm2+code" }, p => p.Pcode),
        new("idps", "#affected+idps+ind", p => p.Idps),
    ];

    public static Task<List<DisplacementPoint>> SeriesAsync(KonbitDb db, AreaLevel level, string? pcode, CancellationToken ct)
    {
        var code = pcode?.Trim().ToUpperInvariant();
        return db.DisplacementFigures.AsNoTracking()
            .Where(f => f.Level == level && (code == null || code == "" || f.Pcode == code))
            .OrderBy(f => f.ReportingDate).ThenBy(f => f.Pcode)
            .Select(f => new DisplacementPoint(f.ReportingDate, f.Pcode, f.Idps)).ToListAsync(ct);
    }

    /// <summary>The periods with their areas; the CSV and XLSX have one row per area and period.</summary>
    static async Task<Results<Ok<List<FoodInsecurityPeriod>>, FileContentHttpResult, ValidationProblem>> FoodInsecurity(KonbitDb db, CancellationToken ct,
        string? format = null)
    {
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var periods = await PeriodsAsync(db, ct);
        return TableExport.Answer(f, periods, "food-insecurity", AreaColumns, periods.SelectMany(p => p.Areas.Select(a => (Period: p, Area: a))));
    }

    // The tags of the IPC file on HDX where it has them; the phase columns in the HXL way of naming an attribute.
    static readonly HxlColumn<(FoodInsecurityPeriod Period, FoodInsecurityArea Area)>[] AreaColumns =
    [
        new("from", "#date+start", r => r.Period.Start), new("to", "#date+end", r => r.Period.End),
        new("analysis_type", "#period+v_ipc", r => r.Period.AnalysisType), new("analysis_date", "#date+analysis", r => r.Period.AnalysisDate),
        new("area", "#loc+area", r => r.Area.Area), new("department", "#adm1+name", r => r.Area.Department), new("pcode", "#adm1+code", r => r.Area.Pcode),
        new("population", "#population", r => r.Area.Population),
        new("phase1", "#affected+num+phase1", r => r.Area.Phase1), new("phase2", "#affected+num+phase2", r => r.Area.Phase2),
        new("phase3", "#affected+num+phase3", r => r.Area.Phase3), new("phase4", "#affected+num+phase4", r => r.Area.Phase4),
        new("phase5", "#affected+num+phase5", r => r.Area.Phase5), new("phase3plus", "#affected+num+phase3plus", r => r.Area.Phase3Plus),
    ];

    public static async Task<List<FoodInsecurityPeriod>> PeriodsAsync(KonbitDb db, CancellationToken ct)
    {
        var figures = await db.FoodInsecurityFigures.AsNoTracking().OrderBy(f => f.PeriodStart).ThenBy(f => f.AnalysisType).ThenBy(f => f.Area).ToListAsync(ct);
        return [.. figures.GroupBy(f => (f.PeriodStart, f.PeriodEnd, f.AnalysisType)).Select(g => new FoodInsecurityPeriod(
            g.Key.PeriodStart, g.Key.PeriodEnd, g.Key.AnalysisType, g.First().AnalysisDate, g.Sum(f => f.Phase3Plus),
            [.. g.Select(f => new FoodInsecurityArea(f.Area, f.Adm1Name, f.Pcode, f.Population, f.Phase1, f.Phase2, f.Phase3, f.Phase4, f.Phase5, f.Phase3Plus))]))];
    }

    // Only types a cross-site HTML form cannot send (it can send urlencoded, multipart and text/plain), as for the
    // incident upload: a browser must ask first (CORS preflight), which Konbit never grants.
    static readonly HashSet<string> UploadTypes = new(StringComparer.OrdinalIgnoreCase) { "text/csv", "application/csv", "application/json", "application/octet-stream" };

    /// <summary>The body is the file (DTM JSON or CSV, IPC CSV), recognised by its content.</summary>
    static async Task<Results<Ok<HumanitarianImportResult>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, HumanitarianImport import, CancellationToken ct, string? fileName = null)
    {
        if (!UploadTypes.Contains(request.ContentType?.Split(';')[0].Trim() ?? ""))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as the body",
                detail: "POST the file itself as the body with Content-Type text/csv, application/json or application/octet-stream (not a form).");
        var name = Path.GetFileName(fileName?.Trim() ?? "") is { Length: > 0 } n ? n : "upload";
        if (name.Length > 200) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fileName"] = ["The file name is longer than 200 characters."] });
        using var body = new MemoryStream();
        if (await ImportApi.CopyAsync(request.Body, body, MaxUploadBytes, ct) > MaxUploadBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The file is larger than the limit of {MaxUploadBytes:N0} bytes.");
        var (result, errors) = await import.RunAsync(body.ToArray(), name, ct);
        return result is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [.. errors] }, title: "Nothing was imported")
            : TypedResults.Ok(result);
    }
}
