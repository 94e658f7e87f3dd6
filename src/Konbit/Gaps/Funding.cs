using Konbit.Forces;

namespace Konbit.Gaps;

/// <summary>
/// Money promised or received, in the currency the donor used, with the rate that turned it into US dollars. The
/// dollar figure is fixed when recorded, so a later rate cannot quietly change what was reported.
/// </summary>
public sealed class FundingEntry : Report
{
    public FundingKind Kind { get; set; }
    public required string Donor { get; set; }
    public string? ContributorCode { get; set; }
    public FundingChannel Channel { get; set; }
    /// <summary>Pledges: the date announced; receipts: the date the money (or the goods) arrived.</summary>
    public DateOnly On { get; set; }
    public decimal Amount { get; set; }
    /// <summary>ISO 4217 alphabetic code.</summary>
    public required string Currency { get; set; }
    /// <summary>US dollars per unit of <see cref="Currency"/>.</summary>
    public decimal RateToUsd { get; set; }
    public DateOnly RateOn { get; set; }
    public decimal AmountUsd { get; set; }
}

public enum FundingKind { Pledge, Receipt }

public enum FundingChannel { TrustFund, Bilateral, InKind }

/// <summary>A span of the mission's budget (say, its first year) against which receipts are measured.</summary>
public sealed class BudgetPeriod : Report
{
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal BudgetUsd { get; set; }
}
