using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

public sealed record RecordFunding(string? Donor, string? Channel, DateOnly? On, decimal? Amount, string? Currency,
    decimal? RateToUsd, DateOnly? RateOn, string? Note, int[]? SourceIds, SourceInput? Source);

public sealed record RecordBudgetPeriod(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, decimal? BudgetUsd, string? Note,
    int[]? SourceIds, SourceInput? Source);

/// <summary>The funding ledger's writes, shared by the API and the forms; coordinators only.</summary>
public sealed class FundingWrites(KonbitDb db, TimeProvider clock)
{
    const decimal MaxAmount = 1_000_000_000_000m;

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<FundingEntry>> RecordAsync(FundingKind kind, RecordFunding input, CancellationToken ct)
    {
        var errors = new Errors();
        var (donor, contributor) = await Donors.ResolveAsync(db, input.Donor, errors, ct);
        var on = errors.Date("on", input.On, Today);
        var amount = Money(errors, "amount", input.Amount);
        var currency = input.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency)) errors.Add("currency", "currency is required: an ISO 4217 code such as USD or EUR.");
        else if (!Currencies.Known.Contains(currency))
            errors.Add("currency", $"Unknown currency code '{currency}'. Use an ISO 4217 code such as USD, EUR or CAD.");
        var (rate, rateOn) = Rate(errors, currency, input.RateToUsd, input.RateOn ?? (currency == "USD" ? on : null));
        var entry = new FundingEntry
        {
            Kind = kind,
            Donor = donor ?? "",
            ContributorCode = contributor,
            Channel = errors.Choice<FundingChannel>("channel", input.Channel) ?? default,
            On = on ?? default,
            Amount = amount ?? 0,
            Currency = currency ?? "",
            RateToUsd = rate ?? 0,
            RateOn = rateOn ?? default,
            AmountUsd = Math.Round((amount ?? 0) * (rate ?? 0), 2, MidpointRounding.AwayFromZero),
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        entry.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        return await SaveAsync(entry, errors, ct);
    }

    public async Task<Outcome<BudgetPeriod>> RecordPeriodAsync(RecordBudgetPeriod input, CancellationToken ct)
    {
        var errors = new Errors();
        var period = new BudgetPeriod
        {
            Name = errors.Text("name", input.Name, 100, required: true) ?? "",
            StartsOn = errors.Date("startsOn", input.StartsOn, Today) ?? default,
            // A budget is set for the years ahead, so its end may lie beyond the usual one year.
            EndsOn = errors.Date("endsOn", input.EndsOn, Today.AddYears(4)) ?? default,
            BudgetUsd = Money(errors, "budgetUsd", input.BudgetUsd) ?? 0,
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (input.StartsOn is not null && input.EndsOn is not null && period.EndsOn <= period.StartsOn)
            errors.Add("endsOn", $"endsOn {Show.Date(period.EndsOn)} must be after startsOn {Show.Date(period.StartsOn)}.");
        else if (!errors.Has("startsOn") && !errors.Has("endsOn") && await OverlappedAsync(period, ct) is { } other)
            errors.Add("startsOn", $"{Show.Date(period.StartsOn)} to {Show.Date(period.EndsOn)} overlaps the period \"{other.Name}\" " +
                $"({Show.Date(other.StartsOn)} to {Show.Date(other.EndsOn)}): a receipt dated in both would count in both.");
        period.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        return await SaveAsync(period, errors, ct);
    }

    /// <summary>
    /// The first counted period sharing a day with <paramref name="period"/>. Periods are refused rather than flagged when
    /// they overlap: each receipt counts in every period its date falls in, so overlapping budgets would count it twice.
    /// </summary>
    Task<BudgetPeriod?> OverlappedAsync(BudgetPeriod period, CancellationToken ct) =>
        db.BudgetPeriods.AsNoTracking().Where(p => p.Counted && p.StartsOn <= period.EndsOn && p.EndsOn >= period.StartsOn)
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);

    /// <summary>US dollars need no rate (it is 1); any other currency needs the rate used and the date it applied.</summary>
    (decimal? Rate, DateOnly? On) Rate(Errors errors, string? currency, decimal? rate, DateOnly? rateOn)
    {
        if (currency == "USD")
        {
            if (rate is not null && rate != 1m) errors.Add("rateToUsd", $"rateToUsd for USD is 1, not {rate}.");
            return (1m, rateOn);
        }
        if (rate is null) errors.Add("rateToUsd", "rateToUsd is required: the US dollars one unit of the currency was worth, as used for this figure.");
        else if (rate <= 0) errors.Add("rateToUsd", $"rateToUsd must be positive, not {rate}.");
        return (rate, errors.Date("rateOn", rateOn, Today));
    }

    static decimal? Money(Errors errors, string field, decimal? value)
    {
        if (value is null) errors.Add(field, $"{field} is required.");
        else if (value < 0) errors.Add(field, $"{field} must not be negative, not {value}.");
        else if (value == 0) errors.Add(field, $"{field} must be more than zero.");
        else if (value > MaxAmount) errors.Add(field, $"{field} of {value:N0} is not plausible.");
        else if (decimal.Round(value.Value, 2) != value) errors.Add(field, $"{field} has more than two decimals ({value}).");
        return value;
    }

    async Task<Outcome<T>> SaveAsync<T>(T record, Errors errors, CancellationToken ct) where T : class
    {
        if (errors.Any) return Outcome<T>.Fail(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<T>.Ok(record);
    }
}
