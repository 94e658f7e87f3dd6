using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Gaps;

/// <summary>What is still missing, per category of equipment, on a chosen date.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class EquipmentModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public DateOnly On { get; private set; }
    public DateOnly Today { get; private set; }
    public string? OnProblem { get; private set; }
    public EquipmentGapsDto Gaps { get; private set; } = new(default, []);
    public IReadOnlyList<EquipmentEntryDto> Flagged { get; private set; } = [];
    /// <summary>The longest possible bar: the largest requirement, so gaps compare across categories.</summary>
    public int Scale { get; private set; }

    public async Task OnGetAsync(string? on, CancellationToken ct)
    {
        Today = ForcesApi.Today(clock);
        (On, OnProblem) = ChosenDate.Parse(on, Today);
        var ledger = await EquipmentGaps.LoadAsync(db, ct);
        Gaps = EquipmentGaps.On(ledger, On);
        Scale = Gaps.Categories.Max(c => c.Required ?? 0);
        var over = EquipmentGaps.OverPledge(ledger);
        Flagged = ledger.Where(e => over.Contains(e.Id) && e.On <= On).Select(e => e.Dto(exceedsPledge: true)).ToList();
    }
}
