using Konbit.Data;
using Konbit.Forces;
using Konbit.Mandates;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Reports;

/// <summary>
/// Assembles the weekly situation report from each feature's own arithmetic (strength, mandate, incidents,
/// humanitarian figures, gaps, conduct statistics, conflicts), as of the Sunday that ends the week. Figures that
/// change over time are compared with the Sunday before. Only what the public may read goes in: the conduct part is
/// the public statistics, with their small-count rules.
/// </summary>
public sealed partial class WeeklyBuilder(KonbitDb db, DateOnly from, DateOnly to, CancellationToken ct)
{
    readonly ReportNotes notes = new();
    readonly DateOnly weekBefore = from.AddDays(-1);
    /// <summary>The week as a span of UTC times, for what is dated by when Konbit recorded it.</summary>
    readonly DateTime startUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), endUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static async Task<WeeklyReport> BuildAsync(KonbitDb db, string week, DateOnly from, DateOnly to, TimeProvider clock, CancellationToken ct)
    {
        var b = new WeeklyBuilder(db, from, to, ct);
        List<ReportSection> sections =
        [
            await b.PersonnelAsync(),
            await b.MandateAsync(),
            await b.IncidentsAsync(),
            await b.ResponseTimesAsync(),
            await b.HumanitarianAsync(),
            await b.EquipmentAsync(),
            await b.FundingAsync(),
            await b.ConductAsync(),
            await b.IndicatorsAsync(),
            await b.ConflictsAsync(),
        ];
        return new WeeklyReport(week, from, to, clock.GetUtcNow().UtcDateTime, sections, b.notes.All);
    }

    static ReportSection Empty(string key, string title, string noData) => new(key, title, noData, [], [], []);

    static string Signed(int change) => change switch { > 0 => "+" + Show.Count(change), < 0 => "−" + Show.Count(-change), _ => "no change" };

    /// <summary>The Sundays ending the 13 weeks up to this one: the x axis of the trend charts.</summary>
    IReadOnlyList<DateOnly> WeekEnds(int count = 13) => Enumerable.Range(0, count).Select(i => to.AddDays(-7 * (count - 1 - i))).ToList();

    static string WeekLabel(DateOnly sunday) => IsoWeeks.Name(sunday)[2..];

    async Task<ReportSection> PersonnelAsync()
    {
        const string title = "Personnel: strength against pledges and the ceiling";
        var ledger = await Strength.LoadAsync(db, ct);
        var now = Strength.On(ledger, to);
        var before = Strength.On(ledger, weekBefore);
        if (now.Total == 0 && now.Pledged == 0 && now.InTraining == 0)
            return Empty("personnel", title, $"No pledge or deployment of personnel is recorded by {to:d MMMM yyyy}.");

        var ledgerNote = notes.Note($"Konbit force ledger: counted pledges, arrivals and departures up to {to:d MMMM yyyy}, each with its sources", "/");
        var movements = await db.Movements.AsNoTracking().Include(m => m.Sources)
            .Where(m => m.On >= from && m.On <= to).OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync(ct);
        var names = ledger.Contributors.ToDictionary(c => c.Code, c => c.Name);
        var figures = new List<ReportFigure>
        {
            new("Deployed in Haiti", Show.Count(now.Total), [ledgerNote], Signed(now.Total - before.Total)),
            new("Pledged", Show.Count(now.Pledged), [ledgerNote], Signed(now.Pledged - before.Pledged)),
            new("Share of pledges deployed", Show.Share(now.ShareDeployed), [ledgerNote]),
        };
        if (now.InTraining > 0) figures.Add(new("In training", Show.Count(now.InTraining), [ledgerNote]));
        var mandate = Strength.MandateOn(ledger.Mandates, to);
        if (mandate is not null)
        {
            var mandateNotes = notes.Sources((await db.Mandates.AsNoTracking().Include(m => m.Sources).SingleAsync(m => m.Id == mandate.Id, ct)).Sources.Select(Citations.Dto));
            figures.Add(new("Authorised ceiling", mandate.Ceiling is { } c ? $"{Show.Count(c)} ({mandate.Instrument})" : $"none set in {mandate.Instrument}", mandateNotes));
        }
        if (now.Reported is { } reported)
            figures.Add(new($"Mission's own count, {now.ReportedOn:d MMMM yyyy}", Show.Count(reported), [ledgerNote]));

        var tables = new List<ReportTable>();
        if (movements.Count > 0)
            tables.Add(new("Arrivals and departures this week", ["Date", "Contributor", "Movement", "Personnel", "Counted"],
                movements.Select(m => new ReportRow([Show.Date(m.On), names.GetValueOrDefault(m.ContributorCode, m.ContributorCode),
                    FormChoices.KindLabel(Wire.Name(m.Kind)), Show.Count(m.Count), m.Counted ? "yes" : "no (disputed, another report is counted)"],
                    notes.Sources(m.Sources.Select(Citations.Dto)))).ToList()));
        else
            figures.Add(new("Arrivals and departures this week", "none recorded", [ledgerNote]));

        var changed = before.ByContributor.ToDictionary(c => c.Code);
        tables.Add(new("By contributing country", ["Country", "Pledged", "Deployed", "Change this week", "Share deployed"],
            now.ByContributor.Where(c => c.Pledged > 0 || c.Deployed > 0).Select(c => new ReportRow(
                [c.Name, Show.Count(c.Pledged), Show.Count(c.Deployed), Signed(c.Deployed - (changed.GetValueOrDefault(c.Code)?.Deployed ?? 0)), Show.Share(c.ShareDeployed)],
                [notes.Note($"Konbit force ledger: {c.Name}", $"/Forces/Contributor/{c.Code}")])).ToList()));

        var ends = WeekEnds();
        var points = ends.Select(d => Strength.On(ledger, d)).ToList();
        var chart = new ReportChart("Deployed, pledged and ceiling at the end of each week", ChartKind.Lines, ends.Select(WeekLabel).ToList(),
        [
            new("Deployed", points.Select(p => (double?)p.Total).ToList(), ChartDrawing.Blue),
            new("Pledged", points.Select(p => (double?)p.Pledged).ToList(), ChartDrawing.Orange),
            new("Ceiling", points.Select(p => (double?)p.Ceiling).ToList(), ChartDrawing.Grey),
        ]);
        return new("personnel", title, null, figures, tables, [chart]);
    }

    async Task<ReportSection> MandateAsync()
    {
        const string title = "Mandate";
        var mandate = await MandateStatus.CurrentAsync(db.Mandates.AsNoTracking().Include(m => m.Sources), to, ct);
        var status = MandateStatus.Of(mandate, to);
        if (mandate is null) return Empty("mandate", title, status.Message);
        var cited = notes.Sources(mandate.Sources.Select(Citations.Dto));
        List<ReportFigure> figures =
        [
            new("In force", $"{status.Instrument}, {status.Mission}", cited),
            new("Expires", status.Expires is { } e ? e.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "—", cited),
            new(status.Expired ? "Expired" : "Days left at the end of the week", status.Expired ? $"{-status.DaysLeft} days ago" : Show.Count(status.DaysLeft ?? 0), cited),
        ];
        return new("mandate", title, null, figures, [], []);
    }

    async Task<ReportSection> ConflictsAsync()
    {
        const string title = "Disagreements between sources";
        var all = await ConflictReads.AllAsync(db, ct);
        var recorded = await db.Conflicts.AsNoTracking().Where(c => c.CreatedAtUtc >= startUtc && c.CreatedAtUtc < endUtc).Select(c => c.Id).ToListAsync(ct);
        // New this week: recorded in Konbit during the week, or about figures dated in it.
        var relevant = all.Where(c => recorded.Contains(c.Id) || c.Values.Any(v => v.On >= from && v.On <= to)).ToList();
        if (relevant.Count == 0)
            return Empty("conflicts", title, "No disagreement between sources was recorded this week or concerns its figures.");
        var rows = relevant.Select(c => new ReportRow(
            [c.Subject, c.State == "open" ? "open" : "settled", string.Join("; ", c.Values.Select(v => v.Summary + (v.Counted ? " (counted)" : "")))],
            [notes.Note($"Konbit: {c.Subject}", $"/Sources/Conflicts#conflict-{c.Id}"), .. notes.Sources(c.Values.SelectMany(v => v.Sources))])).ToList();
        return new("conflicts", title, null,
            [new("Open disagreements in the ledger", Show.Count(all.Count(c => c.State == "open")), [notes.Note("Konbit: disagreements between sources", "/Sources/Conflicts")])],
            [new("Recorded this week or about this week's figures", ["Subject", "State", "Values reported"], rows)], []);
    }
}
