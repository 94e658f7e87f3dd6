using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>
/// The public complaint form: no account, Creole first, an anonymous option. The answer page shows the case
/// reference and the secret follow-up code once (no redirect, so the code never sits in an address or a history).
/// </summary>
[EnableRateLimiting(PublicLimits.Submit)]
[RequestSizeLimit(CaseFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CaseFiles.MaxRequestBytes)]
public sealed class ComplainModel(ComplaintIntake intake, KonbitDb db) : PublicPage
{
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public DateOnly? OccurredOn { get; set; }
    [BindProperty] public string? When { get; set; }
    [BindProperty] public string? Pcode { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Contributor { get; set; }
    [BindProperty] public string? Force { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public bool Anonymous { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public List<IFormFile>? Files { get; set; }

    public FiledComplaint? Filed { get; private set; }
    public List<PlaceGroup> Places { get; private set; } = [];
    public List<(string Code, string Name)> Contributors { get; private set; } = [];

    public sealed record PlaceGroup(string Pcode, string Name, List<(string Pcode, string Name)> Communes);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var files = await CaseFiles.ReadAsync(Files, ct);
        var (filed, errors) = await intake.FileAsync(
            new ComplaintInput(L, Category, OccurredOn, When, Pcode, Place, Contributor, Force, Narrative, Anonymous, Name, Contact), files, ct);
        (Filed, Errors) = (filed, errors);
        if (filed is null) await LoadAsync(ct);
        return Page();
    }

    /// <summary>Departments with their communes (when boundaries were imported), and the contributing countries.</summary>
    async Task LoadAsync(CancellationToken ct)
    {
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.Level <= 2)
            .Select(u => new { u.Pcode, u.Level, u.ParentPcode, u.NameFr, u.NameHt }).ToListAsync(ct);
        string Name(string fr, string? ht) => L == "ht" && ht is { Length: > 0 } ? ht : fr;
        Places = [.. units.Where(u => u.Level == 1).OrderBy(u => u.NameFr).Select(d => new PlaceGroup(d.Pcode, Name(d.NameFr, d.NameHt),
            [.. units.Where(u => u.Level == 2 && u.ParentPcode == d.Pcode).OrderBy(u => u.NameFr).Select(u => (u.Pcode, Name(u.NameFr, u.NameHt)))]))];
        Contributors = [.. (await db.Contributors.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(ct)).Select(c => (c.Code, c.Name))];
    }
}
