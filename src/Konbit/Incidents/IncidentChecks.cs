using Konbit.Shared;

namespace Konbit.Incidents;

/// <summary>The rules of a hand-recorded incident, each message naming its field (as the API spells it) first.</summary>
sealed class IncidentChecks(Errors errors, DateTime now)
{
    /// <summary>ACLED's records begin in 1997; nothing earlier is an event of this log.</summary>
    public static readonly DateOnly Earliest = new(1997, 1, 1);

    DateOnly Today => DateOnly.FromDateTime(now);

    public DateOnly? EventDate(DateOnly? value)
    {
        if (value is null) errors.Add("eventDate", "eventDate is required.");
        else if (value < Earliest) errors.Add("eventDate", $"eventDate {value:yyyy-MM-dd} is before 1997, where ACLED's records begin.");
        else if (value > Today) errors.Add("eventDate", $"eventDate {value:yyyy-MM-dd} is in the future (today is {Today:yyyy-MM-dd}).");
        return value;
    }

    /// <summary>ACLED's time and geo precision codes; absent means 1.</summary>
    public byte Precision(string field, int? value, string meaning)
    {
        if (value is null) return 1;
        if (value is >= 1 and <= 3) return (byte)value;
        errors.Add(field, $"{field} must be {meaning}, not {value}.");
        return 1;
    }

    public (string? EventType, string? SubEventType) Types(string? eventType, string? subEventType)
    {
        string? type = null, sub = null;
        if (string.IsNullOrWhiteSpace(eventType))
            errors.Add("eventType", $"eventType is required: one of {string.Join(", ", Taxonomy.EventTypes)}.");
        else if ((type = Taxonomy.EventType(eventType)) is null)
            errors.Add("eventType", $"eventType '{eventType.Trim()}' is not an ACLED event type (one of {string.Join(", ", Taxonomy.EventTypes)}).");
        if (string.IsNullOrWhiteSpace(subEventType))
            errors.Add("subEventType", type is null ? "subEventType is required." : $"subEventType is required: one of {string.Join(", ", Taxonomy.SubEventTypes[type])}.");
        else if (type is not null && (sub = Taxonomy.SubEventType(type, subEventType)) is null)
            errors.Add("subEventType", $"subEventType '{subEventType.Trim()}' is not a sub-type of {type} (one of {string.Join(", ", Taxonomy.SubEventTypes[type])}).");
        return (type, sub);
    }

    public byte? Inter(string field, int? value)
    {
        if (value is null) return null;
        if (value is >= 1 and <= 8) return (byte)value;
        errors.Add(field, $"{field} must be an ACLED inter code from 1 to 8 ({string.Join(", ", Taxonomy.InterNames.Select(kv => $"{kv.Key} {kv.Value}"))}), not {value}.");
        return null;
    }

    /// <summary>Both or neither; coordinates outside Haiti are kept (and flagged), impossible ones refused.</summary>
    public (double? Latitude, double? Longitude) Coordinates(double? latitude, double? longitude)
    {
        if (latitude is null && longitude is null) return (null, null);
        if (latitude is null) errors.Add("latitude", "latitude is required with a longitude.");
        else if (!double.IsFinite(latitude.Value) || latitude is < -90 or > 90) errors.Add("latitude", $"latitude {latitude} is outside -90 to 90.");
        if (longitude is null) errors.Add("longitude", "longitude is required with a latitude.");
        else if (!double.IsFinite(longitude.Value) || longitude is < -180 or > 180) errors.Add("longitude", $"longitude {longitude} is outside -180 to 180.");
        return errors.Has("latitude") || errors.Has("longitude") ? (null, null) : (latitude, longitude);
    }

    /// <summary>Counts of people in one event: zero or more, and below what one event could plausibly hold.</summary>
    public int? People(string field, int? value, int max)
    {
        if (value is null) return null;
        if (value < 0) errors.Add(field, $"{field} must be 0 or more, not {value}.");
        else if (value > max) errors.Add(field, $"{field} of {value:N0} is not plausible for one event (the limit is {max:N0}).");
        return value;
    }

    /// <summary>The best estimate lies within the range the sources give.</summary>
    public void Range(int? low, int best, int? high)
    {
        if (low > best) errors.Add("fatalitiesLow", $"fatalitiesLow ({low}) is above fatalities ({best}): the low estimate cannot exceed the best one.");
        if (high < best) errors.Add("fatalitiesHigh", $"fatalitiesHigh ({high}) is below fatalities ({best}): the high estimate cannot be under the best one.");
    }

    /// <summary>Alerted, then set out, then arrived; none in the future. Times without a zone are taken as UTC.</summary>
    public (DateTime? Alerted, DateTime? Departed, DateTime? Arrived) Response(DateTime? alerted, DateTime? departed, DateTime? arrived)
    {
        alerted = Utc("alertedAtUtc", alerted);
        departed = Utc("departedAtUtc", departed);
        arrived = Utc("arrivedAtUtc", arrived);
        if (departed < alerted)
            errors.Add("departedAtUtc", $"departedAtUtc {At(departed)} is before alertedAtUtc {At(alerted)}: the mission sets out after it is alerted.");
        if (arrived < departed)
            errors.Add("arrivedAtUtc", $"arrivedAtUtc {At(arrived)} is before departedAtUtc {At(departed)}: the mission arrives after it sets out.");
        else if (departed is null && arrived < alerted)
            errors.Add("arrivedAtUtc", $"arrivedAtUtc {At(arrived)} is before alertedAtUtc {At(alerted)}: the mission arrives after it is alerted.");
        return (alerted, departed, arrived);
    }

    DateTime? Utc(string field, DateTime? value)
    {
        if (value is not { } t) return null;
        t = t.Kind switch
        {
            DateTimeKind.Local => t.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(t, DateTimeKind.Utc),
            _ => t,
        };
        // A few minutes of grace for a client clock that runs ahead.
        if (t > now.AddMinutes(10)) errors.Add(field, $"{field} {At(t)} is in the future (now is {At(now)}).");
        else if (DateOnly.FromDateTime(t) < Earliest) errors.Add(field, $"{field} {At(t)} is before 1997.");
        return t;
    }

    static string At(DateTime? t) => t is { } v ? Show.Utc(v) : "";
}
