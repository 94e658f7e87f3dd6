using System.Globalization;
using System.Text.Json;

namespace Konbit.Shared;

/// <summary>
/// How pages write numbers and dates: thousands separators and ISO dates whatever the server's culture, so every
/// reader sees the same figures and browser tests can rely on them.
/// </summary>
public static class Show
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(int n) => n.ToString("N0", Invariant);

    public static string Count(int? n) => n is { } v ? Count(v) : "—";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "—";

    public static string Utc(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", Invariant) + " UTC";

    /// <summary>A share such as 0.9912 as "99.1%"; "—" when nothing is pledged.</summary>
    public static string Share(double? share) => share is { } s ? (s * 100).ToString("0.#", Invariant) + "%" : "—";

    public static string Plural(int n, string one, string many) => $"{Count(n)} {(n == 1 ? one : many)}";

    /// <summary>An audit image (a JSON object of field values) as "Field: value; …", leaving out empty fields.</summary>
    public static string Changes(string? json)
    {
        if (string.IsNullOrEmpty(json)) return "";
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return json;
        return string.Join("; ", doc.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}"));
    }
}
