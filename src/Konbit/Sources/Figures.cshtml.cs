using Konbit.Accounts;
using Konbit.Data;
using Konbit.Sources.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Sources;

/// <summary>The reconciliation page: the same groups as GET /api/v1/figures.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class FiguresModel(KonbitDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }
    public List<FigureGroupDto> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Groups = await Reconciliation.GroupsAsync(db, Subject, Measure, ct);
}
