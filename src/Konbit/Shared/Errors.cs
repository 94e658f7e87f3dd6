namespace Konbit.Shared;

/// <summary>Validation messages by field name, in the shape of RFC 7807 problem details' "errors" member.</summary>
public sealed class Errors
{
    readonly Dictionary<string, List<string>> byField = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => byField.Count > 0;

    public int MessageCount => byField.Values.Sum(l => l.Count);

    public Errors Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
        list.Add(message);
        return this;
    }

    public bool Has(string field) => byField.ContainsKey(field);

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    /// <summary>Counts of people: positive, and below anything a mission could field.</summary>
    public int? Count(string field, int? value, int max = 100_000)
    {
        if (value is null) Add(field, $"{field} is required.");
        else if (value <= 0) Add(field, $"{field} must be a positive number of personnel, not {value}.");
        else if (value > max) Add(field, $"{field} of {value:N0} is not plausible (the limit is {max:N0}).");
        return value;
    }

    /// <summary>Dates of mission events: not before 2020 and not more than a year ahead of today.</summary>
    public DateOnly? Date(string field, DateOnly? value, DateOnly today, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, $"{field} is required.");
            return null;
        }
        if (value < new DateOnly(2020, 1, 1)) Add(field, $"{field} {value:yyyy-MM-dd} is before 2020.");
        else if (value > today.AddYears(1)) Add(field, $"{field} {value:yyyy-MM-dd} is more than a year ahead of today ({today:yyyy-MM-dd}).");
        return value;
    }

    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (value is null && required) Add(field, $"{field} is required.");
        else if (value is not null && value.Length > maxLength) Add(field, $"{field} is longer than {maxLength} characters.");
        return value;
    }

    /// <summary>Parses an enum name case-insensitively; the message lists what is allowed.</summary>
    public TEnum? Choice<TEnum>(string field, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, $"{field} is required: one of {Allowed<TEnum>()}."); return null; }
        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value.Trim()[0]))
            return parsed;
        Add(field, $"{field} '{value}' is not one of {Allowed<TEnum>()}.");
        return null;
    }

    public static string Allowed<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(Wire.Name));
}

/// <summary>How enum values are written on the wire and in forms: camelCase names.</summary>
public static class Wire
{
    public static string Name(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Name(value.ToString());
}
