using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

/// <summary>/api/v1 for force generation: contributors, pledges, movements, training, strength reports and strength on a date.</summary>
public static class ForcesApi
{
    public static IServiceCollection AddForces(this IServiceCollection services) => services.AddScoped<ForceWrites>();

    public static void MapForcesApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1").WithTags("Force generation").RequireAuthorization(Policies.Read);
        read.MapGet("/contributors", ListContributors);
        read.MapGet("/contributors/{code}", GetContributor);
        read.MapGet("/strength", GetStrength);
        read.MapGet("/strength/series", GetSeries);

        var write = app.MapGroup("/api/v1").WithTags("Force generation").RequireAuthorization(Policies.EditLedger);
        write.MapPost("/contributors", AddContributor).RequireAuthorization(Policies.Coordinate);
        write.MapPost("/pledges", (RecordPledge input, ForceWrites w, ClaimsPrincipal u, CancellationToken ct) =>
            Created(w.RecordPledgeAsync(input, u, ct), p => $"/api/v1/pledges/{p.Id}", p => p.Dto()));
        write.MapPost("/pledges/{id:int}/revisions", (int id, RevisePledge input, ForceWrites w, ClaimsPrincipal u, CancellationToken ct) =>
            Created(w.RevisePledgeAsync(id, input, u, ct), p => $"/api/v1/pledges/{p.Id}", p => p.Dto()));
        write.MapPost("/movements", (RecordMovement input, ForceWrites w, ClaimsPrincipal u, CancellationToken ct) =>
            Created(w.RecordMovementAsync(input, u, ct), m => $"/api/v1/movements/{m.Id}", m => m.Dto()));
        write.MapPost("/training-cohorts", (RecordCohort input, ForceWrites w, ClaimsPrincipal u, CancellationToken ct) =>
            Created(w.RecordCohortAsync(input, u, ct), c => $"/api/v1/training-cohorts/{c.Id}", c => c.Dto()));
        write.MapPost("/strength-reports", (RecordStrengthReport input, ForceWrites w, ClaimsPrincipal u, CancellationToken ct) =>
            Created(w.RecordStrengthReportAsync(input, u, ct), r => $"/api/v1/strength-reports/{r.Id}", r => r.Dto()));
    }

    static async Task<Ok<List<ContributorDto>>> ListContributors(KonbitDb db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null)
    {
        var strength = await Strength.OnAsync(db, asOf ?? Today(clock), ct);
        return TypedResults.Ok(strength.ByContributor.Select(s => s.Dto()).ToList());
    }

    static async Task<Results<Ok<ContributorLedgerDto>, NotFound>> GetContributor(string code, KonbitDb db, TimeProvider clock, CancellationToken ct)
    {
        code = code.ToUpperInvariant();
        var ledger = await Strength.LoadAsync(db, ct, code);
        if (ledger.Contributors.Count == 0) return TypedResults.NotFound();
        var strength = Strength.On(ledger, Today(clock)).ByContributor.Single();
        return TypedResults.Ok(new ContributorLedgerDto(strength.Dto(),
            (await db.Pledges.AsNoTracking().Include(p => p.Sources).Where(p => p.ContributorCode == code).OrderBy(p => p.AnnouncedOn).ThenBy(p => p.Id).ToListAsync(ct)).Select(p => p.Dto()).ToList(),
            (await db.Movements.AsNoTracking().Include(m => m.Sources).Where(m => m.ContributorCode == code).OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync(ct)).Select(m => m.Dto()).ToList(),
            (await db.TrainingCohorts.AsNoTracking().Include(c => c.Sources).Where(c => c.ContributorCode == code).OrderBy(c => c.StartedOn).ToListAsync(ct)).Select(c => c.Dto()).ToList(),
            (await db.StrengthReports.AsNoTracking().Include(r => r.Sources).Where(r => r.ContributorCode == code).OrderBy(r => r.AsOf).ToListAsync(ct)).Select(r => r.Dto()).ToList()));
    }

    static async Task<Ok<StrengthDto>> GetStrength(KonbitDb db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null) =>
        TypedResults.Ok(await Strength.OnAsync(db, asOf ?? Today(clock), ct));

    static async Task<Ok<StrengthSeriesDto>> GetSeries(KonbitDb db, TimeProvider clock, CancellationToken ct, DateOnly? until = null) =>
        TypedResults.Ok(Strength.Series(await Strength.LoadAsync(db, ct), until ?? Today(clock)));

    static async Task<Results<Created<NewContributor>, ValidationProblem, ProblemHttpResult>> AddContributor(NewContributor input, KonbitDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var code = errors.Text("code", input.Code, 3, required: true)?.ToUpperInvariant();
        if (code is not null && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
            errors.Add("code", $"'{code}' is not an ISO 3166 alpha-3 code (three letters, such as KEN).");
        var name = errors.Text("name", input.Name, 100, required: true);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await db.Contributors.AnyAsync(c => c.Code == code, ct))
            return TypedResults.Problem($"Contributor {code} already exists.", statusCode: StatusCodes.Status409Conflict);
        db.Contributors.Add(new Contributor { Code = code!, Name = name!, IsLeadNation = input.LeadNation });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/contributors/{code}", input with { Code = code, Name = name });
    }

    /// <summary>Maps a shared write's outcome to the API's typed results.</summary>
    public static async Task<Results<Created<TDto>, ValidationProblem, ForbidHttpResult, NotFound>> Created<T, TDto>(
        Task<Outcome<T>> write, Func<T, string> location, Func<T, TDto> dto)
    {
        var outcome = await write;
        if (outcome.Forbidden) return TypedResults.Forbid();
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Created(location(outcome.Value!), dto(outcome.Value!));
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
