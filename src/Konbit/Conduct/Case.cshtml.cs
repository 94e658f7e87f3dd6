using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>One case, opened for a conduct officer (the audit log records each opening), with the forms that move it on.</summary>
[Authorize(Policy = Policies.HandleCases)]
public sealed class CaseModel(CaseWork work, KonbitDb db, UserManager<KonbitUser> users) : PageModel
{
    public CaseDto Case { get; private set; } = null!;
    public List<string> Officers { get; private set; } = [];
    public List<(string Code, string Name)> Contributors { get; private set; } = [];
    public List<AuditEntryDto> History { get; private set; } = [];
    public string? PlaceName { get; private set; }
    public Errors Errors { get; private set; } = new();

    [BindProperty] public string? Assignee { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public DateOnly? DueOn { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool ToReporter { get; set; }
    [BindProperty] public ReferralInput? Referral { get; set; }
    [BindProperty] public ResponseInput? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>An attachment, always as a download and sandboxed: it came from the public.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int id, int attachmentId, CancellationToken ct)
    {
        if (await work.AttachmentAsync(id, attachmentId, ct) is not { } file) return NotFound();
        Response.Headers.ContentSecurityPolicy = Shared.SecurityHeaders.SandboxedDownload;
        return File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) =>
        AfterAsync(id, work.AssignAsync(id, new AssignInput(Assignee), ct), "The case was assigned.", ct);

    public Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct) =>
        AfterAsync(id, work.SetStatusAsync(id, new StatusInput(Status, DueOn, Note), ct), "The status was changed.", ct);

    public Task<IActionResult> OnPostNoteAsync(int id, CancellationToken ct) =>
        AfterAsync(id, work.AddNoteAsync(id, new NoteInput(Note, ToReporter), ct), ToReporter ? "The message was saved; the reporter sees it when they follow up." : "The note was added.", ct);

    public Task<IActionResult> OnPostReferAsync(int id, CancellationToken ct) =>
        AfterAsync(id, work.ReferAsync(id, Referral ?? new(null, null, null, null, null), ct), "The referral was recorded.", ct);

    public Task<IActionResult> OnPostResponseAsync(int id, int referralId, CancellationToken ct) =>
        AfterAsync(id, work.RecordResponseAsync(id, referralId, Answer ?? new(null, null, null), ct), "The response was recorded.", ct);

    async Task<IActionResult> AfterAsync(int id, Task<Errors?> change, string done, CancellationToken ct)
    {
        var errors = await change;
        if (errors is null) return NotFound();
        if (!errors.Any)
        {
            TempData.Confirm(done);
            return RedirectToPage(new { id });
        }
        Errors = errors;
        await LoadAsync(id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await work.OpenAsync(id, ct) is not { } c) return false;
        Case = c;
        Officers = [.. (await users.GetUsersInRoleAsync(Roles.Conduct)).Select(u => u.UserName!).Order()];
        Contributors = [.. (await db.Contributors.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Code, x.Name }).ToListAsync(ct)).Select(x => (x.Code, x.Name))];
        PlaceName = c.Pcode is null ? null : await db.AdminUnits.Where(u => u.Pcode == c.Pcode).Select(u => u.NameFr).FirstOrDefaultAsync(ct);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        History = await AuditApi.HistoryAsync(db, nameof(Complaint), key, 100, ct, cases: true);
        return true;
    }
}
