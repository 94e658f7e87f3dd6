using Konbit.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Conduct;

/// <summary>The conduct officers' queue: most urgent first, overdue cases marked.</summary>
[Authorize(Policy = Policies.HandleCases)]
public sealed class IndexModel(CaseWork work, TimeProvider clock) : PageModel
{
    public DateOnly Today => Forces.ForcesApi.Today(clock);
    public List<CaseSummaryDto> Cases { get; private set; } = [];
    public string? Status { get; private set; }
    public bool Mine { get; private set; }
    public bool Overdue { get; private set; }

    public async Task OnGetAsync(string? status, bool mine, bool overdue, CancellationToken ct)
    {
        (Status, Mine, Overdue) = (Enum.TryParse<CaseStatus>(status, out var s) ? s.ToString() : null, mine, overdue);
        Cases = await work.QueueAsync(Status is null ? null : s, mine ? User.Name() : null, overdue, ct);
    }
}
