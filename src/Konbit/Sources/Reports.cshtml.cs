using Konbit.Accounts;
using Konbit.Data;
using Konbit.Sources.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>The reports kept as sources, newest first.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ReportListModel(KonbitDb db) : PageModel
{
    public List<DocumentSummaryDto> Rows { get; private set; } = [];
    public int Stories => Rows.Select(r => r.StoryId).Distinct().Count();

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.SourceDocuments.AsNoTracking().OrderByDescending(d => d.Id)
            .Select(d => new DocumentSummaryDto(d.Id, d.SourceId, d.Source!.Title, d.Source.Publisher, d.Source.Url, d.Source.PublishedOn,
                d.FileName, d.StoryId, d.Figures.Count, d.AddedAtUtc))
            .ToListAsync(ct);
}
