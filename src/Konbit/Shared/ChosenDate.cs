using System.Globalization;

namespace Konbit.Shared;

/// <summary>The date a page's "On" box asks for: today when empty, or today with a message when it is not a date.</summary>
public static class ChosenDate
{
    /// <summary>
    /// The dates a question may be asked about. Month-by-month histories run up to the date: one centuries away would
    /// be a long walk to nothing.
    /// </summary>
    public static bool Reasonable(DateOnly d) => d.Year is >= 1990 and <= 2100;

    public const string Range = "between 1990-01-01 and 2100-12-31";

    public static (DateOnly On, string? Problem) Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return (today, null);
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return (today, $"'{text}' is not a date in the form YYYY-MM-DD; showing today.");
        return Reasonable(parsed) ? (parsed, null) : (today, $"{text} is not {Range}; showing today.");
    }
}
