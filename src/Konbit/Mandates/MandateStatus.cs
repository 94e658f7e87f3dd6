using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Mandates;

public sealed record MandateStatusDto(string? Instrument, string? Mission, DateOnly? Expires, int? DaysLeft, bool Expired, bool Warning, string Message);

/// <summary>The countdown to the current mandate's expiry, and whether every page should warn about it.</summary>
public static class MandateStatus
{
    public const int WarningDays = 90;

    public static async Task<MandateStatusDto> OnAsync(KonbitDb db, DateOnly today, CancellationToken ct) =>
        Of(await CurrentAsync(db.Mandates.AsNoTracking(), today, ct), today);

    /// <summary>The current mandate is the latest that has started; if it has expired, that is what people must see.</summary>
    public static Task<Mandate?> CurrentAsync(IQueryable<Mandate> mandates, DateOnly today, CancellationToken ct) =>
        mandates.Where(m => m.StartsOn <= today).OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Id).FirstOrDefaultAsync(ct);

    public static MandateStatusDto Of(Mandate? current, DateOnly today)
    {
        if (current is null)
            return new(null, null, null, null, false, true, "No mandate in force is recorded: the mission has no recorded legal basis.");
        var days = current.ExpiresOn.DayNumber - today.DayNumber;
        if (days < 0)
            return new(current.Instrument, current.Mission, current.ExpiresOn, days, true, true,
                $"The latest mandate, {current.Instrument}, expired on {current.ExpiresOn:d MMMM yyyy} ({-days} days ago). No renewal is recorded.");
        var warning = days <= WarningDays;
        return new(current.Instrument, current.Mission, current.ExpiresOn, days, false, warning,
            days == 0 ? $"{current.Instrument} expires today."
            : $"{current.Instrument} expires on {current.ExpiresOn:d MMMM yyyy}, in {days} day{(days == 1 ? "" : "s")}.");
    }
}
