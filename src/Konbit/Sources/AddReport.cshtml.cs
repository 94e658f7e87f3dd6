using System.Text;
using Konbit.Accounts;
using Konbit.Shared;
using Konbit.Sources.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Sources;

/// <summary>Adds a report, pasted or uploaded; the form carries the antiforgery token as every form does.</summary>
[Authorize(Policy = Policies.EditLedger)]
[RequestSizeLimit(DocumentText.MaxBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentText.MaxBytes + 256 * 1024, ValueLengthLimit = DocumentText.MaxBytes + 1)]
public sealed class AddReportModel(DocumentIntake intake) : PageModel
{
    static readonly Dictionary<string, string> Labels = new() { ["text"] = "Text of the report", ["file"] = "Or its file" };

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public DateOnly? Published { get; set; }

    public FormErrors Errors { get; private set; } = FormErrors.None;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new Errors();
        byte[] bytes;
        string name;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > DocumentText.MaxBytes) return Fail(errors.Add("file", $"{Upload.FileName} is larger than 10 MB; nothing was stored."));
            using var copy = new MemoryStream();
            await Upload.CopyToAsync(copy, ct);
            (bytes, name) = (copy.ToArray(), Upload.FileName);
        }
        else if (!string.IsNullOrWhiteSpace(Text)) (bytes, name) = (Encoding.UTF8.GetBytes(Text), "pasted.txt");
        else return Fail(errors.Add("text", "Paste the report's text or choose its file."));

        var added = await intake.AddAsync(bytes, name, new DocumentInput(Blank(Title), Blank(Publisher), Blank(Address), Published), ct);
        if (added.Refused) return Fail(errors.Add(Upload is { Length: > 0 } ? "file" : "text", $"{added.Error}; nothing was stored."));
        var id = (added.Document ?? added.DuplicateOf)!.Id;
        TempData.Confirm(added.DuplicateOf is null ? "The report was added." : "This report was added before: here it is.");
        return RedirectToPage("/Sources/Report", new { id });
    }

    IActionResult Fail(Errors errors)
    {
        Errors = new FormErrors(errors, Labels);
        return Page();
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
