using System.Globalization;
using System.Security.Cryptography;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>
/// A reporter checks their case with its reference and secret code, and may add information. After the check the
/// page carries a ticket good for 30 minutes instead of the code, so adding information needs no second typing
/// and the code is not written back into the page.
/// </summary>
[EnableRateLimiting(PublicLimits.Lookup)]
[RequestSizeLimit(CaseFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CaseFiles.MaxRequestBytes)]
public sealed class FollowUpModel(ComplaintIntake intake, KonbitDb db, CaseVault vault, IDataProtectionProvider protection) : PublicPage
{
    static readonly TimeSpan TicketLife = TimeSpan.FromMinutes(30);

    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Ticket { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public List<IFormFile>? Files { get; set; }

    public FollowUpDto? View { get; private set; }
    public string? Message { get; private set; }
    public bool Added { get; private set; }

    ITimeLimitedDataProtector Tickets => protection.CreateProtector("Konbit.Conduct.FollowUpTicket").ToTimeLimitedDataProtector();

    public void OnGet() { }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (await intake.FindAsync(Reference, Code, ct) is not { } complaint)
        {
            Message = T("followup.wrong");
            return Page();
        }
        await ShowAsync(complaint, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (Opened() is not { } id || await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } complaint)
        {
            Message = T("followup.expired");
            return Page();
        }
        Errors = await intake.AddAsync(complaint, Text, await CaseFiles.ReadAsync(Files, ct), ct);
        Added = !Errors.Any;
        if (Added) Text = null;
        await ShowAsync(complaint, ct);
        return Page();
    }

    async Task ShowAsync(Complaint complaint, CancellationToken ct)
    {
        View = await ConductApi.ViewAsync(db, vault, complaint, L, ct);
        Ticket = Tickets.Protect(complaint.Id.ToString(CultureInfo.InvariantCulture), TicketLife);
        Code = null;
    }

    int? Opened()
    {
        if (string.IsNullOrEmpty(Ticket)) return null;
        try { return int.Parse(Tickets.Unprotect(Ticket), CultureInfo.InvariantCulture); }
        catch (CryptographicException) { return null; }
    }
}
