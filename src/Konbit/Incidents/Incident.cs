using Konbit.Sources;

namespace Konbit.Incidents;

/// <summary>
/// One event: a gang attack, a clash, an abduction, a protest. The fields follow ACLED's so that its exports import
/// without loss and export back in its layout; the mission's own fields (involvement, response) sit beside them.
/// </summary>
public sealed class Incident
{
    public long Id { get; set; }

    /// <summary>
    /// The event's identity in the dataset it came from: ACLED's event_id_cnty (HTI12345), or, for re-saved exports
    /// that dropped it, "row:" and a hash of the row's defining fields (so re-importing the same file adds nothing).
    /// Hand-recorded incidents get "KON-" and their number.
    /// </summary>
    public required string SourceId { get; set; }
    /// <summary>Where the record came from: acled, hxl, manual, synthetic.</summary>
    public required string Dataset { get; set; }
    /// <summary>Synthetic events (load tests, demos) are marked so that they can never pass for real ones.</summary>
    public bool Synthetic { get; set; }

    public DateOnly EventDate { get; set; }
    /// <summary>yyyymm of <see cref="EventDate"/>, kept so grouping by month is an index read on both providers.</summary>
    public int Month { get; set; }
    /// <summary>ACLED time_precision: 1 the day is known, 2 the week, 3 the month.</summary>
    public byte TimePrecision { get; set; } = 1;

    public required string DisorderType { get; set; }
    public required string EventType { get; set; }
    public required string SubEventType { get; set; }

    public required string Actor1 { get; set; }
    public string? AssocActor1 { get; set; }
    /// <summary>ACLED inter codes: 1 state forces ... 8 external/other forces (see <see cref="Taxonomy.InterNames"/>).</summary>
    public byte? Inter1 { get; set; }
    public string? Actor2 { get; set; }
    public string? AssocActor2 { get; set; }
    public byte? Inter2 { get; set; }
    /// <summary>ACLED interaction code: the two inter codes, lower first (37 = political militia against civilians).</summary>
    public byte? Interaction { get; set; }
    public string? CivilianTargeting { get; set; }

    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Admin3 { get; set; }
    public string? Adm1Pcode { get; set; }
    public string? Adm2Pcode { get; set; }
    public string? Adm3Pcode { get; set; }
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>ACLED geo_precision: 1 the town itself, 2 near it, 3 only the region.</summary>
    public byte GeoPrecision { get; set; } = 1;
    /// <summary>Coordinates that fall outside Haiti: kept as given, flagged for review.</summary>
    public bool OutsideHaiti { get; set; }

    /// <summary>ACLED's source column: the outlets that reported the event, as text.</summary>
    public string? SourceNames { get; set; }
    public string? SourceScale { get; set; }
    public string? Notes { get; set; }
    public string? Tags { get; set; }

    public int Fatalities { get; set; }
    /// <summary>Where sources give a range ("between 70 and 115 killed"): low and high beside the best estimate.</summary>
    public int? FatalitiesLow { get; set; }
    public int? FatalitiesHigh { get; set; }
    public int? Injured { get; set; }
    public int? Abducted { get; set; }
    public int? Displaced { get; set; }

    /// <summary>ACLED's timestamp (Unix seconds of its last update): a newer one replaces the stored version.</summary>
    public long? SourceTimestamp { get; set; }
    /// <summary>Hash of the imported fields, to tell an unchanged re-import from a changed one when no timestamp says.</summary>
    public string? RowHash { get; set; }

    // The mission's own fields.
    public bool MissionInvolved { get; set; }
    public string? RespondingUnits { get; set; }
    public DateTime? AlertedAtUtc { get; set; }
    public DateTime? DepartedAtUtc { get; set; }
    public DateTime? ArrivedAtUtc { get; set; }
    /// <summary>Minutes from alert to arrival; derived on every write, stored so that medians are quick.</summary>
    public int? ResponseMinutes { get; set; }

    /// <summary>The import that last wrote this record (its file is cited as a source); null when recorded by hand.</summary>
    public long? ImportRunId { get; set; }
    /// <summary>Sources cited by hand (forms and API), as for every other figure in Konbit.</summary>
    public List<Source> Sources { get; set; } = [];

    public DateTime RecordedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Keeps the derived columns in step with the ones they derive from. Call before every write.</summary>
    public void Derive()
    {
        Month = EventDate.Year * 100 + EventDate.Month;
        ResponseMinutes = AlertedAtUtc is { } a && ArrivedAtUtc is { } b && b >= a ? (int)Math.Round((b - a).TotalMinutes) : null;
    }
}

/// <summary>An earlier version of an incident, kept when an import or a correction replaced it.</summary>
public sealed class IncidentRevision
{
    public long Id { get; set; }
    public long IncidentId { get; set; }
    public DateTime ReplacedAtUtc { get; set; }
    public required string ReplacedBy { get; set; }
    /// <summary>Why: "import of FILE (newer ACLED timestamp)", "correction".</summary>
    public required string Reason { get; set; }
    /// <summary>The replaced version's fields as a JSON object.</summary>
    public required string Snapshot { get; set; }
}
