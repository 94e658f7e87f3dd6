using System.Globalization;
using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Sources.Figures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources.Documents;

/// <param name="Contributor">The contributor's code (KEN); by default the one whose name is the figure's subject.</param>
/// <param name="Category">For a pledge: police (default), military or civilian.</param>
/// <param name="Disputes">An existing record this figure disagrees with: both are kept in one conflict.</param>
public sealed record FigureRecord(string? Contributor = null, string? Category = null, int? Disputes = null, string? Subject = null);

/// <summary>
/// POST /api/v1/figures/{id}/record: a coordinator or liaison officer turns a figure read in a report into a ledger
/// record (a pledge, or a strength report for a deployed count) citing the report's source, optionally disputing an
/// existing record. The ledger's own writes validate it and check who may edit which contributor.
/// </summary>
public static class FigureToLedger
{
    public static void MapFigureToLedgerApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/figures/{id:int}/record", RecordAsync).WithTags("Sources").RequireAuthorization(Policies.EditLedger);

    static async Task<Results<Created<PledgeDto>, Created<StrengthReportDto>, ValidationProblem, ForbidHttpResult, NotFound>> RecordAsync(
        int id, FigureRecord? input, KonbitDb db, ForceWrites writes, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var written = await WriteAsync(id, input ?? new FigureRecord(), db, writes, user, clock, ct);
        if (written.NotFound) return TypedResults.NotFound();
        if (written.Forbidden) return TypedResults.Forbid();
        if (written.Invalid is { } errors) return TypedResults.ValidationProblem(errors.ToDictionary());
        return written.Pledge is { } p ? TypedResults.Created($"/api/v1/pledges/{p.Id}", p.Dto())
            : TypedResults.Created($"/api/v1/strength-reports/{written.Report!.Id}", written.Report!.Dto());
    }

    /// <summary>What recording a figure did: the pledge or strength report written, or why nothing was.</summary>
    public sealed record Written(Pledge? Pledge, StrengthReport? Report, Shared.Errors? Invalid, bool Forbidden, bool NotFound);

    /// <summary>Writes the ledger record of a figure through the ledger's own writes (the API and the report page).</summary>
    public static async Task<Written> WriteAsync(int id, FigureRecord input, KonbitDb db, ForceWrites writes, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var figure = await db.DocumentFigures.AsNoTracking().Where(f => f.Id == id)
            .Join(db.SourceDocuments, f => f.DocumentId, d => d.Id, (f, d) => new { f.Subject, f.Measure, f.Value, f.Text, d.SourceId, d.Source!.Title, d.Source.PublishedOn })
            .FirstOrDefaultAsync(ct);
        if (figure is null) return new(null, null, null, false, true);
        var contributor = input.Contributor ?? (figure.Subject == "*" ? null
            : await db.Contributors.Where(c => c.Name == figure.Subject).Select(c => c.Code).FirstOrDefaultAsync(ct));
        var on = figure.PublishedOn ?? ForcesApi.Today(clock);
        var count = figure.Value == decimal.Truncate(figure.Value) && figure.Value is > 0 and <= int.MaxValue ? (int?)figure.Value : null;
        var note = $"Read in \"{figure.Title}\": \"{figure.Text}\"";
        switch (figure.Measure)
        {
            case Measures.Pledged:
                var pledge = await writes.RecordPledgeAsync(new RecordPledge(contributor, count, input.Category ?? "police", on, "announced", note,
                    [figure.SourceId], null, input.Disputes, input.Subject), user, ct);
                return new(pledge.Value, null, pledge.Invalid, pledge.Forbidden, pledge.NotFound);
            case Measures.Deployed:
                var report = await writes.RecordStrengthReportAsync(new RecordStrengthReport(contributor, on, count, note,
                    [figure.SourceId], null, input.Disputes, input.Subject), user, ct);
                return new(null, report.Value, report.Invalid, report.Forbidden, report.NotFound);
            default:
                return new(null, null, new Shared.Errors().Add("measure",
                    string.Create(CultureInfo.InvariantCulture, $"A {figure.Measure} figure has no ledger record: pledges (personnel.pledged) and deployed counts (personnel.deployed) do.")), false, false);
        }
    }
}
