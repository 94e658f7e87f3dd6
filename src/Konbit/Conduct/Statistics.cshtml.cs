using Konbit.Data;
using Konbit.Forces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Conduct;

/// <summary>The public statistics of complaints (the same figures as GET /api/v1/conduct/statistics).</summary>
[AllowAnonymous]
public sealed class StatisticsModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public string? Lang { get; set; }
    public string L => Texts.Pick(Lang);
    public ConductStatisticsDto Stats { get; private set; } = null!;

    public async Task OnGetAsync(string? lang, CancellationToken ct)
    {
        Lang = lang;
        Stats = await ConductStatistics.ComputeAsync(db, L, ForcesApi.Today(clock), ct);
    }

    public string T(string key) => Texts.T(L, key);
}
