using System.Text.Json;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Mandates;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit;

/// <summary>The dashboard: strength against pledges and the ceiling, on a date, with the mandate countdown.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DashboardModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public DateOnly AsOf { get; private set; }
    public string? AsOfProblem { get; private set; }
    public StrengthDto Figures { get; private set; } = null!;
    public MandateStatusDto Mandate { get; private set; } = null!;
    public List<ConflictDto> OpenConflicts { get; private set; } = [];
    /// <summary>The chart's data, embedded in the page; System.Text.Json escapes '&lt;', so it cannot close the script element.</summary>
    public string SeriesJson { get; private set; } = "{}";

    public async Task OnGetAsync(string? asOf, CancellationToken ct)
    {
        Today = ForcesApi.Today(clock);
        (AsOf, AsOfProblem) = ChosenDate.Parse(asOf, Today);
        var ledger = await Strength.LoadAsync(db, ct);
        Figures = Strength.On(ledger, AsOf);
        SeriesJson = JsonSerializer.Serialize(Strength.Series(ledger, AsOf), JsonSerializerOptions.Web);
        Mandate = await MandateStatus.OnAsync(db, Today, ct);
        OpenConflicts = [.. (await ConflictReads.AllAsync(db, ct)).Where(c => c.State == "open")];
    }

    /// <summary>"744 on 2025-02-06 (ledger 761: 17 unexplained)": a headcount next to what the ledger says.</summary>
    public static string Reported(ContributorStrengthDto c) => c.Reported is not { } reported ? "—"
        : $"{Show.Count(reported)} on {Show.Date(c.ReportedOn)}"
          + (c.Unexplained is { } gap ? $" (ledger {Show.Count(c.Deployed)}: {Show.Count(Math.Abs(gap))} unexplained)" : "");
}
