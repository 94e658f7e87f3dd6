namespace Konbit.Forces;

/// <summary>Personnel arriving in or leaving Haiti on a date.</summary>
public sealed class Movement : Report
{
    public required string ContributorCode { get; set; }
    public MovementKind Kind { get; set; }
    public DateOnly On { get; set; }
    public int Count { get; set; }
    public string? Contingent { get; set; }

    public int SignedCount => Kind == MovementKind.Arrival ? Count : -Count;
}

public enum MovementKind { Arrival, RotationOut, Repatriation, DeathInService }
