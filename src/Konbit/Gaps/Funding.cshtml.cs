using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Gaps;

/// <summary>Each budget period with what was pledged and received against it, and the money ledger behind it.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class FundingModel(KonbitDb db) : PageModel
{
    public IReadOnlyList<BudgetPeriodDto> Periods { get; private set; } = [];
    public IReadOnlyList<FundingEntryDto> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Periods = await FundingApi.PeriodsAsync(db, ct);
        Entries = (await FundingApi.LoadAsync(db, ct)).Select(f => f.Dto()).ToList();
    }

    public static string Usd(decimal amount) => "US$" + amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Amount(decimal amount) => amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
