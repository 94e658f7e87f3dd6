using Konbit.Accounts;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Sources;

/// <summary>Every source, with what it supports: readers judge a figure by where it comes from.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class SourceListModel(KonbitDb db) : PageModel
{
    public sealed record Row(SourceDto Source, string Supports);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Title).Select(Citations.ToDto).ToListAsync(ct);
        // Few hundred citations at most: count them in memory, one query per kind of record.
        var uses = new (string One, string Many, List<int> Ids)[]
        {
            ("pledge", "pledges", await db.Pledges.SelectMany(p => p.Sources.Select(s => s.Id)).ToListAsync(ct)),
            ("movement", "movements", await db.Movements.SelectMany(m => m.Sources.Select(s => s.Id)).ToListAsync(ct)),
            ("training cohort", "training cohorts", await db.TrainingCohorts.SelectMany(c => c.Sources.Select(s => s.Id)).ToListAsync(ct)),
            ("strength report", "strength reports", await db.StrengthReports.SelectMany(r => r.Sources.Select(s => s.Id)).ToListAsync(ct)),
            ("mandate", "mandates", await db.Mandates.SelectMany(m => m.Sources.Select(s => s.Id)).ToListAsync(ct)),
        };
        Rows = [.. sources.Select(s => new Row(s, Supports(s.Id, uses)))];
    }

    static string Supports(int id, (string One, string Many, List<int> Ids)[] uses)
    {
        var parts = uses.Select(u => (u.One, u.Many, Count: u.Ids.Count(x => x == id))).Where(u => u.Count > 0)
            .Select(u => Show.Plural(u.Count, u.One, u.Many)).ToList();
        return parts.Count == 0 ? "nothing yet" : string.Join(", ", parts);
    }
}
