using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Mandates;

public sealed record MandateDto(int Id, string Instrument, string Mission, DateOnly Adopted, string? Vote, DateOnly Starts, DateOnly Expires,
    int? Ceiling, string? CeilingNote, IReadOnlyList<string> Tasks, int? Predecessor, string? Relation, string? Note, IReadOnlyList<SourceDto> Sources);

public sealed record SaveMandate(string? Instrument, string? Mission, DateOnly? Adopted, string? Vote, DateOnly? Starts, DateOnly? Expires,
    int? Ceiling, string? CeilingNote, string[]? Tasks, int? Predecessor, string? Relation, string? Note, int[]? SourceIds, SourceInput? Source);

/// <summary>/api/v1 for the mandate register: the instruments that authorise the mission, in a chain.</summary>
public static class MandatesApi
{
    public static void MapMandatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/mandates").WithTags("Mandates");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/current", Current).RequireAuthorization(Policies.Read);
        api.MapPost("/", Add).RequireAuthorization(Policies.Coordinate);
    }

    public static async Task<List<MandateDto>> ListAsync(KonbitDb db, CancellationToken ct) =>
        (await db.Mandates.AsNoTracking().Include(m => m.Sources).OrderBy(m => m.StartsOn).ThenBy(m => m.Id).ToListAsync(ct))
            .Select(Dto).ToList();

    static async Task<Ok<List<MandateDto>>> List(KonbitDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, ct));

    static async Task<Ok<MandateStatusDto>> Current(KonbitDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await MandateStatus.OnAsync(db, ForcesApi.Today(clock), ct));

    static async Task<Results<Created<MandateDto>, ValidationProblem>> Add(SaveMandate input, KonbitDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = ForcesApi.Today(clock);
        var errors = new Errors();
        var instrument = errors.Text("instrument", input.Instrument, 100, required: true);
        if (instrument is not null && await db.Mandates.AnyAsync(m => m.Instrument == instrument, ct))
            errors.Add("instrument", $"{instrument} is already in the register.");
        var mandate = new Mandate
        {
            Instrument = instrument ?? "",
            Mission = errors.Text("mission", input.Mission, 200, required: true) ?? "",
            AdoptedOn = errors.Date("adopted", input.Adopted, today) ?? default,
            Vote = errors.Text("vote", input.Vote, 200),
            StartsOn = errors.Date("starts", input.Starts, today) ?? default,
            ExpiresOn = errors.Date("expires", input.Expires, today.AddYears(2)) ?? default,
            Ceiling = input.Ceiling is null ? null : errors.Count("ceiling", input.Ceiling, 1_000_000),
            CeilingNote = errors.Text("ceilingNote", input.CeilingNote, 500),
            Tasks = string.Join("\n", (input.Tasks ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())),
            Note = errors.Text("note", input.Note, 2000),
        };
        if (input.Expires <= input.Starts) errors.Add("expires", "A mandate expires after it starts.");
        if (input.Predecessor is { } predecessor)
        {
            if (!await db.Mandates.AnyAsync(m => m.Id == predecessor, ct)) errors.Add("predecessor", $"There is no mandate with id {predecessor}.");
            mandate.PredecessorId = predecessor;
            mandate.Relation = errors.Choice<MandateRelation>("relation", input.Relation);
        }
        mandate.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, today, ct);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        db.Mandates.Add(mandate);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/mandates/{mandate.Id}", Dto(mandate));
    }

    static MandateDto Dto(Mandate m) => new(m.Id, m.Instrument, m.Mission, m.AdoptedOn, m.Vote, m.StartsOn, m.ExpiresOn, m.Ceiling,
        m.CeilingNote, m.Tasks.Split('\n', StringSplitOptions.RemoveEmptyEntries), m.PredecessorId,
        m.Relation is { } r ? Wire.Name(r) : null, m.Note, m.Sources.OrderBy(s => s.Id).Select(Citations.Dto).ToList());
}
