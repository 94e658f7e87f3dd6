using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

public sealed record FollowUpInput(string? Reference, string? Code);
public sealed record AddInformationInput(string? Reference, string? Code, string? Text);
public sealed record FiledDto(string Reference, string FollowUpCode, string Status);
public sealed record ReporterMessageDto(DateTime AtUtc, string Text);
/// <summary>What a reporter sees with their codes: where the case stands, and messages for them. Not the narrative.</summary>
public sealed record FollowUpDto(string Reference, string Status, string StatusLabel, DateTime StatusChangedAtUtc, IReadOnlyList<ReporterMessageDto> Messages);

/// <summary>
/// /api/v1/conduct: public complaint intake and follow-up (no account, rate limited), public statistics, and the
/// case work of conduct officers (role "conduct" only).
/// </summary>
public static class ConductApi
{
    public static IServiceCollection AddConduct(this IServiceCollection services) =>
        services.AddScoped<CaseVault>().AddScoped<ComplaintIntake>().AddScoped<CaseWork>().AddPublicLimits();

    public static void MapConductApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/conduct").WithTags("Conduct").AllowAnonymous();
        // JSON bodies only: a cross-site form cannot send them, so no antiforgery token is needed.
        open.MapPost("/complaints", File).RequireRateLimiting(PublicLimits.Submit);
        open.MapPost("/follow-up", FollowUp).RequireRateLimiting(PublicLimits.Lookup);
        open.MapPost("/follow-up/information", AddInformation).RequireRateLimiting(PublicLimits.Submit);
        open.MapGet("/statistics", Statistics);

        var cases = app.MapGroup("/api/v1/conduct/cases").WithTags("Conduct").RequireAuthorization(Policies.HandleCases);
        cases.MapGet("", Queue);
        cases.MapGet("/{id:int}", Open);
        cases.MapGet("/{id:int}/attachments/{attachmentId:int}", Attachment);
        cases.MapPost("/{id:int}/assign", (int id, AssignInput input, CaseWork work, CancellationToken ct) => Done(work.AssignAsync(id, input, ct)));
        cases.MapPost("/{id:int}/status", (int id, StatusInput input, CaseWork work, CancellationToken ct) => Done(work.SetStatusAsync(id, input, ct)));
        cases.MapPost("/{id:int}/notes", (int id, NoteInput input, CaseWork work, CancellationToken ct) => Done(work.AddNoteAsync(id, input, ct)));
        cases.MapPost("/{id:int}/referrals", (int id, ReferralInput input, CaseWork work, CancellationToken ct) => Done(work.ReferAsync(id, input, ct)));
        cases.MapPost("/{id:int}/referrals/{referralId:int}/response", (int id, int referralId, ResponseInput input, CaseWork work, CancellationToken ct) =>
            Done(work.RecordResponseAsync(id, referralId, input, ct)));
    }

    static async Task<Results<Created<FiledDto>, ValidationProblem>> File(ComplaintInput input, ComplaintIntake intake, CancellationToken ct)
    {
        var (filed, errors) = await intake.FileAsync(input, [], ct);
        return filed is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(), detail: Texts.T(Texts.Pick(input.Language), "error.nothingStored"))
            : TypedResults.Created((string?)null, new FiledDto(filed.Reference, filed.FollowUpCode, CaseStatus.Received.ToString()));
    }

    static async Task<Results<Ok<FollowUpDto>, NotFound<ProblemDetails>>> FollowUp(FollowUpInput input, ComplaintIntake intake, KonbitDb db, CaseVault vault, CancellationToken ct) =>
        await intake.FindAsync(input.Reference, input.Code, ct) is { } c
            ? TypedResults.Ok(await ViewAsync(db, vault, c, c.Language, ct))
            : NotRecognised();

    static async Task<Results<Ok<FollowUpDto>, ValidationProblem, NotFound<ProblemDetails>>> AddInformation(AddInformationInput input, ComplaintIntake intake,
        KonbitDb db, CaseVault vault, CancellationToken ct)
    {
        if (await intake.FindAsync(input.Reference, input.Code, ct) is not { } c) return NotRecognised();
        var errors = await intake.AddAsync(c, input.Text, [], ct);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await ViewAsync(db, vault, c, c.Language, ct));
    }

    /// <summary>The same answer for an unknown reference and a wrong code: neither tells a guesser anything.</summary>
    static NotFound<ProblemDetails> NotRecognised() =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not recognised", Detail = Texts.T("en", "followup.wrong") });

    /// <summary>The reporter's view of their case, for the API and the follow-up page.</summary>
    public static async Task<FollowUpDto> ViewAsync(KonbitDb db, CaseVault vault, Complaint c, string lang, CancellationToken ct)
    {
        var messages = await db.CaseNotes.AsNoTracking().Where(n => n.ComplaintId == c.Id && n.Kind == NoteKind.ToReporter).OrderBy(n => n.Id).ToListAsync(ct);
        return new FollowUpDto(c.Reference, c.Status.ToString(), Texts.Status(lang, c.Status), c.StatusChangedAtUtc,
            [.. messages.Select(m => new ReporterMessageDto(m.AtUtc, vault.Open(m.SealedText)!))]);
    }

    static async Task<Ok<ConductStatisticsDto>> Statistics(KonbitDb db, TimeProvider clock, CancellationToken ct, string? lang = null) =>
        TypedResults.Ok(await ConductStatistics.ComputeAsync(db, Texts.Pick(lang ?? "en"), ForcesApi.Today(clock), ct));

    static async Task<Results<Ok<List<CaseSummaryDto>>, ValidationProblem>> Queue(CaseWork work, CancellationToken ct,
        string? status = null, string? assignedTo = null, bool overdue = false)
    {
        var errors = new Shared.Errors();
        var s = status is null ? null : errors.Choice<CaseStatus>("status", status);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await work.QueueAsync(s, assignedTo, overdue, ct));
    }

    static async Task<Results<Ok<CaseDto>, NotFound>> Open(int id, CaseWork work, CancellationToken ct) =>
        await work.OpenAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    /// <summary>
    /// Always a download, never shown in the app's own origin, and sandboxed: a PDF or image from the public cannot
    /// run script with an officer's session.
    /// </summary>
    static async Task<Results<FileContentHttpResult, NotFound>> Attachment(int id, int attachmentId, CaseWork work, HttpResponse response, CancellationToken ct)
    {
        if (await work.AttachmentAsync(id, attachmentId, ct) is not { } file) return TypedResults.NotFound();
        response.Headers.ContentSecurityPolicy = Shared.SecurityHeaders.SandboxedDownload;
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    static async Task<Results<NoContent, ValidationProblem, NotFound>> Done(Task<Shared.Errors?> work) =>
        await work switch
        {
            null => TypedResults.NotFound(),
            { Any: true } errors => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.NoContent(),
        };
}
