namespace Konbit.Incidents;

/// <summary>
/// One bucket of the incident rollup: the events and fatalities of a month, commune, event type, mission involvement
/// and synthetic flag. The map and most summaries add up these tens of thousands of rows instead of millions of
/// incidents (see <see cref="IncidentRollup"/> and docs/decisions/0006-incident-rollup.md). The columns are named as
/// on <see cref="Incident"/> so that one projection serves both.
/// </summary>
public sealed class IncidentCount
{
    public long Id { get; set; }
    public int Month { get; set; }
    public string? Adm1Pcode { get; set; }
    public string? Adm2Pcode { get; set; }
    public required string EventType { get; set; }
    public bool MissionInvolved { get; set; }
    public bool Synthetic { get; set; }
    public int Events { get; set; }
    public int Fatalities { get; set; }
}

/// <summary>
/// The single row (Id 1) saying how current the rollup is. <see cref="LogVersion"/> moves in the same transaction as
/// every change to Incidents; <see cref="RollupVersion"/> is the LogVersion the rollup holds. Equal: the rollup answers.
/// </summary>
public sealed class IncidentLogState
{
    public int Id { get; set; }
    public long LogVersion { get; set; }
    public long RollupVersion { get; set; }
}
