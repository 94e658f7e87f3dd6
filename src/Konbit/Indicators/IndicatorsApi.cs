using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Konbit.Indicators;

/// <summary>/api/v1/indicators: the results framework, each indicator's status on a date and the history behind it.</summary>
public static class IndicatorsApi
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services.AddScoped<IndicatorWrites>();

    public static void MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.Read);
        read.MapGet("", List)
            .ProducesTable("Every indicator's status on asOf (default today): on-track, at-risk, off-track or no-data.");
        read.MapGet("/{id:int}", Get).WithDescription("One indicator with its targets, entered values, status on asOf and the history behind it.");

        var write = app.MapGroup("/api/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.Coordinate);
        write.MapPost("", Define).WithDescription("A new indicator: computed from a metric (see the metric field) or entered with sources, with optional targets.");
        write.MapPut("/{id:int}", Update).WithDescription("Changes an indicator's definition; targets are added with POST /{id}/targets.");
        write.MapPost("/{id:int}/targets", AddTarget);
        write.MapPost("/{id:int}/values", RecordValue).WithDescription("An entered value with the sources that state it; refused for a computed indicator.");
    }

    static async Task<Results<Ok<IReadOnlyList<IndicatorStatus>>, FileContentHttpResult, ValidationProblem>> List(
        KonbitDb db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null, string? format = null)
    {
        if (TableExport.Parse(format) is not { } wanted) return TableExport.Refused(format);
        if (OutOfRange(asOf) is { } refused) return refused;
        var on = asOf ?? ForcesApi.Today(clock);
        var statuses = await IndicatorBoard.EvaluateAsync(db, on, ct);
        return TableExport.Answer(wanted, statuses, $"indicators-{on:yyyy-MM-dd}", IndicatorExport.Columns(on), statuses);
    }

    static async Task<Results<Ok<IndicatorDetail>, NotFound, ValidationProblem>> Get(int id, KonbitDb db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null) =>
        OutOfRange(asOf) is { } refused ? refused
        : await DetailAsync(db, id, asOf ?? ForcesApi.Today(clock), ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    static ValidationProblem? OutOfRange(DateOnly? asOf) => asOf is { } d && !ChosenDate.Reasonable(d)
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [$"asOf must be {ChosenDate.Range}, not {d:yyyy-MM-dd}."] })
        : null;

    public static async Task<IndicatorDetail?> DetailAsync(KonbitDb db, int id, DateOnly asOf, CancellationToken ct) =>
        (await IndicatorBoard.EvaluateAllAsync(db, asOf, withHistory: true, ct, only: id)).SingleOrDefault() is { } e
            ? e.Indicator.Detail(e.Status, e.History) : null;

    static async Task<Results<Created<IndicatorDetail>, ValidationProblem, ForbidHttpResult, NotFound>> Define(DefineIndicator input,
        IndicatorWrites writes, KonbitDb db, TimeProvider clock, CancellationToken ct) =>
        await Answer(writes.DefineAsync(input, ct), i => i.Id, db, clock, ct);

    static async Task<Results<Ok<IndicatorDetail>, ValidationProblem, NotFound>> Update(int id, DefineIndicator input, IndicatorWrites writes,
        KonbitDb db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await writes.UpdateAsync(id, input, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (outcome.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok((await DetailAsync(db, id, ForcesApi.Today(clock), ct))!);
    }

    static async Task<Results<Created<IndicatorDetail>, ValidationProblem, ForbidHttpResult, NotFound>> AddTarget(int id, AddTarget input,
        IndicatorWrites writes, KonbitDb db, TimeProvider clock, CancellationToken ct) =>
        await Answer(writes.AddTargetAsync(id, input, ct), _ => id, db, clock, ct);

    static async Task<Results<Created<IndicatorDetail>, ValidationProblem, ForbidHttpResult, NotFound>> RecordValue(int id, RecordIndicatorValue input,
        IndicatorWrites writes, KonbitDb db, TimeProvider clock, CancellationToken ct) =>
        await Answer(writes.RecordValueAsync(id, input, ct), _ => id, db, clock, ct);

    /// <summary>A write answers with the indicator as it now stands, at its own address.</summary>
    static Task<Results<Created<IndicatorDetail>, ValidationProblem, ForbidHttpResult, NotFound>> Answer<T>(Task<Outcome<T>> write, Func<T, int> indicatorId,
        KonbitDb db, TimeProvider clock, CancellationToken ct) =>
        ForcesApi.Created(WithDetailAsync(write, indicatorId, db, clock, ct), d => $"/api/v1/indicators/{d.Id}", d => d);

    static async Task<Outcome<IndicatorDetail>> WithDetailAsync<T>(Task<Outcome<T>> write, Func<T, int> indicatorId, KonbitDb db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await write;
        if (outcome.Value is not { } saved) return new(default, outcome.Invalid, outcome.Forbidden, outcome.NotFound);
        return Outcome<IndicatorDetail>.Ok((await DetailAsync(db, indicatorId(saved), ForcesApi.Today(clock), ct))!);
    }
}
