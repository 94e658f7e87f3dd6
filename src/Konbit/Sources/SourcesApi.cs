using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

public sealed record ConflictValueDto(int RecordId, int Count, DateOnly On, bool Counted, bool Accepted, string Summary, IReadOnlyList<SourceDto> Sources);

public sealed record ConflictDto(int Id, string Subject, string Kind, string? Contributor, string State, int? AcceptedRecordId,
    string? Reason, string? SettledBy, DateTime? SettledAtUtc, IReadOnlyList<ConflictValueDto> Values);

public sealed record AcceptReport(int? RecordId, string? Reason);

/// <summary>/api/v1 for sources and for the disagreements between them.</summary>
public static class SourcesApi
{
    public static void MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Sources");
        api.MapGet("/sources", ListSources).RequireAuthorization(Policies.Read);
        api.MapPost("/sources", AddSource).RequireAuthorization(Policies.EditLedger);
        api.MapGet("/conflicts", ListConflicts).RequireAuthorization(Policies.Read);
        api.MapGet("/conflicts/{id:int}", GetConflict).RequireAuthorization(Policies.Read);
        api.MapPost("/conflicts/{id:int}/accept", Accept).RequireAuthorization(Policies.Coordinate);
    }

    static async Task<Ok<List<SourceDto>>> ListSources(KonbitDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Sources.AsNoTracking().OrderBy(s => s.Title).Select(Citations.ToDto).ToListAsync(ct));

    static async Task<Results<Created<SourceDto>, ValidationProblem>> AddSource(SourceInput input, KonbitDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        if (Citations.Validate(input, errors, "", ForcesApi.Today(clock)) is not { } source)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/sources/{source.Id}", Citations.Dto(source));
    }

    static async Task<Ok<List<ConflictDto>>> ListConflicts(KonbitDb db, ClaimsPrincipal user, CancellationToken ct, string? state = null)
    {
        var all = await ConflictReads.AllAsync(db, ct);
        return TypedResults.Ok(all.Where(c => state is null || c.State.Equals(state, StringComparison.OrdinalIgnoreCase)).Select(c => c.ForReader(user)).ToList());
    }

    static async Task<Results<Ok<ConflictDto>, NotFound>> GetConflict(int id, KonbitDb db, ClaimsPrincipal user, CancellationToken ct) =>
        (await ConflictReads.AllAsync(db, ct, id)).SingleOrDefault() is { } c ? TypedResults.Ok(c.ForReader(user)) : TypedResults.NotFound();

    static async Task<Results<Ok<ConflictDto>, ValidationProblem, NotFound>> Accept(int id, AcceptReport input, ConflictSettlement settle, CancellationToken ct)
    {
        var outcome = await settle.AcceptAsync(id, input, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(outcome.Value!);
    }
}
