using System.Globalization;

namespace Konbit.Shared;

/// <summary>The date a page's "On" box asks for: today when empty, or today with a message when it is not a date.</summary>
public static class ChosenDate
{
    public static (DateOnly On, string? Problem) Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return (today, null);
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return (today, $"'{text}' is not a date in the form YYYY-MM-DD; showing today.");
        // Month-by-month histories run up to the date: a date centuries away would be a long walk to nothing.
        return parsed.Year is >= 1990 and <= 2100 ? (parsed, null) : (today, $"{text} is outside 1990 to 2100; showing today.");
    }
}
