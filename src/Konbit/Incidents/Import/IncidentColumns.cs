using NpgsqlTypes;

namespace Konbit.Incidents.Import;

/// <summary>
/// The columns an import writes, with their values and PostgreSQL types. The mission's own fields (involvement,
/// response, hand-cited sources) and RecordedAtUtc are never in it, so an updated row keeps them.
/// </summary>
static class IncidentColumns
{
    /// <summary>A column, written to a sink with its own type (no boxing per value).</summary>
    public sealed record Column(string Name, NpgsqlDbType Type, Action<Incident, IColumnSink> Write)
    {
        /// <summary>The value boxed, for the rare paths (updates) that go through parameters.</summary>
        public object? Value(Incident incident)
        {
            var box = new Box();
            Write(incident, box);
            return box.Value;
        }
    }

    /// <summary>Where a row's values go, one call per column in the order of <see cref="All"/>.</summary>
    public interface IColumnSink
    {
        void Text(string? value);
        void Boolean(bool value);
        void Short(short? value);
        void Integer(int? value);
        void Long(long? value);
        void Double(double? value);
        void Date(DateOnly value);
        void Time(DateTime value);
    }

    sealed class Box : IColumnSink
    {
        public object? Value;
        public void Text(string? value) => Value = value;
        public void Boolean(bool value) => Value = value;
        public void Short(short? value) => Value = value;
        public void Integer(int? value) => Value = value;
        public void Long(long? value) => Value = value;
        public void Double(double? value) => Value = value;
        public void Date(DateOnly value) => Value = value;
        public void Time(DateTime value) => Value = value;
    }

    public static readonly Column[] All =
    [
        new("SourceId", NpgsqlDbType.Varchar, (i, s) => s.Text(i.SourceId)),
        new("Dataset", NpgsqlDbType.Varchar, (i, s) => s.Text(i.Dataset)),
        new("Synthetic", NpgsqlDbType.Boolean, (i, s) => s.Boolean(i.Synthetic)),
        new("EventDate", NpgsqlDbType.Date, (i, s) => s.Date(i.EventDate)),
        new("Month", NpgsqlDbType.Integer, (i, s) => s.Integer(i.Month)),
        new("TimePrecision", NpgsqlDbType.Smallint, (i, s) => s.Short((short)i.TimePrecision)),
        new("DisorderType", NpgsqlDbType.Varchar, (i, s) => s.Text(i.DisorderType)),
        new("EventType", NpgsqlDbType.Varchar, (i, s) => s.Text(i.EventType)),
        new("SubEventType", NpgsqlDbType.Varchar, (i, s) => s.Text(i.SubEventType)),
        new("Actor1", NpgsqlDbType.Text, (i, s) => s.Text(i.Actor1)),
        new("AssocActor1", NpgsqlDbType.Text, (i, s) => s.Text(i.AssocActor1)),
        new("Inter1", NpgsqlDbType.Smallint, (i, s) => s.Short((short?)i.Inter1)),
        new("Actor2", NpgsqlDbType.Text, (i, s) => s.Text(i.Actor2)),
        new("AssocActor2", NpgsqlDbType.Text, (i, s) => s.Text(i.AssocActor2)),
        new("Inter2", NpgsqlDbType.Smallint, (i, s) => s.Short((short?)i.Inter2)),
        new("Interaction", NpgsqlDbType.Smallint, (i, s) => s.Short((short?)i.Interaction)),
        new("CivilianTargeting", NpgsqlDbType.Text, (i, s) => s.Text(i.CivilianTargeting)),
        new("Admin1", NpgsqlDbType.Text, (i, s) => s.Text(i.Admin1)),
        new("Admin2", NpgsqlDbType.Text, (i, s) => s.Text(i.Admin2)),
        new("Admin3", NpgsqlDbType.Text, (i, s) => s.Text(i.Admin3)),
        new("Adm1Pcode", NpgsqlDbType.Varchar, (i, s) => s.Text(i.Adm1Pcode)),
        new("Adm2Pcode", NpgsqlDbType.Varchar, (i, s) => s.Text(i.Adm2Pcode)),
        new("Adm3Pcode", NpgsqlDbType.Varchar, (i, s) => s.Text(i.Adm3Pcode)),
        new("Location", NpgsqlDbType.Text, (i, s) => s.Text(i.Location)),
        new("Latitude", NpgsqlDbType.Double, (i, s) => s.Double(i.Latitude)),
        new("Longitude", NpgsqlDbType.Double, (i, s) => s.Double(i.Longitude)),
        new("GeoPrecision", NpgsqlDbType.Smallint, (i, s) => s.Short((short)i.GeoPrecision)),
        new("OutsideHaiti", NpgsqlDbType.Boolean, (i, s) => s.Boolean(i.OutsideHaiti)),
        new("SourceNames", NpgsqlDbType.Text, (i, s) => s.Text(i.SourceNames)),
        new("SourceScale", NpgsqlDbType.Text, (i, s) => s.Text(i.SourceScale)),
        new("Notes", NpgsqlDbType.Text, (i, s) => s.Text(i.Notes)),
        new("Tags", NpgsqlDbType.Text, (i, s) => s.Text(i.Tags)),
        new("Fatalities", NpgsqlDbType.Integer, (i, s) => s.Integer(i.Fatalities)),
        new("FatalitiesLow", NpgsqlDbType.Integer, (i, s) => s.Integer(i.FatalitiesLow)),
        new("FatalitiesHigh", NpgsqlDbType.Integer, (i, s) => s.Integer(i.FatalitiesHigh)),
        new("Injured", NpgsqlDbType.Integer, (i, s) => s.Integer(i.Injured)),
        new("Abducted", NpgsqlDbType.Integer, (i, s) => s.Integer(i.Abducted)),
        new("Displaced", NpgsqlDbType.Integer, (i, s) => s.Integer(i.Displaced)),
        new("SourceTimestamp", NpgsqlDbType.Bigint, (i, s) => s.Long(i.SourceTimestamp)),
        new("RowHash", NpgsqlDbType.Varchar, (i, s) => s.Text(i.RowHash)),
        new("ImportRunId", NpgsqlDbType.Bigint, (i, s) => s.Long(i.ImportRunId)),
        new("UpdatedAtUtc", NpgsqlDbType.TimestampTz, (i, s) => s.Time(i.UpdatedAtUtc)),
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
