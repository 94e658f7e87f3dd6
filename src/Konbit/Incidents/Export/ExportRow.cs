namespace Konbit.Incidents.Export;

/// <summary>
/// The fields of an incident that leave in an export, read with one projection so that a million-row export never
/// loads sources, revisions or change tracking.
/// </summary>
public sealed class ExportRow
{
    public long Id { get; init; }
    public required string SourceId { get; init; }
    public bool Synthetic { get; init; }
    public DateOnly EventDate { get; init; }
    public byte TimePrecision { get; init; }
    public required string DisorderType { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string Actor1 { get; init; }
    public string? AssocActor1 { get; init; }
    public byte? Inter1 { get; init; }
    public string? Actor2 { get; init; }
    public string? AssocActor2 { get; init; }
    public byte? Inter2 { get; init; }
    public byte? Interaction { get; init; }
    public string? CivilianTargeting { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Admin3 { get; init; }
    public string? Adm1Pcode { get; init; }
    public string? Adm2Pcode { get; init; }
    public string? Adm3Pcode { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public byte GeoPrecision { get; init; }
    public string? SourceNames { get; init; }
    public string? SourceScale { get; init; }
    public string? Notes { get; init; }
    public int Fatalities { get; init; }
    public int? FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public int? Injured { get; init; }
    public int? Abducted { get; init; }
    public int? Displaced { get; init; }
    public string? Tags { get; init; }
    public long? SourceTimestamp { get; init; }
    public DateTime UpdatedAtUtc { get; init; }
    public bool MissionInvolved { get; init; }
    public string? RespondingUnits { get; init; }
    public int? ResponseMinutes { get; init; }

    /// <summary>ACLED's timestamp when the event came from ACLED; otherwise when Konbit last changed it.</summary>
    public long Timestamp => SourceTimestamp ?? new DateTimeOffset(DateTime.SpecifyKind(UpdatedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    /// <summary>The filtered incidents in the order they were recorded (the primary key: a plain scan on both providers).</summary>
    public static IQueryable<ExportRow> From(IQueryable<Incident> incidents) =>
        incidents.OrderBy(i => i.Id).Select(i => new ExportRow
        {
            Id = i.Id, SourceId = i.SourceId, Synthetic = i.Synthetic, EventDate = i.EventDate, TimePrecision = i.TimePrecision,
            DisorderType = i.DisorderType, EventType = i.EventType, SubEventType = i.SubEventType,
            Actor1 = i.Actor1, AssocActor1 = i.AssocActor1, Inter1 = i.Inter1, Actor2 = i.Actor2, AssocActor2 = i.AssocActor2,
            Inter2 = i.Inter2, Interaction = i.Interaction, CivilianTargeting = i.CivilianTargeting,
            Admin1 = i.Admin1, Admin2 = i.Admin2, Admin3 = i.Admin3, Adm1Pcode = i.Adm1Pcode, Adm2Pcode = i.Adm2Pcode, Adm3Pcode = i.Adm3Pcode,
            Location = i.Location, Latitude = i.Latitude, Longitude = i.Longitude, GeoPrecision = i.GeoPrecision,
            SourceNames = i.SourceNames, SourceScale = i.SourceScale, Notes = i.Notes,
            Fatalities = i.Fatalities, FatalitiesLow = i.FatalitiesLow, FatalitiesHigh = i.FatalitiesHigh,
            Injured = i.Injured, Abducted = i.Abducted, Displaced = i.Displaced, Tags = i.Tags,
            SourceTimestamp = i.SourceTimestamp, UpdatedAtUtc = i.UpdatedAtUtc,
            MissionInvolved = i.MissionInvolved, RespondingUnits = i.RespondingUnits, ResponseMinutes = i.ResponseMinutes,
        });
}
