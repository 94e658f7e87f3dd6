namespace Konbit.Gaps;

/// <summary>
/// The ISO 4217 codes donors to the mission use or may plausibly use. A short list on purpose: a code outside it is
/// far more likely a typing slip than a currency, and refusing it names the code so it can be checked or added here.
/// </summary>
public static class Currencies
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "CAD", "JPY", "CHF", "AUD", "NZD", "NOK", "SEK", "DKK", "CNY", "KRW", "INR", "BRL", "MXN",
        "KES", "JMD", "BSD", "BZD", "BBD", "TTD", "XCD", "GTQ", "HTG", "DOP", "ZAR", "NGN", "BDT", "TRY", "AED", "SAR",
    };
}
