using Konbit.Data;
using Konbit.Forces;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Conduct;

/// <summary>The public statistics of complaints (the same figures as GET /api/v1/conduct/statistics).</summary>
public sealed class StatisticsModel(KonbitDb db, TimeProvider clock) : PublicPage
{
    public ConductStatisticsDto Stats { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stats = await ConductStatistics.ComputeAsync(db, L, ForcesApi.Today(clock), ct);
    }
}
