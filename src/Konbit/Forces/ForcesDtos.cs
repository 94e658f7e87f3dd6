using Konbit.Shared;
using Konbit.Sources;

namespace Konbit.Forces;

public sealed record ContributorDto(string Code, string Name, bool LeadNation, int Pledged, int InTraining, int Deployed,
    int? Reported, DateOnly? ReportedOn, double? ShareDeployed);

public sealed record PledgeDto(int Id, string Contributor, int Count, string Category, DateOnly AnnouncedOn, string Status,
    int? Supersedes, bool Counted, int? ConflictId, string? Note, IReadOnlyList<SourceDto> Sources);

public sealed record MovementDto(int Id, string Contributor, string Kind, DateOnly On, int Count, string? Contingent,
    bool Counted, int? ConflictId, string? Note, IReadOnlyList<SourceDto> Sources);

public sealed record CohortDto(int Id, string Contributor, int Count, DateOnly StartedOn, DateOnly ExpectedReadyOn,
    string? Note, IReadOnlyList<SourceDto> Sources);

public sealed record StrengthReportDto(int Id, string? Contributor, DateOnly AsOf, int Count, bool Counted, int? ConflictId,
    string? Note, IReadOnlyList<SourceDto> Sources);

public sealed record ContributorLedgerDto(ContributorDto Contributor, IReadOnlyList<PledgeDto> Pledges, IReadOnlyList<MovementDto> Movements,
    IReadOnlyList<CohortDto> TrainingCohorts, IReadOnlyList<StrengthReportDto> StrengthReports);

public sealed record NewContributor(string? Code, string? Name, bool LeadNation = false);

/// <summary>Hand-written mappings from entities (loaded with their sources) to wire records.</summary>
public static class ForcesMapping
{
    static IReadOnlyList<SourceDto> Cited(Report r) => r.Sources.OrderBy(s => s.Id).Select(Citations.Dto).ToList();

    public static PledgeDto Dto(this Pledge p) => new(p.Id, p.ContributorCode, p.Count, Wire.Name(p.Category), p.AnnouncedOn,
        Wire.Name(p.Status), p.SupersedesId, p.Counted, p.ConflictId, p.Note, Cited(p));

    public static MovementDto Dto(this Movement m) => new(m.Id, m.ContributorCode, Wire.Name(m.Kind), m.On, m.Count, m.Contingent,
        m.Counted, m.ConflictId, m.Note, Cited(m));

    public static CohortDto Dto(this TrainingCohort c) => new(c.Id, c.ContributorCode, c.Count, c.StartedOn, c.ExpectedReadyOn, c.Note, Cited(c));

    public static StrengthReportDto Dto(this StrengthReport r) => new(r.Id, r.ContributorCode, r.AsOf, r.Count, r.Counted, r.ConflictId, r.Note, Cited(r));

    public static ContributorDto Dto(this ContributorStrengthDto s) =>
        new(s.Code, s.Name, s.LeadNation, s.Pledged, s.InTraining, s.Deployed, s.Reported, s.ReportedOn, s.ShareDeployed);
}
