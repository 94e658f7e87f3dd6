namespace Konbit.Sources.Figures;

/// <summary>
/// A figure a report states: who it belongs to, what it measures, its value and how exact the report says it is, the
/// words that state it and where they stand (character offsets into the document), and when the sentence places it.
/// </summary>
/// <param name="Subject">A country's English short name when the figure is one country's (its contingent, its pledge); otherwise "*".</param>
/// <param name="Measure">One of <see cref="Measures.All"/>.</param>
/// <param name="Bound">One of <see cref="Bounds.All"/>.</param>
/// <param name="Time">The sentence's time hint ("next month", "since June"), or null.</param>
public sealed record Figure(string Subject, string Measure, decimal Value, string Bound, string Text, int Start, int End, string? Time)
{
    /// <summary>The sentence that states the figure (not part of the JSON lines contract).</summary>
    public string Sentence { get; init; } = "";
}

public static class Measures
{
    public const string Pledged = "personnel.pledged", Deployed = "personnel.deployed", InTraining = "personnel.in_training",
        Expected = "personnel.expected", Authorized = "personnel.authorized", Contributors = "contributors.count",
        Displaced = "people.displaced", FoodInsecure = "people.food_insecure", Killed = "people.killed", Injured = "people.injured",
        Abducted = "people.abducted", FundingPledged = "funding.pledged", FundingReceived = "funding.received";

    public static readonly string[] All = [Pledged, Deployed, InTraining, Expected, Authorized, Contributors, Displaced, FoodInsecure,
        Killed, Injured, Abducted, FundingPledged, FundingReceived];

    /// <summary>Humanitarian and casualty figures are national: they never belong to one contingent.</summary>
    public static bool National(string measure) => measure.StartsWith("people.", StringComparison.Ordinal) || measure == Contributors;
}

public static class Bounds
{
    public const string Exact = "exact", About = "about", AtLeast = "at_least", AtMost = "at_most";
    public static readonly string[] All = [Exact, About, AtLeast, AtMost];
}
