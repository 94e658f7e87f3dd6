using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// Upload of an incidents file. The browser sends the file straight to the import API (with the sign-in cookie) and
/// follows the run by its key, so a 50 MB file streams through without passing through a form post here.
/// </summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class IncidentImportModel(KonbitDb db) : PageModel
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public sealed record RunRow(Guid Key, string FileName, DateTime StartedAtUtc, string StartedBy, ImportState State, bool DryRun,
        int RowsRead, int Imported, int Updated, int Unchanged, int Rejected);

    public List<RunRow> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Recent = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(10)
            .Select(r => new RunRow(r.Key, r.FileName, r.StartedAtUtc, r.StartedBy, r.State, r.DryRun, r.RowsRead, r.Imported, r.Updated, r.Unchanged, r.Rejected))
            .ToListAsync(ct);
}
