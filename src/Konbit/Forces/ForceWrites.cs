using System.Security.Claims;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Forces;

public sealed record RecordMovement(string? Contributor, string? Kind, DateOnly? On, int? Count, string? Contingent, string? Note,
    int[]? SourceIds, SourceInput? Source, int? Disputes = null, string? Subject = null);

public sealed record RecordPledge(string? Contributor, int? Count, string? Category, DateOnly? AnnouncedOn, string? Status, string? Note,
    int[]? SourceIds, SourceInput? Source, int? Disputes = null, string? Subject = null);

public sealed record RevisePledge(int? Count, string? Category, DateOnly? AnnouncedOn, string? Status, string? Note, int[]? SourceIds, SourceInput? Source);

public sealed record RecordCohort(string? Contributor, int? Count, DateOnly? StartedOn, DateOnly? ExpectedReadyOn, string? Note, int[]? SourceIds, SourceInput? Source);

public sealed record RecordStrengthReport(string? Contributor, DateOnly? AsOf, int? Count, string? Note, int[]? SourceIds, SourceInput? Source,
    int? Disputes = null, string? Subject = null);

/// <summary>
/// The ledger's writes, shared by the API and the web forms. Each validates everything first, checks that the user
/// may edit the contributor, and saves once (one transaction), so a refused request writes nothing.
/// </summary>
public sealed class ForceWrites(KonbitDb db, IAuthorizationService auth, TimeProvider clock)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<Movement>> RecordMovementAsync(RecordMovement input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Errors();
        var code = await ContributorAsync(input.Contributor, errors, ct);
        if (code is not null && !await MayEditAsync(user, code)) return Outcome<Movement>.Refused();
        var kind = errors.Choice<MovementKind>("kind", input.Kind);
        var on = errors.Date("on", input.On, Today);
        var count = errors.Count("count", input.Count);
        var movement = new Movement
        {
            ContributorCode = code ?? "",
            Kind = kind ?? MovementKind.Arrival,
            On = on ?? default,
            Count = count ?? 0,
            Contingent = errors.Text("contingent", input.Contingent, 200),
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = Now,
        };
        movement.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        if (input.Disputes is { } disputed)
            await Disputes.JoinAsync(db, movement, disputed, code, input.Subject, Describe, errors, Now, ct);
        else if (!errors.Any && kind is not MovementKind.Arrival)
        {
            var ledger = await db.Movements.Where(m => m.ContributorCode == code && m.Counted).AsNoTracking().ToListAsync(ct);
            if (Strength.FirstNegative(ledger, movement.On, -movement.Count) is { } negative)
            {
                var name = await db.Contributors.Where(c => c.Code == code).Select(c => c.Name).SingleAsync(ct);
                errors.Add("count", $"A departure of {movement.Count} on {movement.On:yyyy-MM-dd} would leave {name} at {negative.Strength} on {negative.On:yyyy-MM-dd}.");
            }
        }
        return await SaveAsync(movement, errors, ct);
    }

    public async Task<Outcome<Pledge>> RecordPledgeAsync(RecordPledge input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Errors();
        var code = await ContributorAsync(input.Contributor, errors, ct);
        if (code is not null && !await MayEditAsync(user, code)) return Outcome<Pledge>.Refused();
        var pledge = NewPledge(code ?? "", input.Count, input.Category, input.AnnouncedOn, input.Status ?? "announced", input.Note, errors);
        if (pledge.Status is PledgeStatus.Revised or PledgeStatus.Withdrawn)
            errors.Add("status", "A new pledge is announced or confirmed; to revise or withdraw one, record a revision of it.");
        pledge.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        if (input.Disputes is { } disputed)
            await Disputes.JoinAsync(db, pledge, disputed, code, input.Subject, Describe, errors, Now, ct);
        return await SaveAsync(pledge, errors, ct);
    }

    /// <summary>A revision is a new pledge that supersedes the old one; the old one stays in the history.</summary>
    public async Task<Outcome<Pledge>> RevisePledgeAsync(int id, RevisePledge input, ClaimsPrincipal user, CancellationToken ct)
    {
        var earlier = await db.Pledges.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (earlier is null) return Outcome<Pledge>.Missing();
        if (!await MayEditAsync(user, earlier.ContributorCode)) return Outcome<Pledge>.Refused();
        var errors = new Errors();
        if (earlier.Status == PledgeStatus.Withdrawn)
            errors.Add("pledge", $"Pledge {id} was withdrawn on {earlier.AnnouncedOn:yyyy-MM-dd}; a withdrawn pledge cannot be revised. Record a new pledge instead.");
        else if (await db.Pledges.AnyAsync(p => p.SupersedesId == id, ct))
            errors.Add("pledge", $"Pledge {id} has already been revised; revise its latest revision.");
        else if (!earlier.Counted)
            errors.Add("pledge", $"Pledge {id} is a disputed report that is not counted; settle the conflict first.");
        var status = input.Status ?? "revised";
        var revision = NewPledge(earlier.ContributorCode, input.Count ?? earlier.Count, input.Category ?? Wire.Name(earlier.Category),
            input.AnnouncedOn, status, input.Note, errors, allowZero: true);
        if (revision.Status == PledgeStatus.Announced) errors.Add("status", "A revision is confirmed, revised or withdrawn.");
        if (revision.Status == PledgeStatus.Withdrawn) revision.Count = 0;
        else if (revision.Count == 0) errors.Add("count", "count must be a positive number of personnel; to withdraw a pledge, use status 'withdrawn'.");
        if (input.AnnouncedOn < earlier.AnnouncedOn)
            errors.Add("announcedOn", $"A revision cannot be announced before the pledge it revises ({earlier.AnnouncedOn:yyyy-MM-dd}).");
        revision.SupersedesId = id;
        revision.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        return await SaveAsync(revision, errors, ct);
    }

    public async Task<Outcome<TrainingCohort>> RecordCohortAsync(RecordCohort input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Errors();
        var code = await ContributorAsync(input.Contributor, errors, ct);
        if (code is not null && !await MayEditAsync(user, code)) return Outcome<TrainingCohort>.Refused();
        var cohort = new TrainingCohort
        {
            ContributorCode = code ?? "",
            Count = errors.Count("count", input.Count) ?? 0,
            StartedOn = errors.Date("startedOn", input.StartedOn, Today) ?? default,
            ExpectedReadyOn = errors.Date("expectedReadyOn", input.ExpectedReadyOn, Today.AddYears(1)) ?? default,
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = Now,
        };
        if (input.StartedOn is not null && input.ExpectedReadyOn is not null && cohort.ExpectedReadyOn <= cohort.StartedOn)
            errors.Add("expectedReadyOn", "The expected ready date must be after the start of training.");
        cohort.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        return await SaveAsync(cohort, errors, ct);
    }

    public async Task<Outcome<StrengthReport>> RecordStrengthReportAsync(RecordStrengthReport input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Errors();
        string? code = null;
        if (string.IsNullOrWhiteSpace(input.Contributor))
        {
            // A headcount of the whole mission concerns every contributor: coordinators record it.
            if (!(await auth.AuthorizeAsync(user, Policies.Coordinate)).Succeeded) return Outcome<StrengthReport>.Refused();
        }
        else
        {
            code = await ContributorAsync(input.Contributor, errors, ct);
            if (code is not null && !await MayEditAsync(user, code)) return Outcome<StrengthReport>.Refused();
        }
        var report = new StrengthReport
        {
            ContributorCode = code,
            AsOf = errors.Date("asOf", input.AsOf, Today) ?? default,
            Count = errors.Count("count", input.Count) ?? 0,
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = Now,
        };
        report.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        if (input.Disputes is { } disputed)
            await Disputes.JoinAsync(db, report, disputed, code, input.Subject, Describe, errors, Now, ct);
        return await SaveAsync(report, errors, ct);
    }

    Pledge NewPledge(string code, int? count, string? category, DateOnly? announcedOn, string status, string? note, Errors errors, bool allowZero = false) => new()
    {
        ContributorCode = code,
        Count = allowZero && count == 0 ? 0 : errors.Count("count", count) ?? 0,
        Category = errors.Choice<PersonnelCategory>("category", category) ?? default,
        AnnouncedOn = errors.Date("announcedOn", announcedOn, Today) ?? default,
        Status = errors.Choice<PledgeStatus>("status", status) ?? default,
        Note = errors.Text("note", note, 2000),
        RecordedAtUtc = Now,
    };

    async Task<Outcome<T>> SaveAsync<T>(T record, Errors errors, CancellationToken ct) where T : Report
    {
        if (errors.Any) return Outcome<T>.Fail(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<T>.Ok(record);
    }

    async Task<string?> ContributorAsync(string? code, Errors errors, CancellationToken ct)
    {
        code = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) { errors.Add("contributor", "contributor is required: an ISO 3166 alpha-3 code such as KEN."); return null; }
        if (await db.Contributors.AnyAsync(c => c.Code == code, ct)) return code;
        errors.Add("contributor", $"Unknown contributor code '{code}'. Use the ISO 3166 alpha-3 code of a recorded contributor, such as KEN.");
        return null;
    }

    async Task<bool> MayEditAsync(ClaimsPrincipal user, string code) =>
        (await auth.AuthorizeAsync(user, code, Policies.EditContributor)).Succeeded;

    public static string Describe(Movement m) => $"{FormChoices.KindLabel(Wire.Name(m.Kind))} of {m.ContributorCode} personnel on {m.On:yyyy-MM-dd}";
    public static string Describe(Pledge p) => $"{p.ContributorCode} pledge announced {p.AnnouncedOn:yyyy-MM-dd}";
    public static string Describe(StrengthReport r) => $"Strength of {r.ContributorCode ?? "the mission"} on {r.AsOf:yyyy-MM-dd}";
}
