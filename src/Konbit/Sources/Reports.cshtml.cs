using Konbit.Accounts;
using Konbit.Data;
using Konbit.Sources.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>The reports kept as sources, newest first.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ReportListModel(KonbitDb db) : PageModel
{
    /// <summary>Words of the title or the publisher.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    /// <summary>Only reports that state a figure of this measure.</summary>
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }

    public List<DocumentSummaryDto> Rows { get; private set; } = [];
    public int Stories => Rows.Select(r => r.StoryId).Distinct().Count();

    public async Task OnGetAsync(CancellationToken ct)
    {
        IQueryable<SourceDocument> documents = db.SourceDocuments;
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            documents = documents.Where(d => d.Source!.Title.ToLower().Contains(q) || (d.Source.Publisher != null && d.Source.Publisher.ToLower().Contains(q)));
        }
        if (From is { } from) documents = documents.Where(d => d.Source!.PublishedOn >= from);
        if (To is { } to) documents = documents.Where(d => d.Source!.PublishedOn <= to);
        if (!string.IsNullOrWhiteSpace(Measure)) documents = documents.Where(d => d.Figures.Any(f => f.Measure == Measure));
        Rows = await DocumentsApi.Summaries(documents).ToListAsync(ct);
    }
}
