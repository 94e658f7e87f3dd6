using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>/api/v1/incidents: the list (JSON or GeoJSON), summaries, the map, response times, and the writes the forms use.</summary>
public static class IncidentsApi
{
    public const string GeoJson = "application/geo+json";

    public static IServiceCollection AddIncidents(this IServiceCollection services) => services.AddScoped<IncidentWrites>();

    public static void MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization(Policies.Read);
        read.MapGet("/", List)
            .WithDescription($"Newest first, page by page (pageSize up to 500). With Accept: {GeoJson}, a FeatureCollection of the events that have coordinates (pageSize up to 5000).");
        read.MapGet("/{id:long}", Get);
        read.MapGet("/summary", Summary)
            .WithDescription("Events and fatalities grouped by adm1, adm2, month, event_type, sub_event_type and/or actor (comma-separated). "
                + "Grouping by actor counts an event under each of its actors (actor1 and actor2), so those rows add up to more than the total.");
        read.MapGet("/map", Map).WithDescription("Events and fatalities per department (level=1) or commune (level=2), at the unit's point; events of no known unit are unplaced.");
        read.MapGet("/response-times", GetResponseTimes)
            .WithDescription("Median and 90th percentile of minutes from alert to arrival (linear interpolation between ranks), overall, by month and by department.");

        var write = app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization(Policies.Coordinate);
        write.MapPost("/", Record);
        write.MapPut("/{id:long}", Correct);
    }

    static async Task<Results<Ok<IncidentPage>, JsonHttpResult<IncidentFeatures>, ValidationProblem>> List(
        [AsParameters] IncidentFilter filter, HttpRequest request, KonbitDb db, CancellationToken ct, int page = 1, int pageSize = 50)
    {
        var geo = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(GeoJson, StringComparison.OrdinalIgnoreCase));
        var errors = filter.Validate();
        var max = geo ? 5000 : 500;
        if (page < 1) errors.Add("page", $"page must be 1 or more, not {page}.");
        if (pageSize is < 1 || pageSize > max) errors.Add("pageSize", $"pageSize must be from 1 to {max}, not {pageSize}.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var filtered = filter.Apply(db.Incidents.AsNoTracking());
        return geo
            ? TypedResults.Json(await IncidentQueries.FeaturesAsync(filtered, page, pageSize, ct), contentType: GeoJson)
            : TypedResults.Ok(await IncidentQueries.PageAsync(filtered, page, pageSize, ct));
    }

    static async Task<Results<Ok<IncidentDetail>, NotFound>> Get(long id, KonbitDb db, CancellationToken ct) =>
        await IncidentQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    static async Task<Results<Ok<IncidentSummary>, ValidationProblem>> Summary([AsParameters] IncidentFilter filter, KonbitDb db, CancellationToken ct, string? groupBy = null)
    {
        var errors = filter.Validate();
        var keys = Summaries.ParseGroupBy(groupBy, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(await Summaries.SummariseAsync(db, filter, keys, ct));
    }

    static async Task<Results<Ok<IncidentMap>, ValidationProblem>> Map([AsParameters] IncidentFilter filter, KonbitDb db, CancellationToken ct, int level = 1)
    {
        var errors = filter.Validate();
        if (level is not (1 or 2)) errors.Add("level", $"level must be 1 (departments) or 2 (communes), not {level}.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(await Summaries.MapAsync(db, filter, level, ct));
    }

    static async Task<Results<Ok<ResponseTimesDto>, ValidationProblem>> GetResponseTimes([AsParameters] IncidentFilter filter, KonbitDb db, CancellationToken ct)
    {
        var errors = filter.Validate();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(await ResponseTimes.OfAsync(db, filter.Apply(db.Incidents.AsNoTracking()), ct));
    }

    static async Task<Results<Created<IncidentDetail>, ValidationProblem>> Record(RecordIncident input, IncidentWrites writes, KonbitDb db, CancellationToken ct)
    {
        var outcome = await writes.RecordAsync(input, ct);
        if (outcome.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        var id = outcome.Value!.Id;
        return TypedResults.Created($"/api/v1/incidents/{id}", await IncidentQueries.DetailAsync(db, id, ct));
    }

    static async Task<Results<Ok<IncidentDetail>, ValidationProblem, NotFound>> Correct(long id, RecordIncident input, IncidentWrites writes, KonbitDb db, CancellationToken ct)
    {
        var outcome = await writes.CorrectAsync(id, input, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok((await IncidentQueries.DetailAsync(db, id, ct))!);
    }
}
