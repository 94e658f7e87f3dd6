using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

/// <summary>/api/v1/funding: pledges and receipts of money, converted to US dollars, and budget periods with the share received.</summary>
public static class FundingApi
{
    public static void MapFundingApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/funding").WithTags("Funding").RequireAuthorization(Policies.Read);
        read.MapGet("", List).ProducesTable("Every pledge and receipt of money, oldest first, with its rate and its US dollar figure.");
        read.MapGet("/periods", Periods).ProducesTable("Each budget period with what was pledged and received in it and the share of its budget received.");

        var write = app.MapGroup("/api/v1/funding").WithTags("Funding").RequireAuthorization(Policies.Coordinate);
        write.MapPost("/pledges", (RecordFunding input, FundingWrites w, CancellationToken ct) =>
            ForcesApi.Created(w.RecordAsync(FundingKind.Pledge, input, ct), f => $"/api/v1/funding/{f.Id}", f => f.Dto()));
        write.MapPost("/receipts", (RecordFunding input, FundingWrites w, CancellationToken ct) =>
            ForcesApi.Created(w.RecordAsync(FundingKind.Receipt, input, ct), f => $"/api/v1/funding/{f.Id}", f => f.Dto()));
        write.MapPost("/periods", RecordPeriod);
    }

    public static Task<List<FundingEntry>> LoadAsync(KonbitDb db, CancellationToken ct) =>
        db.FundingEntries.AsNoTracking().Include(f => f.Sources).Where(f => f.Counted).OrderBy(f => f.On).ThenBy(f => f.Id).ToListAsync(ct);

    public static async Task<List<BudgetPeriodDto>> PeriodsAsync(KonbitDb db, CancellationToken ct)
    {
        var money = await LoadAsync(db, ct);
        var periods = await db.BudgetPeriods.AsNoTracking().Include(p => p.Sources).Where(p => p.Counted).OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(ct);
        return periods.Select(p => p.Dto(money)).ToList();
    }

    static async Task<Results<Created<BudgetPeriodDto>, ValidationProblem, ForbidHttpResult, NotFound>> RecordPeriod(RecordBudgetPeriod input,
        FundingWrites writes, KonbitDb db, CancellationToken ct)
    {
        var money = await LoadAsync(db, ct);
        return await ForcesApi.Created(writes.RecordPeriodAsync(input, ct), p => $"/api/v1/funding/periods/{p.Id}", p => p.Dto(money));
    }

    static async Task<Results<Ok<List<FundingEntryDto>>, FileContentHttpResult, ValidationProblem>> List(KonbitDb db, CancellationToken ct,
        string? format = null)
    {
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var rows = (await LoadAsync(db, ct)).Select(e => e.Dto()).ToList();
        return TableExport.Answer(f, rows, "funding", EntryColumns, rows);
    }

    static async Task<Results<Ok<List<BudgetPeriodDto>>, FileContentHttpResult, ValidationProblem>> Periods(KonbitDb db, CancellationToken ct,
        string? format = null)
    {
        if (TableExport.Parse(format) is not { } f) return TableExport.Refused(format);
        var rows = await PeriodsAsync(db, ct);
        return TableExport.Answer(f, rows, "budget-periods", PeriodColumns, rows);
    }

    static readonly HxlColumn<FundingEntryDto>[] EntryColumns =
    [
        new("id", "#meta+id", f => f.Id), new("kind", "#meta+kind", f => f.Kind), new("donor", "#org+funder", f => f.Donor),
        new("channel", "#meta+channel", f => f.Channel), new("date", "#date", f => f.On), new("amount", "#value", f => f.Amount),
        new("currency", "#currency", f => f.Currency), new("rate_to_usd", "#value+rate", f => f.RateToUsd), new("rate_date", "#date+rate", f => f.RateOn),
        new("amount_usd", "#value+usd", f => f.AmountUsd),
        new("sources", "#meta+source", f => GapsMapping.SourcesCell(f.Sources)),
    ];

    static readonly HxlColumn<BudgetPeriodDto>[] PeriodColumns =
    [
        new("period", "#meta+period", p => p.Name), new("start", "#date+start", p => p.StartsOn), new("end", "#date+end", p => p.EndsOn),
        new("budget_usd", "#value+budget+usd", p => p.BudgetUsd), new("pledged_usd", "#value+pledged+usd", p => p.PledgedUsd),
        new("received_usd", "#value+received+usd", p => p.ReceivedUsd), new("share_received", "#indicator+share+received", p => p.ShareReceived),
    ];
}
