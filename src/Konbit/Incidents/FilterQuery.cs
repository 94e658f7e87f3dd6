using System.Globalization;
using Konbit.Shared;
using Microsoft.Extensions.Primitives;

namespace Konbit.Incidents;

/// <summary>
/// An <see cref="IncidentFilter"/> read from a page's query string, with the values as typed (to show them back in
/// the form) and the query string the API and exports take, so the map, chart, table and downloads agree.
/// </summary>
public sealed class FilterQuery
{
    /// <summary>The filter's parameters, named as the API names them.</summary>
    public static readonly string[] Names = ["from", "to", "eventType", "subEventType", "actor", "area", "mission", "q", "synthetic"];

    public static readonly FilterQuery Empty = new(new IncidentFilter(), new Dictionary<string, string>());

    readonly Dictionary<string, string> values;

    FilterQuery(IncidentFilter filter, Dictionary<string, string> values) => (Filter, this.values) = (filter, values);

    public IncidentFilter Filter { get; }

    /// <summary>A parameter as the reader typed it, or null.</summary>
    public string? this[string name] => values.GetValueOrDefault(name);

    public bool Any => values.Count > 0;

    /// <summary>The filter as a query string (without "?"); empty parameters are left out.</summary>
    public string QueryString => With();

    /// <summary>The query string with some parameters added or replaced (null removes one).</summary>
    public string With(params (string Name, string? Value)[] changes)
    {
        var all = new Dictionary<string, string>(values);
        foreach (var (name, value) in changes)
            if (value is null) all.Remove(name); else all[name] = value;
        return string.Join("&", all.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));
    }

    public static (FilterQuery Query, Errors Errors) Parse(IQueryCollection query)
    {
        var errors = new Errors();
        var values = new Dictionary<string, string>();
        foreach (var name in Names)
            if (Text(query[name]) is { } v) values[name] = v;

        var filter = new IncidentFilter
        {
            From = Date("from", values, errors),
            To = Date("to", values, errors),
            EventType = values.GetValueOrDefault("eventType"),
            SubEventType = values.GetValueOrDefault("subEventType"),
            Actor = values.GetValueOrDefault("actor"),
            Area = values.GetValueOrDefault("area"),
            Mission = Bool("mission", values, errors),
            Q = values.GetValueOrDefault("q"),
            Synthetic = Bool("synthetic", values, errors),
        };
        // The filter's own rules (an unknown event type, from after to) only make sense once each value parsed.
        if (!errors.Any)
            foreach (var (field, messages) in filter.Validate().ToDictionary())
                foreach (var message in messages) errors.Add(field, message);
        return (new FilterQuery(filter, values), errors);
    }

    static string? Text(StringValues value) => string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();

    static DateOnly? Date(string field, Dictionary<string, string> values, Errors errors)
    {
        if (!values.TryGetValue(field, out var text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(field, $"{field} '{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    static bool? Bool(string field, Dictionary<string, string> values, Errors errors)
    {
        if (!values.TryGetValue(field, out var text)) return null;
        if (bool.TryParse(text, out var b)) return b;
        errors.Add(field, $"{field} '{text}' is not true or false.");
        return null;
    }
}
