namespace Konbit.Reports;

// Indicators of the results framework that are off track at the end of the week.
public sealed partial class WeeklyBuilder
{
    Task<ReportSection> IndicatorsAsync() =>
        Task.FromResult(Empty("indicators", "Indicators off track", "No indicator is defined yet."));
}
