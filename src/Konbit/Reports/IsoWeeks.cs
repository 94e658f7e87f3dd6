using System.Globalization;
using System.Text.RegularExpressions;

namespace Konbit.Reports;

/// <summary>ISO 8601 weeks ("2025-W06"): Monday to Sunday, week 1 being the one with the year's first Thursday.</summary>
public static partial class IsoWeeks
{
    [GeneratedRegex(@"^([0-9]{4})-?W([0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>Monday and Sunday of the week named, or an error message that says what a week looks like.</summary>
    public static (DateOnly From, DateOnly To)? Parse(string? text, out string? error)
    {
        error = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            error = $"week must be an ISO week such as 2025-W06, not \"{text}\".";
            return null;
        }
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var week = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            error = $"week {text} does not exist: {year} has weeks 1 to {(year is >= 1900 and <= 2200 ? ISOWeek.GetWeeksInYear(year) : 52)}.";
            return null;
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return (monday, monday.AddDays(6));
    }

    public static string Name(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}";

    /// <summary>The last complete week before the one holding <paramref name="today"/>: what a weekly report is about by default.</summary>
    public static string LastComplete(DateOnly today) => Name(today.AddDays(-7));
}
