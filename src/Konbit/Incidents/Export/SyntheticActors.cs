namespace Konbit.Incidents.Export;

/// <summary>
/// Invented actors for synthetic events, named the way ACLED names Haitian actors ("... Gang", "Police Forces of
/// Haiti (2021-)") with their inter codes. No real gang is named.
/// </summary>
static class SyntheticActors
{
    public sealed record Actor(string Name, byte Inter);

    public static readonly Actor Police = new("Police Forces of Haiti (2021-)", 1);
    public static readonly Actor Military = new("Military Forces of Haiti (2021-)", 1);
    public static readonly Actor Mission = new("Multinational Security Support Mission in Haiti (2024-)", 8);
    public static readonly Actor Vigilantes = new("Vigilante Group (Haiti)", 4);
    public static readonly Actor UnidentifiedArmedGroup = new("Unidentified Armed Group (Haiti)", 3);
    public static readonly Actor Civilians = new("Civilians (Haiti)", 7);
    public static readonly Actor Protesters = new("Protesters (Haiti)", 6);
    public static readonly Actor Rioters = new("Rioters (Haiti)", 5);
    public const string Coalition = "Gang Coalition (Haiti)";

    static readonly string[] First = ["Lakou", "Ti", "Gwo", "Bwa", "Mòn", "Rivyè", "Savann", "Kafou", "Fò", "Plas", "Pyebwa", "Ravin"];
    static readonly string[] Second = ["Wouj", "Nwa", "Lwen", "Chèch", "Fre", "Lakay", "Zanmi", "Solèy", "Lapli", "Van", "Dlo", "Lanmè"];

    /// <summary>144 invented gangs; the first ones are drawn far more often, as a few gangs dominate real data.</summary>
    public static readonly Actor[] Gangs = [.. First.SelectMany(f => Second.Select(s => new Actor($"{f} {s} Gang", 3)))];

    public static readonly string[] CivilianGroups =
        ["Journalists (Haiti)", "Health Workers (Haiti)", "Students (Haiti)", "Women (Haiti)", "Children (Haiti)", "Farmers (Haiti)",
         "Traders (Haiti)", "Motorcycle Taxi Drivers (Haiti)", "Teachers (Haiti)", "Religious Leaders (Haiti)", "Aid Workers (International)"];

    public static readonly string[] ProtesterGroups =
        ["Teachers (Haiti)", "Students (Haiti)", "Transport Workers (Haiti)", "Traders (Haiti)", "Displaced Persons (Haiti)", "Health Workers (Haiti)"];

    public static readonly string[] Outlets =
        ["Radio Lakou FM", "Haiti Daily Wire", "Nouvelles du Sud", "Kreyol Info Network", "Port Observer", "Artibonite Hebdo",
         "Centre Matin", "Caribbean Monitor", "Human rights monitor (anonymised)", "Local partner network", "Radio Plato", "Le Courrier du Nord"];

    public static readonly string[] SourceScales =
        ["National", "National", "Subnational", "Local partner-National", "New media", "Other-National", "National-International"];
}
