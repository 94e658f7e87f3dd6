using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Gaps;

/// <summary>This folder's own request builders, each citing an inline source as the API requires.</summary>
public static class GapRequests
{
    public static object Equipment(string category, int quantity, string on, string? donor = null, int? pledge = null) =>
        new { category, quantity, on, donor, pledge, source = Requests.Source("equipment") };

    public static object Money(string donor, decimal amount, string currency, string on, decimal? rateToUsd = null, string? rateOn = null,
        string channel = "trustFund") =>
        new { donor, channel, on, amount, currency, rateToUsd, rateOn, source = Requests.Source("funding") };

    public static object Period(string name, string startsOn, string endsOn, decimal budgetUsd) =>
        new { name, startsOn, endsOn, budgetUsd, source = Requests.Source("budget") };
}
