using System.Text.Json;
using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Indicators;

/// <summary>
/// Every indicator's status on a date, with a chart of the history behind it. Each chart's figures are also in a
/// table under it, so nothing depends on the script that draws them (wwwroot/js/indicators.js).
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndicatorsPageModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public DateOnly AsOf { get; private set; }
    public DateOnly Today { get; private set; }
    public string? AsOfProblem { get; private set; }
    public List<IndicatorBoard.Evaluation> Indicators { get; private set; } = [];
    public string DataJson { get; private set; } = "[]";

    public async Task OnGetAsync(string? asOf, CancellationToken ct)
    {
        Today = ForcesApi.Today(clock);
        (AsOf, AsOfProblem) = ChosenDate.Parse(asOf, Today);
        Indicators = await IndicatorBoard.EvaluateAllAsync(db, AsOf, withHistory: true, ct);
        DataJson = JsonSerializer.Serialize(Indicators.Select(e => new
        {
            e.Indicator.Id, e.Indicator.Unit,
            Baseline = new { On = e.Indicator.BaselineOn, Value = e.Indicator.Baseline },
            Targets = e.Indicator.Targets.OrderBy(t => t.On).Select(t => new { t.On, t.Value }),
            e.History,
        }), JsonSerializerOptions.Web);
    }
}
