using Konbit.Sources;

namespace Konbit.Incidents;

/// <summary>An incident as the list, the map's points and the table show it.</summary>
public sealed record IncidentItem(long Id, string SourceId, DateOnly EventDate, string EventType, string SubEventType, string Actor1,
    string? Actor2, string? Admin1, string? Admin2, string? Adm1Pcode, string? Adm2Pcode, string? Location, double? Latitude,
    double? Longitude, int Fatalities, bool MissionInvolved, bool Synthetic);

public sealed record IncidentPage(int Total, int Page, int PageSize, List<IncidentItem> Items);

/// <summary>A page of incidents as GeoJSON; total, page and pageSize are foreign members, as GeoJSON allows.</summary>
public sealed record IncidentFeatures(int Total, int Page, int PageSize, List<IncidentFeature> Features)
{
    public string Type => "FeatureCollection";
}

public sealed record IncidentFeature(long Id, PointGeometry Geometry, IncidentItem Properties)
{
    public string Type => "Feature";
}

/// <summary>A GeoJSON point: longitude first.</summary>
public sealed record PointGeometry(double[] Coordinates)
{
    public string Type => "Point";
}

/// <summary>Every field of an incident, where it came from and what it replaced.</summary>
public sealed record IncidentDetail(
    long Id, string SourceId, string Dataset, bool Synthetic,
    DateOnly EventDate, int TimePrecision, string DisorderType, string EventType, string SubEventType,
    string Actor1, string? AssocActor1, int? Inter1, string? Actor2, string? AssocActor2, int? Inter2, int? Interaction, string? CivilianTargeting,
    string? Admin1, string? Admin2, string? Admin3, string? Adm1Pcode, string? Adm2Pcode, string? Adm3Pcode,
    string? Location, double? Latitude, double? Longitude, int GeoPrecision, bool OutsideHaiti,
    string? SourceNames, string? SourceScale, string? Notes, string? Tags,
    int Fatalities, int? FatalitiesLow, int? FatalitiesHigh, int? Injured, int? Abducted, int? Displaced, long? SourceTimestamp,
    bool MissionInvolved, string? RespondingUnits, DateTime? AlertedAtUtc, DateTime? DepartedAtUtc, DateTime? ArrivedAtUtc, int? ResponseMinutes,
    DateTime RecordedAtUtc, DateTime UpdatedAtUtc,
    List<SourceDto> Sources, ImportedFrom? ImportedFrom, List<RevisionDto> Revisions);

public sealed record ImportedFrom(long RunId, string FileName, DateTime StartedAtUtc);

public sealed record RevisionDto(DateTime ReplacedAtUtc, string ReplacedBy, string Reason);

/// <summary>
/// Events and fatalities per group. Each row holds the group's keys (adm1, adm2, month, eventType, subEventType,
/// actor), a name beside each P-code (adm1Name, adm2Name), then events and fatalities.
/// </summary>
public sealed record IncidentSummary(List<string> GroupBy, int Events, int Fatalities, List<Dictionary<string, object?>> Rows);

public sealed record IncidentMap(int Level, List<MapUnit> Units, Tally Unplaced);

public sealed record MapUnit(string Pcode, string Name, double Latitude, double Longitude, int Events, int Fatalities);

public sealed record Tally(int Events, int Fatalities);

public sealed record ResponseTimesDto(ResponseFigure Overall, List<MonthResponse> ByMonth, List<DepartmentResponse> ByDepartment);

public sealed record ResponseFigure(int Count, double? MedianMinutes, double? P90Minutes);

public sealed record MonthResponse(string Month, int Count, double? MedianMinutes, double? P90Minutes);

public sealed record DepartmentResponse(string? Pcode, string? Name, int Count, double? MedianMinutes, double? P90Minutes);
