using System.Globalization;

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
    readonly RowHasher hash = new();
    readonly StringPool pool = new(50_000);
    // A file names a handful of types and interactions a million times: each spelling is looked up once.
    readonly Dictionary<string, string?> eventTypes = [];
    readonly Dictionary<(string, string), string?> subTypes = [];
    readonly Dictionary<string, (byte? Interaction, byte? Inter1, byte? Inter2)> interactions = [];
    readonly Dictionary<string, byte?> inters = [];
    readonly Dictionary<string, string?> disorders = [];

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
        // Most values are read from the record's characters; only free text (ids, notes) becomes a new string per row.
        ReadOnlySpan<char> Span(Field f, out bool escaped)
        {
            escaped = false;
            if (!layout.Has(f)) return default;
            var i = layout[f];
            escaped = csv.Escaped(i);
            return escaped ? csv.Field(i).AsSpan().Trim() : csv.Span(i).Trim();
        }
        string? Text(Field f) => Span(f, out var escaped) is { Length: > 0 } s ? (escaped ? new string(s) : s.ToString()) : null;
        string? Shared(Field f) => Span(f, out _) is { Length: > 0 } s ? pool.Get(s) : null;

        var date = Date(Span(Field.EventDate, out _));
        var rawType = Shared(Field.EventType);
        var eventType = rawType is null ? Bad("event_type is empty", "")
            : Remember(eventTypes, rawType, Taxonomy.EventType) ?? Bad($"event_type '{rawType}' is not an ACLED event type", "");
        var rawSub = Shared(Field.SubEventType);
        var subType = rawSub is null ? Bad("sub_event_type is empty", "")
            : Remember(subTypes, (eventType, rawSub), k => Taxonomy.SubEventType(k.Item1, k.Item2)) ?? Bad($"sub_event_type '{rawSub}' is not a sub-type of {eventType}", "");
        var disorder = Shared(Field.DisorderType) is { } d
            ? Remember(disorders, d, d => Taxonomy.DisorderTypes.FirstOrDefault(t => t.Equals(d, StringComparison.OrdinalIgnoreCase))) ?? Bad($"disorder_type '{d}' is not an ACLED disorder type", "")
            : Taxonomy.DisorderFor(eventType, subType);

        var (interaction, fromText1, fromText2) = Shared(Field.Interaction) is { } it
            ? Remember(interactions, it, Taxonomy.Interaction) is { Interaction: not null } parsed ? parsed : Bad<(byte?, byte?, byte?)>($"interaction '{it}' is not an ACLED interaction", default)
            : default;
        var inter1 = Inter(Shared(Field.Inter1), "inter1") ?? fromText1;
        var inter2 = Inter(Shared(Field.Inter2), "inter2") ?? fromText2;
        interaction ??= inter1 is { } a ? (byte)(inter2 is { } b ? Math.Min(a, b) * 10 + Math.Max(a, b) : a * 10) : null;

        var lat = Coordinate(Span(Field.Latitude, out _), "latitude", 90);
        var lon = Coordinate(Span(Field.Longitude, out _), "longitude", 180);
        if (lat.HasValue != lon.HasValue) Bad(lat.HasValue ? "longitude is empty while latitude is given" : "latitude is empty while longitude is given", 0);
        var id = Text(Field.EventId);
        if (id is { Length: > 100 }) Bad("event_id_cnty is longer than 100 characters", 0);

        var incident = new Incident
        {
            SourceId = "",
            Dataset = layout.Dataset,
            EventDate = date,
            TimePrecision = Precision(Span(Field.TimePrecision, out _), "time_precision"),
            DisorderType = disorder,
            EventType = eventType,
            SubEventType = subType,
            Actor1 = Shared(Field.Actor1) ?? Bad("actor1 is empty", ""),
            AssocActor1 = Shared(Field.AssocActor1),
            Inter1 = inter1,
            Actor2 = Shared(Field.Actor2),
            AssocActor2 = Shared(Field.AssocActor2),
            Inter2 = inter2,
            Interaction = interaction,
            CivilianTargeting = Shared(Field.CivilianTargeting),
            Admin1 = Shared(Field.Admin1),
            Admin2 = Shared(Field.Admin2),
            Admin3 = Shared(Field.Admin3),
            Adm1Pcode = Code(Shared(Field.Adm1Code)),
            Adm2Pcode = Code(Shared(Field.Adm2Code)),
            Adm3Pcode = Code(Shared(Field.Adm3Code)),
            Location = Shared(Field.Location),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = Precision(Span(Field.GeoPrecision, out _), "geo_precision"),
            SourceNames = Shared(Field.Source),
            SourceScale = Shared(Field.SourceScale),
            Notes = Text(Field.Notes),
            Tags = Shared(Field.Tags),
            Fatalities = Count(Span(Field.Fatalities, out _), "fatalities") ?? 0,
            Injured = Count(Span(Field.Injured, out _), "injured"),
            Abducted = Count(Span(Field.Abducted, out _), "abducted"),
            Displaced = Count(Span(Field.Displaced, out _), "displaced"),
            SourceTimestamp = Timestamp(Span(Field.Timestamp, out _)),
        };
        incident.Derive();
        // Without an id, the fields that define the event stand for it; the notes tell apart same-day events in one place.
        incident.SourceId = id ?? "row:" + hash.Start().Add(incident.EventDate).Add(incident.EventType).Add(incident.SubEventType)
            .Add(incident.Actor1).Add(incident.Actor2).Add(incident.Admin1).Add(incident.Admin2).Add(incident.Admin3)
            .Add(incident.Location).Add(incident.Latitude).Add(incident.Longitude).Add(incident.Notes).Hex();
        incident.Synthetic = incident.SourceId.StartsWith("SYN", StringComparison.OrdinalIgnoreCase)
            || incident.Tags?.Contains("synthetic", StringComparison.OrdinalIgnoreCase) == true;
        if (incident.Synthetic) incident.Dataset = "synthetic";
        incident.RowHash = hash.Start().Add(incident.SourceId).Add(incident.EventDate).Add(incident.TimePrecision).Add(incident.DisorderType)
            .Add(incident.EventType).Add(incident.SubEventType).Add(incident.Actor1).Add(incident.AssocActor1).Add(incident.Inter1)
            .Add(incident.Actor2).Add(incident.AssocActor2).Add(incident.Inter2).Add(incident.Interaction).Add(incident.CivilianTargeting)
            .Add(incident.Admin1).Add(incident.Admin2).Add(incident.Admin3).Add(incident.Adm1Pcode).Add(incident.Adm2Pcode)
            .Add(incident.Adm3Pcode).Add(incident.Location).Add(incident.Latitude).Add(incident.Longitude).Add(incident.GeoPrecision)
            .Add(incident.SourceNames).Add(incident.SourceScale).Add(incident.Notes).Add(incident.Tags).Add(incident.Fatalities)
            .Add(incident.Injured).Add(incident.Abducted).Add(incident.Displaced).Add(incident.SourceTimestamp).Hex();
        return incident;
    }

    static TValue Remember<TKey, TValue>(Dictionary<TKey, TValue> known, TKey key, Func<TKey, TValue> find) where TKey : notnull
    {
        if (known.TryGetValue(key, out var value)) return value;
        value = find(key);
        if (known.Count < MaxRemembered) known[key] = value;
        return value;
    }

    DateOnly Date(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return Bad("event_date is empty", Earliest);
        if (!Iso(value, out var date) && !DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
            return Bad($"event_date '{value}' is not a date (expected YYYY-MM-DD)", Earliest);
        if (date < Earliest) return Bad($"event_date {date:yyyy-MM-dd} is before 1997, when ACLED's records begin", Earliest);
        if (date > today) return Bad($"event_date {date:yyyy-MM-dd} is in the future", Earliest);
        return date;
    }

    /// <summary>The common case, YYYY-MM-DD, without the cost of the general parser.</summary>
    static bool Iso(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(s.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(s.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ||
            y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    byte? Inter(string? value, string column) =>
        value is null ? null : Remember(inters, value, Taxonomy.Inter) ?? Bad<byte?>($"{column} '{value}' is not an ACLED inter code (1-8 or its name)", null);

    double? Coordinate(ReadOnlySpan<char> value, string column, double limit)
    {
        if (value.IsEmpty) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            return Bad<double?>($"{column} '{value}' is not a number", null);
        if (Math.Abs(v) > limit) return Bad<double?>($"{column} {value} is outside -{limit}..{limit}", null);
        return v;
    }

    byte Precision(ReadOnlySpan<char> value, string column) =>
        value.IsEmpty ? (byte)1 : Whole(value, column) is >= 1 and <= 3 and var p ? (byte)p : Bad($"{column} '{value}' is not 1, 2 or 3", (byte)1);

    int? Count(ReadOnlySpan<char> value, string column)
    {
        if (value.IsEmpty) return null;
        var n = Whole(value, column);
        if (n < 0) return Bad<int?>($"{column} {value} is negative", null);
        return n > int.MaxValue ? Bad<int?>($"{column} {value} is too large", null) : (int)n;
    }

    long? Timestamp(ReadOnlySpan<char> value) => value.IsEmpty ? null : Whole(value, "timestamp");

    /// <summary>A whole number; "3.0" is accepted because spreadsheets and pandas re-save integer columns that way.</summary>
    long Whole(ReadOnlySpan<char> value, string column)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && Math.Abs(d) < long.MaxValue) return (long)d;
        return Bad($"{column} '{value}' is not a whole number", 0L);
    }

    static string? Code(string? value) => value is { Length: <= 12 } && value.StartsWith("HT", StringComparison.OrdinalIgnoreCase) ? value.ToUpperInvariant() : null;
}
