using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

public sealed record CaseSummaryDto(int Id, string Reference, DateTime ReceivedAtUtc, string Category, string Status, string? Pcode,
    string? Contributor, string? AssignedTo, DateOnly? DueOn, bool Overdue, bool Anonymous, int Notes, int Attachments);

public sealed record CaseNoteDto(int Id, DateTime AtUtc, string Author, string Kind, string Text);

public sealed record CaseReferralDto(int Id, string Contributor, string Authority, DateOnly ReferredOn, DateOnly ResponseDueOn,
    string? TheirReference, DateOnly? RespondedOn, string? Response, bool Overdue);

public sealed record CaseAttachmentDto(int Id, string FileName, string ContentType, int Length, DateTime AddedAtUtc);

/// <summary>A case opened for a conduct officer: every sealed field opened.</summary>
public sealed record CaseDto(int Id, string Reference, DateTime ReceivedAtUtc, string Language, string Category, DateOnly? OccurredOn,
    string? When, string? Pcode, string? Place, string? Contributor, string? Force, string Narrative, bool Anonymous, string? Name,
    string? Contact, string Status, DateTime StatusChangedAtUtc, DateOnly? DueOn, bool Overdue, string? AssignedTo,
    IReadOnlyList<CaseNoteDto> Notes, IReadOnlyList<CaseReferralDto> Referrals, IReadOnlyList<CaseAttachmentDto> Attachments);

public sealed record AssignInput(string? Assignee);
public sealed record StatusInput(string? Status, DateOnly? DueOn, string? Note);
public sealed record NoteInput(string? Text, bool ToReporter);
public sealed record ReferralInput(string? Contributor, string? Authority, DateOnly? ReferredOn, DateOnly? ResponseDueOn, string? TheirReference);
public sealed record ResponseInput(DateOnly? RespondedOn, string? TheirReference, string? Response);

/// <summary>
/// What conduct officers do with cases: the queue, opening a case (which the audit log records as a read), and
/// assignment, status, notes and referrals. Shared by the API and the pages.
/// </summary>
public sealed class CaseWork(KonbitDb db, CaseVault vault, TimeProvider clock, UserManager<KonbitUser> users)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The queue: open cases first, most urgent due date first; filters by status, officer, or overdue only.</summary>
    public async Task<List<CaseSummaryDto>> QueueAsync(CaseStatus? status, string? assignedTo, bool overdueOnly, CancellationToken ct)
    {
        var today = Today;
        var q = db.Complaints.AsNoTracking();
        if (status is not null) q = q.Where(c => c.Status == status);
        if (assignedTo is { Length: > 0 }) q = q.Where(c => c.AssignedTo == assignedTo);
        if (overdueOnly) q = q.Where(c => c.DueOn != null && c.DueOn < today);
        var rows = await q.OrderBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Reference, c.ReceivedAtUtc, c.Category, c.Status, c.Pcode, c.ContributorCode, c.AssignedTo, c.DueOn, c.Anonymous,
                Notes = c.Notes.Count, Attachments = c.Attachments.Count })
            .ToListAsync(ct);
        return [.. rows.Select(c => new CaseSummaryDto(c.Id, c.Reference, c.ReceivedAtUtc, c.Category.ToString(), c.Status.ToString(), c.Pcode,
            c.ContributorCode, c.AssignedTo, c.DueOn, Deadlines.IsOverdue(c.DueOn, today), c.Anonymous, c.Notes, c.Attachments))];
    }

    /// <summary>Opens a case for the signed-in officer and records that they read it.</summary>
    public async Task<CaseDto?> OpenAsync(int id, CancellationToken ct)
    {
        var c = await db.Complaints.AsNoTracking().AsSplitQuery().Include(x => x.Notes).Include(x => x.Referrals).Include(x => x.Attachments)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        await RecordAsync(nameof(Complaint), id, "Read", ct);
        var today = Today;
        return new CaseDto(c.Id, c.Reference, c.ReceivedAtUtc, c.Language, c.Category.ToString(), c.OccurredOn, vault.Open(c.SealedWhen), c.Pcode,
            vault.Open(c.SealedPlace), c.ContributorCode, vault.Open(c.SealedForce), vault.Open(c.SealedNarrative)!, c.Anonymous,
            vault.Open(c.SealedName), vault.Open(c.SealedContact), c.Status.ToString(), c.StatusChangedAtUtc, c.DueOn,
            Deadlines.IsOverdue(c.DueOn, today), c.AssignedTo,
            [.. c.Notes.OrderBy(n => n.Id).Select(n => new CaseNoteDto(n.Id, n.AtUtc, n.Author, n.Kind.ToString(), vault.Open(n.SealedText)!))],
            [.. c.Referrals.OrderBy(r => r.Id).Select(r => new CaseReferralDto(r.Id, r.ContributorCode, r.Authority, r.ReferredOn, r.ResponseDueOn,
                r.TheirReference, r.RespondedOn, vault.Open(r.SealedResponse), r.RespondedOn is null && r.ResponseDueOn < today))],
            [.. c.Attachments.OrderBy(a => a.Id).Select(a => new CaseAttachmentDto(a.Id, vault.Open(a.SealedFileName)!, a.ContentType, a.Length, a.AddedAtUtc))]);
    }

    /// <summary>An attachment's bytes for download; recorded in the audit log as a read of the case.</summary>
    public async Task<(string FileName, string ContentType, byte[] Content)?> AttachmentAsync(int id, int attachmentId, CancellationToken ct)
    {
        var a = await db.CaseAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.ComplaintId == id, ct);
        if (a is null) return null;
        await RecordAsync(nameof(CaseAttachment), attachmentId, "Downloaded", ct);
        return (vault.Open(a.SealedFileName)!, a.ContentType, vault.Open(a.SealedContent));
    }

    public async Task<Errors?> AssignAsync(int id, AssignInput input, CancellationToken ct)
    {
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new Errors();
        var name = string.IsNullOrWhiteSpace(input.Assignee) ? null : input.Assignee.Trim();
        if (name is not null)
        {
            var user = await users.FindByNameAsync(name);
            if (user is null || !await users.IsInRoleAsync(user, Roles.Conduct))
                return errors.Add("assignee", $"assignee '{name}' is not a conduct officer.");
            name = user.UserName;
        }
        c.AssignedTo = name;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<Errors?> SetStatusAsync(int id, StatusInput input, CancellationToken ct)
    {
        var c = await db.Complaints.Include(x => x.Referrals).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new Errors();
        var status = errors.Choice<CaseStatus>("status", input.Status);
        var note = errors.Text("note", input.Note, ComplaintIntake.NarrativeMax);
        if (input.DueOn is { } due && due < Today) errors.Add("dueOn", $"dueOn {due:yyyy-MM-dd} is already past.");
        if (status == CaseStatus.ReferredToContributor && c.Referrals.Count == 0)
            errors.Add("status", "status ReferredToContributor needs a referral: record to whom the case was referred first.");
        if (errors.Any) return errors;
        if (c.Status != status)
        {
            c.Status = status!.Value;
            c.StatusChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
        c.DueOn = input.DueOn ?? Deadlines.Next(c.Status, c.Category, Today);
        if (note is not null) AddNote(c.Id, note, NoteKind.Internal);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<Errors?> AddNoteAsync(int id, NoteInput input, CancellationToken ct)
    {
        if (!await db.Complaints.AnyAsync(x => x.Id == id, ct)) return null;
        var errors = new Errors();
        var text = errors.Text("text", input.Text, ComplaintIntake.NarrativeMax, required: true);
        if (errors.Any) return errors;
        AddNote(id, text!, input.ToReporter ? NoteKind.ToReporter : NoteKind.Internal);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Records a referral to a contributing country; the case moves to "referred" and waits for the answer.</summary>
    public async Task<Errors?> ReferAsync(int id, ReferralInput input, CancellationToken ct)
    {
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new Errors();
        var contributor = errors.Text("contributor", input.Contributor, 3, required: true)?.ToUpperInvariant();
        if (contributor is not null && !await db.Contributors.AnyAsync(x => x.Code == contributor, ct))
            errors.Add("contributor", $"contributor '{contributor}' is not a contributing country in the register.");
        var authority = errors.Text("authority", input.Authority, 200, required: true);
        var theirs = errors.Text("theirReference", input.TheirReference, 100);
        var on = input.ReferredOn ?? Today;
        if (on > Today) errors.Add("referredOn", $"referredOn {on:yyyy-MM-dd} is after today.");
        var dueOn = input.ResponseDueOn ?? Deadlines.Next(CaseStatus.ReferredToContributor, c.Category, on)!.Value;
        if (dueOn < on) errors.Add("responseDueOn", $"responseDueOn {dueOn:yyyy-MM-dd} is before referredOn {on:yyyy-MM-dd}.");
        if (errors.Any) return errors;
        db.CaseReferrals.Add(new CaseReferral
        {
            ComplaintId = id, ContributorCode = contributor!, Authority = authority!, ReferredOn = on, ResponseDueOn = dueOn,
            TheirReference = theirs, RecordedBy = db.Actor.Name,
        });
        if (c.Status != CaseStatus.ReferredToContributor) (c.Status, c.StatusChangedAtUtc) = (CaseStatus.ReferredToContributor, clock.GetUtcNow().UtcDateTime);
        c.DueOn = dueOn;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The contributing country's answer to a referral.</summary>
    public async Task<Errors?> RecordResponseAsync(int id, int referralId, ResponseInput input, CancellationToken ct)
    {
        var r = await db.CaseReferrals.FirstOrDefaultAsync(x => x.Id == referralId && x.ComplaintId == id, ct);
        if (r is null) return null;
        var errors = new Errors();
        var on = input.RespondedOn ?? Today;
        if (on > Today) errors.Add("respondedOn", $"respondedOn {on:yyyy-MM-dd} is after today.");
        if (on < r.ReferredOn) errors.Add("respondedOn", $"respondedOn {on:yyyy-MM-dd} is before the referral ({r.ReferredOn:yyyy-MM-dd}).");
        var theirs = errors.Text("theirReference", input.TheirReference, 100);
        var response = errors.Text("response", input.Response, ComplaintIntake.NarrativeMax, required: true);
        if (errors.Any) return errors;
        (r.RespondedOn, r.SealedResponse) = (on, vault.Seal(response));
        if (theirs is not null) r.TheirReference = theirs;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    void AddNote(int id, string text, NoteKind kind) =>
        db.CaseNotes.Add(new CaseNote { ComplaintId = id, AtUtc = clock.GetUtcNow().UtcDateTime, Author = db.Actor.Name, Kind = kind, SealedText = vault.Seal(text)! });

    /// <summary>A look at a case leaves a line in the audit log, like a change does.</summary>
    async Task RecordAsync(string entityType, int id, string action, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = db.Actor.UtcNow, Actor = db.Actor.Name, EntityType = entityType,
            EntityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = action,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
