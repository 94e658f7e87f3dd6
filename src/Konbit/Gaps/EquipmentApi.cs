using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Konbit.Gaps;

/// <summary>/api/v1/equipment: the equipment ledger (requirements, pledges, deliveries, serviceable counts) and its gaps.</summary>
public static class EquipmentApi
{
    public static IServiceCollection AddGaps(this IServiceCollection services) =>
        services.AddScoped<EquipmentWrites>().AddScoped<FundingWrites>();

    public static void MapEquipmentApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/equipment").WithTags("Equipment").RequireAuthorization(Policies.Read);
        read.MapGet("", List).ProducesTable("Every requirement, pledge, delivery and serviceable count, oldest first.");
        read.MapGet("/gaps", Gaps).ProducesTable("The gap per category on a date (`on`, default today).");

        var write = app.MapGroup("/api/v1/equipment").WithTags("Equipment").RequireAuthorization(Policies.Coordinate);
        write.MapPost("/requirements", (RecordEquipment input, EquipmentWrites w, KonbitDb db, CancellationToken ct) => Record(w, db, EquipmentKind.Requirement, input, ct));
        write.MapPost("/pledges", (RecordEquipment input, EquipmentWrites w, KonbitDb db, CancellationToken ct) => Record(w, db, EquipmentKind.Pledge, input, ct));
        write.MapPost("/deliveries", (RecordEquipment input, EquipmentWrites w, KonbitDb db, CancellationToken ct) => Record(w, db, EquipmentKind.Delivery, input, ct));
        write.MapPost("/serviceable-counts", (RecordEquipment input, EquipmentWrites w, KonbitDb db, CancellationToken ct) => Record(w, db, EquipmentKind.Serviceable, input, ct));
    }

    static Task<Results<Created<EquipmentEntryDto>, ValidationProblem, ForbidHttpResult, NotFound>> Record(EquipmentWrites writes, KonbitDb db,
        EquipmentKind kind, RecordEquipment input, CancellationToken ct) =>
        ForcesApi.Created(FlaggedAsync(writes.RecordAsync(kind, input, ct), db, ct), e => $"/api/v1/equipment/{e.Id}", e => e);

    /// <summary>The saved line as the API answers it, with its over-pledge flag computed from the ledger it joined.</summary>
    static async Task<Outcome<EquipmentEntryDto>> FlaggedAsync(Task<Outcome<EquipmentEntry>> write, KonbitDb db, CancellationToken ct)
    {
        var outcome = await write;
        if (outcome.Value is not { } saved) return new(null, outcome.Invalid, outcome.Forbidden, outcome.NotFound);
        var over = saved.PledgeId is not null && await EquipmentGaps.ExceedsPledgeAsync(db, saved, ct);
        return Outcome<EquipmentEntryDto>.Ok(saved.Dto(over));
    }

    static async Task<Results<Ok<List<EquipmentEntryDto>>, FileContentHttpResult, ValidationProblem>> List(KonbitDb db, CancellationToken ct,
        string? format = null)
    {
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var ledger = await EquipmentGaps.LoadAsync(db, ct);
        var over = EquipmentGaps.OverPledge(ledger);
        var rows = ledger.Select(e => e.Dto(over.Contains(e.Id))).ToList();
        return TableExport.Answer(f, rows, "equipment", EntryColumns, rows);
    }

    static async Task<Results<Ok<EquipmentGapsDto>, FileContentHttpResult, ValidationProblem>> Gaps(KonbitDb db, TimeProvider clock, CancellationToken ct,
        DateOnly? on = null, string? format = null)
    {
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var gaps = EquipmentGaps.On(await EquipmentGaps.LoadAsync(db, ct), on ?? ForcesApi.Today(clock));
        return TableExport.Answer(f, gaps, $"equipment-gaps-{gaps.On:yyyy-MM-dd}", GapColumns(gaps.On), gaps.Categories);
    }

    static readonly HxlColumn<EquipmentEntryDto>[] EntryColumns =
    [
        new("id", "#meta+id", e => e.Id), new("kind", "#meta+kind", e => e.Kind), new("category", "#item+type", e => e.Category),
        new("quantity", "#item+num", e => e.Quantity), new("date", "#date", e => e.On), new("donor", "#org+donor", e => e.Donor),
        new("pledge", "#meta+pledge", e => e.Pledge), new("exceeds_pledge", "#status+exceeds", e => e.ExceedsPledge),
        new("sources", "#meta+source", e => GapsMapping.SourcesCell(e.Sources)),
    ];

    static HxlColumn<CategoryGapDto>[] GapColumns(DateOnly on) =>
    [
        new("date", "#date", _ => on), new("category", "#item+type", g => g.Category), new("required", "#item+required+num", g => g.Required),
        new("pledged", "#item+pledged+num", g => g.Pledged), new("delivered", "#item+delivered+num", g => g.Delivered),
        new("serviceable", "#item+serviceable+num", g => g.Serviceable), new("available", "#item+available+num", g => g.Available),
        new("basis", "#meta+basis", g => g.Basis), new("gap", "#item+gap+num", g => g.Gap),
    ];
}
