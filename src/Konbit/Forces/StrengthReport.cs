namespace Konbit.Forces;

/// <summary>
/// A headcount stated by a source: "N personnel of X in Haiti on date D". A report about the whole mission uses the
/// null contributor.
/// </summary>
public sealed class StrengthReport : Report
{
    public string? ContributorCode { get; set; }
    public DateOnly AsOf { get; set; }
    public int Count { get; set; }
}
