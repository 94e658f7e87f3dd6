using System.Globalization;

namespace Konbit.Shared;

/// <summary>The date a page's "On" box asks for: today when empty, or today with a message when it is not a date.</summary>
public static class ChosenDate
{
    public static (DateOnly On, string? Problem) Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return (today, null);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? (parsed, null)
            : (today, $"'{text}' is not a date in the form YYYY-MM-DD; showing today.");
    }
}
