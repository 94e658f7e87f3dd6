using System.Text.Json;
using System.Text.Json.Serialization;

namespace Konbit.Seed;

/// <summary>The shape of mission-seed.json: the mission's public facts, each with the keys of its sources.</summary>
public sealed record SeedData(
    List<SeedData.SourceRow> Sources, List<SeedData.ContributorRow> Contributors, List<SeedData.MandateRow> Mandates,
    List<SeedData.PledgeRow> Pledges, List<SeedData.MovementRow> Movements, List<SeedData.CohortRow> Cohorts,
    List<SeedData.StrengthReportRow> StrengthReports, List<SeedData.ConflictRow> Conflicts)
{
    public sealed record SourceRow(string Key, string Kind, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Reference);
    public sealed record ContributorRow(string Code, string Name, bool LeadNation);
    public sealed record MandateRow(string Key, string Instrument, string Mission, DateOnly Adopted, string? Vote, DateOnly Starts, DateOnly Expires,
        int? Ceiling, string? CeilingNote, List<string> Tasks, string? Predecessor, string? Relation, List<string> Sources, string? Note);
    public sealed record PledgeRow(string Key, string Contributor, int Count, string Category, DateOnly Announced, string Status,
        string? Supersedes, List<string> Sources, string? Note);
    public sealed record MovementRow(string Key, string Contributor, string Kind, DateOnly On, int Count, string? Contingent, List<string> Sources, string? Note);
    public sealed record CohortRow(string Key, string Contributor, int Count, DateOnly StartedOn, DateOnly ExpectedReadyOn, List<string> Sources, string? Note);
    public sealed record StrengthReportRow(string Key, string? Contributor, DateOnly AsOf, int Count, List<string> Sources, string? Note);
    public sealed record ConflictRow(string Key, string Subject, string Kind, List<string> Records, string Counted, string? Note);

    /// <summary>Strict reading: an unknown or missing member is an error in the dataset, not a silent gap.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>The dataset shipped inside the executable.</summary>
    public static SeedData Embedded()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream("Konbit.Seed.mission-seed.json")
            ?? throw new InvalidOperationException("The seed dataset is missing from the build.");
        return JsonSerializer.Deserialize<SeedData>(stream, Json) ?? throw new InvalidDataException("The seed dataset is empty.");
    }
}
