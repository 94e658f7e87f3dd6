using System.Globalization;
using System.Text;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Sources;

/// <summary>One report: its text with its figures marked, and the figures with links to the other reports' values.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ReportModel(KonbitDb db, Forces.ForceWrites writes, TimeProvider clock, IAuthorizationService auth) : PageModel
{
    /// <summary>A run of the text, marked when it states a figure. Razor encodes it: a report's markup is only ever text.</summary>
    public sealed record Part(string Text, DocumentFigureDto? Figure);

    public DocumentDto Document { get; private set; } = null!;
    public List<Part> Parts { get; private set; } = [];
    public FormErrors Errors { get; private set; } = FormErrors.None;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await DocumentsApi.LoadAsync(db, id, ct) is not { } document) return NotFound();
        Document = document;
        Parts = Split(document.Text, [.. document.Figures]);
        return Page();
    }

    /// <summary>Turns one of the report's figures into a ledger record (coordinators, liaison officers for their contributor).</summary>
    public async Task<IActionResult> OnPostRecordAsync(int id, int figure, CancellationToken ct)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.EditLedger)).Succeeded) return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        var written = await FigureToLedger.WriteAsync(figure, new FigureRecord(), db, writes, User, clock, ct);
        if (written.NotFound) return NotFound();
        if (written.Forbidden) return Forbid();
        if (written.Invalid is { } errors)
        {
            Errors = new FormErrors(errors, new Dictionary<string, string>());
            return await OnGetAsync(id, ct);
        }
        TempData.Confirm(written.Pledge is { } p ? $"Recorded: {Forces.ForceWrites.Describe(p)}, citing this report."
            : $"Recorded: {Forces.ForceWrites.Describe(written.Report!)}, citing this report.");
        return RedirectToPage(new { id });
    }

    /// <summary>The text cut at the figures' offsets, which count Unicode characters.</summary>
    static List<Part> Split(string text, IReadOnlyList<DocumentFigureDto> figures)
    {
        var runes = text.EnumerateRunes().ToArray();
        string Slice(int from, int to) { var b = new StringBuilder(); for (var i = from; i < to; i++) b.Append(runes[i].ToString()); return b.ToString(); }
        var parts = new List<Part>();
        var at = 0;
        foreach (var f in figures)
        {
            if (f.Start < at || f.End > runes.Length) continue; // overlapping or out of range: shown in the table only
            if (f.Start > at) parts.Add(new Part(Slice(at, f.Start), null));
            parts.Add(new Part(Slice(f.Start, f.End), f));
            at = f.End;
        }
        if (at < runes.Length) parts.Add(new Part(Slice(at, runes.Length), null));
        return parts;
    }

    public string Describe(DocumentFigureDto f) =>
        $"{f.Measure}: {f.Value.ToString("N0", CultureInfo.InvariantCulture)} ({f.Bound.Replace('_', ' ')}), {(f.Subject == "*" ? "all" : f.Subject)}";
}
