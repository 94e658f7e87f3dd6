using Konbit.Forces;
using Konbit.Gaps;
using Konbit.Shared;

namespace Konbit.Indicators;

/// <summary>
/// One line of the results framework: what the mission measures for a task of its mandate, where it started
/// (baseline), where it means to be by when (targets), and how its value is known: computed from Konbit's own
/// ledgers (<see cref="Metric"/>), or entered with a source (<see cref="Values"/>).
/// </summary>
public sealed class Indicator : ISeeded
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Definition { get; set; }
    public required string Unit { get; set; }
    public IndicatorDirection Direction { get; set; }
    /// <summary>The mandate task the indicator serves, in the mandate's words.</summary>
    public required string MandateTask { get; set; }
    public decimal Baseline { get; set; }
    public DateOnly BaselineOn { get; set; }
    /// <summary>How far short of the expected value still counts as "at risk", as a share of the distance from the baseline to the target.</summary>
    public decimal Tolerance { get; set; } = IndicatorMath.DefaultTolerance;
    /// <summary>Null: the values are entered, each with its source.</summary>
    public IndicatorMetric? Metric { get; set; }
    /// <summary>Incident metrics: the department (P-code) they count in; null for the whole country.</summary>
    public string? DepartmentPcode { get; set; }
    /// <summary>Equipment gap: the category whose gap is measured.</summary>
    public EquipmentCategory? EquipmentCategory { get; set; }
    public List<IndicatorTarget> Targets { get; set; } = [];
    public List<IndicatorValue> Values { get; set; } = [];
    public string? SeedKey { get; set; }
    public bool EditedByUser { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum IndicatorDirection { Higher, Lower }

/// <summary>What Konbit computes from its own data; the unit each gives is in <see cref="IndicatorMetrics.UnitOf"/>.</summary>
public enum IndicatorMetric
{
    PersonnelDeployed, PledgedDeployedShare, MedianResponseHours, IncidentsPerMonth, FatalitiesPerMonth,
    ComplaintsClosedWithin90Days, EquipmentGap,
}

/// <summary>The value an indicator should reach by a date.</summary>
public sealed class IndicatorTarget
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>An entered value of an indicator on a date, citing the sources that state it.</summary>
public sealed class IndicatorValue : Report
{
    public int IndicatorId { get; set; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
}
