namespace Konbit.Forces;

/// <summary>Personnel in pre-deployment training: counted as "in training" from the start until the expected ready date.</summary>
public sealed class TrainingCohort : Report
{
    public required string ContributorCode { get; set; }
    public int Count { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly ExpectedReadyOn { get; set; }
}
