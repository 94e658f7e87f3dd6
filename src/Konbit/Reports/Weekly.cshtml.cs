using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Reports;

/// <summary>The weekly situation report of a chosen ISO week, with downloads of the same report as PDF, HTML and XLSX.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class WeeklyModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public string Week { get; private set; } = "";
    public string? WeekProblem { get; private set; }
    public WeeklyReport? Report { get; private set; }
    public string? Previous { get; private set; }
    public string? Next { get; private set; }

    public async Task OnGetAsync(string? week, CancellationToken ct)
    {
        var today = ForcesApi.Today(clock);
        Week = IsoWeeks.LastComplete(today);
        if (!string.IsNullOrWhiteSpace(week))
        {
            if (IsoWeeks.Parse(week, out var error) is not null) Week = week.Trim().ToUpperInvariant();
            else WeekProblem = error + " Showing the last complete week.";
        }
        (Report, _) = await WeeklyReports.BuildAsync(db, Week, clock, ct);
        Week = Report!.Week;
        Previous = IsoWeeks.Name(Report.From.AddDays(-7));
        Next = Report.To < today ? IsoWeeks.Name(Report.To.AddDays(1)) : null;
    }
}
