using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Konbit.Incidents.Import;

/// <summary>
/// Turns one CSV record into an incident, or says why it cannot (naming the column). Pure: no database, no clock
/// other than the date given, so that a strict validation pass and the import see the same verdicts.
/// </summary>
public sealed class RowParser(Layout layout, DateOnly today)
{
    public static readonly DateOnly Earliest = new(1997, 1, 1);
    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "d MMMM yyyy", "yyyy/MM/dd"];
    const int MaxRemembered = 10_000;
    readonly StringBuilder text = new(1024);
    readonly XxHash128 hasher = new();
    // A file names a handful of types and interactions a million times: each spelling is looked up once.
    readonly Dictionary<string, string?> eventTypes = [];
    readonly Dictionary<(string, string), string?> subTypes = [];
    readonly Dictionary<string, (byte? Interaction, byte? Inter1, byte? Inter2)> interactions = [];
    readonly Dictionary<string, byte?> inters = [];

    string? error;

    /// <summary>The incident of the current record, with every column except the P-codes, the run and the times.</summary>
    public Incident? Parse(CsvRecords csv, out string? reason)
    {
        if (csv.Broken is not null) { reason = $"broken quoting: {csv.Broken}"; return null; }
        if (csv.FieldCount != layout.Width) { reason = $"the row has {csv.FieldCount} fields where the header has {layout.Width} (broken quoting?)"; return null; }
        error = null;
        var incident = Build(csv);
        reason = error;
        return error is null ? incident : null;
    }

    /// <summary>Keeps the first problem of a row; the checks after it go on with a placeholder and are not reported.</summary>
    T Bad<T>(string message, T placeholder)
    {
        error ??= message;
        return placeholder;
    }

    Incident Build(CsvRecords csv)
    {
        string? Text(Field f) => layout.Has(f) && csv.Field(layout[f]).Trim() is { Length: > 0 } s ? s : null;

        var date = Date(Text(Field.EventDate));
        var rawType = Text(Field.EventType);
        var eventType = rawType is null ? Bad("event_type is empty", "")
            : Remember(eventTypes, rawType, Taxonomy.EventType) ?? Bad($"event_type '{rawType}' is not an ACLED event type", "");
        var rawSub = Text(Field.SubEventType);
        var subType = rawSub is null ? Bad("sub_event_type is empty", "")
            : Remember(subTypes, (eventType, rawSub), k => Taxonomy.SubEventType(k.Item1, k.Item2)) ?? Bad($"sub_event_type '{rawSub}' is not a sub-type of {eventType}", "");
        var disorder = Text(Field.DisorderType) is { } d
            ? Taxonomy.DisorderTypes.FirstOrDefault(t => t.Equals(d, StringComparison.OrdinalIgnoreCase)) ?? Bad($"disorder_type '{d}' is not an ACLED disorder type", "")
            : Taxonomy.DisorderFor(eventType, subType);

        var (interaction, fromText1, fromText2) = Text(Field.Interaction) is { } it
            ? Remember(interactions, it, Taxonomy.Interaction) is { Interaction: not null } parsed ? parsed : Bad<(byte?, byte?, byte?)>($"interaction '{it}' is not an ACLED interaction", default)
            : default;
        var inter1 = Inter(Text(Field.Inter1), "inter1") ?? fromText1;
        var inter2 = Inter(Text(Field.Inter2), "inter2") ?? fromText2;
        interaction ??= inter1 is { } a ? (byte)(inter2 is { } b ? Math.Min(a, b) * 10 + Math.Max(a, b) : a * 10) : null;

        var lat = Coordinate(Text(Field.Latitude), "latitude", 90);
        var lon = Coordinate(Text(Field.Longitude), "longitude", 180);
        if (lat.HasValue != lon.HasValue) Bad(lat.HasValue ? "longitude is empty while latitude is given" : "latitude is empty while longitude is given", 0);
        var id = Text(Field.EventId);
        if (id is { Length: > 100 }) Bad("event_id_cnty is longer than 100 characters", 0);

        var incident = new Incident
        {
            SourceId = "",
            Dataset = layout.Dataset,
            EventDate = date,
            TimePrecision = Precision(Text(Field.TimePrecision), "time_precision"),
            DisorderType = disorder,
            EventType = eventType,
            SubEventType = subType,
            Actor1 = Text(Field.Actor1) ?? Bad("actor1 is empty", ""),
            AssocActor1 = Text(Field.AssocActor1),
            Inter1 = inter1,
            Actor2 = Text(Field.Actor2),
            AssocActor2 = Text(Field.AssocActor2),
            Inter2 = inter2,
            Interaction = interaction,
            CivilianTargeting = Text(Field.CivilianTargeting),
            Admin1 = Text(Field.Admin1),
            Admin2 = Text(Field.Admin2),
            Admin3 = Text(Field.Admin3),
            Adm1Pcode = Code(Text(Field.Adm1Code)),
            Adm2Pcode = Code(Text(Field.Adm2Code)),
            Adm3Pcode = Code(Text(Field.Adm3Code)),
            Location = Text(Field.Location),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = Precision(Text(Field.GeoPrecision), "geo_precision"),
            SourceNames = Text(Field.Source),
            SourceScale = Text(Field.SourceScale),
            Notes = Text(Field.Notes),
            Tags = Text(Field.Tags),
            Fatalities = Count(Text(Field.Fatalities), "fatalities") ?? 0,
            Injured = Count(Text(Field.Injured), "injured"),
            Abducted = Count(Text(Field.Abducted), "abducted"),
            Displaced = Count(Text(Field.Displaced), "displaced"),
            SourceTimestamp = Timestamp(Text(Field.Timestamp)),
        };
        incident.Derive();
        // Without an id, the fields that define the event stand for it; the notes tell apart same-day events in one place.
        incident.SourceId = id ?? "row:" + Hash(incident.EventDate, incident.EventType, incident.SubEventType, incident.Actor1, incident.Actor2,
            incident.Admin1, incident.Admin2, incident.Admin3, incident.Location, incident.Latitude, incident.Longitude, incident.Notes);
        incident.Synthetic = incident.SourceId.StartsWith("SYN", StringComparison.OrdinalIgnoreCase)
            || incident.Tags?.Contains("synthetic", StringComparison.OrdinalIgnoreCase) == true;
        if (incident.Synthetic) incident.Dataset = "synthetic";
        incident.RowHash = Hash(incident.SourceId, incident.EventDate, incident.TimePrecision, incident.DisorderType, incident.EventType,
            incident.SubEventType, incident.Actor1, incident.AssocActor1, incident.Inter1, incident.Actor2, incident.AssocActor2, incident.Inter2,
            incident.Interaction, incident.CivilianTargeting, incident.Admin1, incident.Admin2, incident.Admin3, incident.Adm1Pcode,
            incident.Adm2Pcode, incident.Adm3Pcode, incident.Location, incident.Latitude, incident.Longitude, incident.GeoPrecision,
            incident.SourceNames, incident.SourceScale, incident.Notes, incident.Tags, incident.Fatalities, incident.Injured,
            incident.Abducted, incident.Displaced, incident.SourceTimestamp);
        return incident;
    }

    /// <summary>
    /// A 128-bit hash of the values, as 32 hex digits. Not cryptographic: it tells rows apart and changes apart, and
    /// SHA-256 would cost more than parsing the row.
    /// </summary>
    string Hash(params object?[] values)
    {
        text.Clear();
        foreach (var v in values)
        {
            if (v is IFormattable f) text.Append(f.ToString(null, CultureInfo.InvariantCulture)); else text.Append(v);
            text.Append('\u001f');
        }
        hasher.Reset();
        foreach (var chunk in text.GetChunks()) hasher.Append(MemoryMarshal.AsBytes(chunk.Span));
        Span<byte> digest = stackalloc byte[16];
        hasher.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }

    static TValue Remember<TKey, TValue>(Dictionary<TKey, TValue> known, TKey key, Func<TKey, TValue> find) where TKey : notnull
    {
        if (known.TryGetValue(key, out var value)) return value;
        value = find(key);
        if (known.Count < MaxRemembered) known[key] = value;
        return value;
    }

        DateOnly Date(string? value)
    {
        if (value is null) return Bad("event_date is empty", Earliest);
        if (!Iso(value, out var date) && !DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
            return Bad($"event_date '{value}' is not a date (expected YYYY-MM-DD)", Earliest);
        if (date < Earliest) return Bad($"event_date {date:yyyy-MM-dd} is before 1997, when ACLED's records begin", Earliest);
        if (date > today) return Bad($"event_date {date:yyyy-MM-dd} is in the future", Earliest);
        return date;
    }

    /// <summary>The common case, YYYY-MM-DD, without the cost of the general parser.</summary>
    static bool Iso(string s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ||
            y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    byte? Inter(string? value, string column) =>
        value is null ? null : Remember(inters, value, Taxonomy.Inter) ?? Bad<byte?>($"{column} '{value}' is not an ACLED inter code (1-8 or its name)", null);

    double? Coordinate(string? value, string column, double limit)
    {
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            return Bad<double?>($"{column} '{value}' is not a number", null);
        if (Math.Abs(v) > limit) return Bad<double?>($"{column} {value} is outside -{limit}..{limit}", null);
        return v;
    }

    byte Precision(string? value, string column) =>
        value is null ? (byte)1 : Whole(value, column) is >= 1 and <= 3 and var p ? (byte)p : Bad($"{column} '{value}' is not 1, 2 or 3", (byte)1);

    int? Count(string? value, string column)
    {
        if (value is null) return null;
        var n = Whole(value, column);
        if (n < 0) return Bad<int?>($"{column} {value} is negative", null);
        return n > int.MaxValue ? Bad<int?>($"{column} {value} is too large", null) : (int)n;
    }

    long? Timestamp(string? value) => value is null ? null : Whole(value, "timestamp");

    /// <summary>A whole number; "3.0" is accepted because spreadsheets and pandas re-save integer columns that way.</summary>
    long Whole(string value, string column)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && Math.Abs(d) < long.MaxValue) return (long)d;
        return Bad($"{column} '{value}' is not a whole number", 0L);
    }

    static string? Code(string? value) => value is { Length: <= 12 } && value.StartsWith("HT", StringComparison.OrdinalIgnoreCase) ? value.ToUpperInvariant() : null;
}
