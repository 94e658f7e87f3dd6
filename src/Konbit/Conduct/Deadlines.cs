namespace Konbit.Conduct;

/// <summary>
/// How long each step may take before the queue calls the case overdue. The figures follow UN practice for
/// complaints against uniformed personnel: a prompt first assessment (faster for sexual exploitation and abuse), ten
/// days for a contributing country to say whether it will investigate, and ninety days for an investigation.
/// An officer can set another date on any change.
/// </summary>
public static class Deadlines
{
    public static DateOnly? Next(CaseStatus status, ComplaintCategory category, DateOnly today) => status switch
    {
        CaseStatus.Received => today.AddDays(category == ComplaintCategory.SexualExploitationOrAbuse ? 3 : 7),
        CaseStatus.UnderAssessment => today.AddDays(category == ComplaintCategory.SexualExploitationOrAbuse ? 7 : 14),
        CaseStatus.ReferredToContributor => today.AddDays(10),
        CaseStatus.UnderInvestigation => today.AddDays(90),
        _ => null,
    };

    public static bool IsOverdue(DateOnly? dueOn, DateOnly today) => dueOn is { } due && due < today;
}
