using Konbit.Forces;
using Konbit.Shared;
using Konbit.Sources;

namespace Konbit.Gaps;

/// <param name="ExceedsPledge">A delivery that takes what was delivered against its pledge beyond the pledge: allowed, flagged.</param>
public sealed record EquipmentEntryDto(int Id, string Kind, string Category, int Quantity, DateOnly On, string? Donor, string? Contributor,
    int? Pledge, bool ExceedsPledge, string? Note, IReadOnlyList<SourceDto> Sources);

/// <param name="Basis">"serviceable" when a serviceable count is known (plus what was delivered after it), else "delivered".</param>
/// <param name="Gap">Required minus available, never below zero; null when no requirement is stated.</param>
public sealed record CategoryGapDto(string Category, int? Required, DateOnly? RequiredOn, int Pledged, int Delivered,
    int? Serviceable, DateOnly? ServiceableOn, int DeliveredSinceCount, int Available, string Basis, int? Gap, IReadOnlyList<int> SourceIds);

public sealed record EquipmentGapsDto(DateOnly On, IReadOnlyList<CategoryGapDto> Categories);

public sealed record FundingEntryDto(int Id, string Kind, string Donor, string? Contributor, string Channel, DateOnly On, decimal Amount,
    string Currency, decimal RateToUsd, DateOnly RateOn, decimal AmountUsd, string? Note, IReadOnlyList<SourceDto> Sources);

/// <param name="ShareReceived">Received over budget (0.11 for 11%); pledges and receipts count in the period their date falls in.</param>
public sealed record BudgetPeriodDto(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, decimal BudgetUsd, decimal PledgedUsd,
    decimal ReceivedUsd, double ShareReceived, string? Note, IReadOnlyList<SourceDto> Sources);

public static class GapsMapping
{
    /// <summary>A row's sources in one cell of a download: each one's address, else its reference, else its title.</summary>
    public static string SourcesCell(IEnumerable<SourceDto> sources) => string.Join(" ", sources.Select(s => s.Url ?? s.Reference ?? s.Title));

    static IReadOnlyList<SourceDto> Cited(Report r) => r.Sources.OrderBy(s => s.Id).Select(Citations.Dto).ToList();

    public static EquipmentEntryDto Dto(this EquipmentEntry e, bool exceedsPledge = false) => new(e.Id, Wire.Name(e.Kind), Wire.Name(e.Category),
        e.Quantity, e.On, e.Donor, e.ContributorCode, e.PledgeId, exceedsPledge, e.Note, Cited(e));

    public static FundingEntryDto Dto(this FundingEntry f) => new(f.Id, Wire.Name(f.Kind), f.Donor, f.ContributorCode, Wire.Name(f.Channel),
        f.On, f.Amount, f.Currency, f.RateToUsd, f.RateOn, f.AmountUsd, f.Note, Cited(f));

    public static BudgetPeriodDto Dto(this BudgetPeriod p, IReadOnlyList<FundingEntry> money)
    {
        decimal Sum(FundingKind kind) => money.Where(m => m.Kind == kind && m.On >= p.StartsOn && m.On <= p.EndsOn).Sum(m => m.AmountUsd);
        var received = Sum(FundingKind.Receipt);
        return new(p.Id, p.Name, p.StartsOn, p.EndsOn, p.BudgetUsd, Sum(FundingKind.Pledge), received,
            p.BudgetUsd == 0 ? 0 : (double)Math.Round(received / p.BudgetUsd, 4), p.Note, Cited(p));
    }
}
