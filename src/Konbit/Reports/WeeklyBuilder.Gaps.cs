using Konbit.Conduct;
using Konbit.Gaps;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Reports;

// What is missing (equipment, money) and how the force is held to account.
public sealed partial class WeeklyBuilder
{
    async Task<ReportSection> EquipmentAsync()
    {
        const string title = "Equipment gaps";
        var ledger = await EquipmentGaps.LoadAsync(db, ct);
        var gaps = EquipmentGaps.On(ledger, to).Categories.Where(c => c.Required is not null || c.Pledged > 0 || c.Delivered > 0 || c.Serviceable is not null).ToList();
        if (gaps.Count == 0)
            return Empty("equipment", title, $"No equipment requirement, pledge or delivery is recorded by {to:d MMMM yyyy}.");
        var sources = ledger.SelectMany(e => e.Sources).DistinctBy(s => s.Id).ToDictionary(s => s.Id, Citations.Dto);
        var page = notes.Note("Konbit equipment ledger", "/Equipment");
        var rows = gaps.Select(g => new ReportRow(
            [EquipmentChoices.CategoryLabel(g.Category), Show.Count(g.Required), Show.Count(g.Pledged), Show.Count(g.Delivered),
             $"{Show.Count(g.Available)} ({g.Basis})", g.Gap is { } gap ? Show.Count(gap) : "no requirement stated"],
            [page, .. notes.Sources(g.SourceIds.Where(sources.ContainsKey).Select(id => sources[id]))])).ToList();
        var week = ledger.Where(e => e.On >= from && e.On <= to).ToList();
        var required = gaps.Where(g => g.Required is not null).ToList();
        var missing = required.Where(g => g.Gap > 0).Select(g => $"{EquipmentChoices.CategoryLabel(g.Category).ToLowerInvariant()} ({Show.Count(g.Gap)})").ToList();
        var figures = new List<ReportFigure>
        {
            required.Count == 0
                ? new("Requirements", "none stated yet: pledges and deliveries only", [page])
                : new("Still missing", missing.Count == 0 ? "nothing: every stated requirement is met" : string.Join(", ", missing), [page]),
        };
        var tables = new List<ReportTable> { new($"On {to:d MMMM yyyy}", ["Category", "Required", "Pledged", "Delivered", "Available", "Gap"], rows) };
        if (week.Count > 0)
            tables.Add(new("Recorded this week", ["Date", "Entry", "Category", "Quantity", "From"], week.Select(e => new ReportRow(
                [Show.Date(e.On), Wire.Name(e.Kind), EquipmentChoices.CategoryLabel(Wire.Name(e.Category)), Show.Count(e.Quantity), e.Donor ?? "—"],
                notes.Sources(e.Sources.Select(Citations.Dto)))).ToList()));
        else figures.Add(new("Entries this week", "none recorded", [page]));
        if (required.Count == 0) return new("equipment", title, null, figures, tables, []);
        var chart = new ReportChart("Required and available by category", ChartKind.Bars,
            required.Select(g => EquipmentChoices.CategoryLabel(g.Category)).ToList(),
            [
                new("Required", required.Select(g => (double?)g.Required).ToList(), ChartDrawing.Grey),
                new("Available", required.Select(g => (double?)g.Available).ToList(), ChartDrawing.Blue),
            ]);
        return new("equipment", title, null, figures, tables, [chart]);
    }

    async Task<ReportSection> FundingAsync()
    {
        const string title = "Funding";
        // Money recorded after the week does not count in a report about it.
        var money = (await FundingApi.LoadAsync(db, ct)).Where(f => f.On <= to).ToList();
        var periods = await db.BudgetPeriods.AsNoTracking().Include(p => p.Sources).Where(p => p.Counted && p.StartsOn <= to)
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(ct);
        if (money.Count == 0 && periods.Count == 0)
            return Empty("funding", title, $"No budget, pledge or receipt of funds is recorded by {to:d MMMM yyyy}.");
        var page = notes.Note("Konbit funding ledger", "/Funding");
        string Total(FundingKind kind) => money.Any(m => m.Kind == kind) ? FundingModel.Usd(money.Where(m => m.Kind == kind).Sum(m => m.AmountUsd)) : "none recorded";
        var figures = new List<ReportFigure>
        {
            new("Pledged to date", Total(FundingKind.Pledge), [page]),
            new("Received to date", Total(FundingKind.Receipt), [page]),
        };
        var tables = new List<ReportTable>();
        if (periods.Count > 0)
            tables.Add(new("Budget periods", ["Period", "Budget", "Pledged", "Received", "Share received"], periods.Select(p =>
            {
                var dto = p.Dto(money);
                return new ReportRow([$"{dto.Name} ({Show.Date(dto.StartsOn)} to {Show.Date(dto.EndsOn)})", FundingModel.Usd(dto.BudgetUsd), FundingModel.Usd(dto.PledgedUsd), FundingModel.Usd(dto.ReceivedUsd), Show.Share(dto.ShareReceived)],
                    [page, .. notes.Sources(dto.Sources)]);
            }).ToList()));
        var week = money.Where(m => m.On >= from).ToList();
        if (week.Count > 0)
            tables.Add(new("Recorded this week", ["Date", "Entry", "Donor", "Amount", "In US$"], week.Select(m => new ReportRow(
                [Show.Date(m.On), Wire.Name(m.Kind), m.Donor, $"{FundingModel.Amount(m.Amount)} {m.Currency}", FundingModel.Usd(m.AmountUsd)], notes.Sources(m.Sources.Select(Citations.Dto)))).ToList()));
        else figures.Add(new("Pledges and receipts this week", "none recorded", [page]));
        return new("funding", title, null, figures, tables, []);
    }

    /// <summary>
    /// Only the complaints received in the week, counted with the public statistics' rules. No running total or
    /// status: two weekly reports side by side would give, by subtraction, the small counts each of them hides.
    /// </summary>
    async Task<ReportSection> ConductAsync()
    {
        const string title = "Conduct and discipline (public statistics)";
        var week = await ConductStatistics.ComputeAsync(db, "en", to, ct, receivedFrom: startUtc, receivedBefore: endUtc);
        if (week.Total.Count == 0)
            return Empty("conduct", title, "No complaint about the force was received this week.");
        var page = notes.Note("Konbit public statistics of complaints, by month, category, country and status (counts from 1 to 4 are not published)", "/Conduct/Statistics?lang=en");
        return new("conduct", title, null, [new("Complaints received this week", week.Total.Shown, [page])],
            [new("Received this week, by category", ["", "Complaints"], week.ByCategory.Select(c => new ReportRow([c.Label, c.Shown], [page])).ToList())], []);
    }
}
