using NpgsqlTypes;

namespace Konbit.Incidents.Import;

/// <summary>
/// The columns an import writes, with their values and PostgreSQL types. The mission's own fields (involvement,
/// response, hand-cited sources) and RecordedAtUtc are never in it, so an updated row keeps them.
/// </summary>
static class IncidentColumns
{
    public sealed record Column(string Name, NpgsqlDbType Type, Func<Incident, object?> Value);

    public static readonly Column[] All =
    [
        new("SourceId", NpgsqlDbType.Varchar, i => i.SourceId),
        new("Dataset", NpgsqlDbType.Varchar, i => i.Dataset),
        new("Synthetic", NpgsqlDbType.Boolean, i => i.Synthetic),
        new("EventDate", NpgsqlDbType.Date, i => i.EventDate),
        new("Month", NpgsqlDbType.Integer, i => i.Month),
        new("TimePrecision", NpgsqlDbType.Smallint, i => (short)i.TimePrecision),
        new("DisorderType", NpgsqlDbType.Varchar, i => i.DisorderType),
        new("EventType", NpgsqlDbType.Varchar, i => i.EventType),
        new("SubEventType", NpgsqlDbType.Varchar, i => i.SubEventType),
        new("Actor1", NpgsqlDbType.Text, i => i.Actor1),
        new("AssocActor1", NpgsqlDbType.Text, i => i.AssocActor1),
        new("Inter1", NpgsqlDbType.Smallint, i => (short?)i.Inter1),
        new("Actor2", NpgsqlDbType.Text, i => i.Actor2),
        new("AssocActor2", NpgsqlDbType.Text, i => i.AssocActor2),
        new("Inter2", NpgsqlDbType.Smallint, i => (short?)i.Inter2),
        new("Interaction", NpgsqlDbType.Smallint, i => (short?)i.Interaction),
        new("CivilianTargeting", NpgsqlDbType.Text, i => i.CivilianTargeting),
        new("Admin1", NpgsqlDbType.Text, i => i.Admin1),
        new("Admin2", NpgsqlDbType.Text, i => i.Admin2),
        new("Admin3", NpgsqlDbType.Text, i => i.Admin3),
        new("Adm1Pcode", NpgsqlDbType.Varchar, i => i.Adm1Pcode),
        new("Adm2Pcode", NpgsqlDbType.Varchar, i => i.Adm2Pcode),
        new("Adm3Pcode", NpgsqlDbType.Varchar, i => i.Adm3Pcode),
        new("Location", NpgsqlDbType.Text, i => i.Location),
        new("Latitude", NpgsqlDbType.Double, i => i.Latitude),
        new("Longitude", NpgsqlDbType.Double, i => i.Longitude),
        new("GeoPrecision", NpgsqlDbType.Smallint, i => (short)i.GeoPrecision),
        new("OutsideHaiti", NpgsqlDbType.Boolean, i => i.OutsideHaiti),
        new("SourceNames", NpgsqlDbType.Text, i => i.SourceNames),
        new("SourceScale", NpgsqlDbType.Text, i => i.SourceScale),
        new("Notes", NpgsqlDbType.Text, i => i.Notes),
        new("Tags", NpgsqlDbType.Text, i => i.Tags),
        new("Fatalities", NpgsqlDbType.Integer, i => i.Fatalities),
        new("FatalitiesLow", NpgsqlDbType.Integer, i => i.FatalitiesLow),
        new("FatalitiesHigh", NpgsqlDbType.Integer, i => i.FatalitiesHigh),
        new("Injured", NpgsqlDbType.Integer, i => i.Injured),
        new("Abducted", NpgsqlDbType.Integer, i => i.Abducted),
        new("Displaced", NpgsqlDbType.Integer, i => i.Displaced),
        new("SourceTimestamp", NpgsqlDbType.Bigint, i => i.SourceTimestamp),
        new("RowHash", NpgsqlDbType.Varchar, i => i.RowHash),
        new("ImportRunId", NpgsqlDbType.Bigint, i => i.ImportRunId),
        new("UpdatedAtUtc", NpgsqlDbType.TimestampTz, i => i.UpdatedAtUtc),
    ];

    /// <summary>Every column of the Incidents table, for the JSON snapshot of a replaced version.</summary>
    public static readonly string[] Stored =
    [
        "Id", .. All.Select(c => c.Name), "MissionInvolved", "RespondingUnits", "AlertedAtUtc", "DepartedAtUtc", "ArrivedAtUtc",
        "ResponseMinutes", "RecordedAtUtc",
    ];

    public static string List(string prefix = "") => string.Join(", ", All.Select(c => prefix + Q(c.Name)));
    public static string Q(string name) => '"' + name + '"';

    /// <summary>Which version wins: a newer ACLED timestamp when both rows carry one, else any change of content.</summary>
    public static bool Replaces(long? newTimestamp, string? newHash, long? oldTimestamp, string? oldHash) =>
        newTimestamp is { } n && oldTimestamp is { } o ? n > o : newHash != oldHash;

    public static string Reason(string fileName, bool byTimestamp) =>
        Truncate($"import of {fileName} ({(byTimestamp ? "newer ACLED timestamp" : "changed row")})", 300);

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
