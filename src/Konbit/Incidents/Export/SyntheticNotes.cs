using System.Globalization;
using static Konbit.Incidents.Export.SyntheticActors;

namespace Konbit.Incidents.Export;

/// <summary>
/// Notes for synthetic events, composed from templates with varied words so that they read like ACLED's (a few hundred
/// characters: what happened, a detail, the toll, the context) and give text searches realistic work.
/// </summary>
static class SyntheticNotes
{
    static readonly string[] Landmarks =
        ["the main market", "the national road", "the port", "the bus station", "the police station", "a health centre", "the town hall",
         "a primary school", "the bridge", "the customs office", "a church", "the fuel depot", "the prison", "the central square", "the water plant"];

    static readonly Dictionary<string, string[]> Verbs = new()
    {
        ["Armed clash"] = ["clashed with", "exchanged fire with", "fought", "engaged in a gun battle with"],
        ["Government regains territory"] = ["drove out", "pushed back", "dislodged"],
        ["Non-state actor overtakes territory"] = ["took control of the area from", "seized positions held by", "overran"],
        ["Attack"] = ["attacked", "opened fire on", "shot at", "assaulted"],
        ["Abduction/forced disappearance"] = ["kidnapped", "abducted", "seized and took away"],
        ["Sexual violence"] = ["were reported to have sexually assaulted", "committed sexual violence against"],
        ["Grenade"] = ["threw a grenade at", "hurled an explosive device at"],
        ["Remote explosive/landmine/IED"] = ["detonated an explosive device targeting", "planted an explosive device that hit"],
        ["Air/drone strike"] = ["carried out a drone strike against", "struck with an explosive-laden drone"],
        ["Arrests"] = ["arrested", "detained", "apprehended"],
        ["Looting/property destruction"] = ["looted and burned property belonging to", "ransacked homes of", "destroyed shops of"],
        ["Protest with intervention"] = ["demonstrated and were dispersed by", "protested until they were dispersed by"],
        ["Excessive force against protesters"] = ["fired live rounds at", "beat and fired tear gas at"],
        ["Violent demonstration"] = ["erected burning barricades and threw stones at", "set up barricades and clashed with"],
        ["Mob violence"] = ["lynched", "beat and killed", "attacked"],
    };

    /// <summary>What an actor did when there was no second actor.</summary>
    static readonly Dictionary<string, string[]> Alone = new()
    {
        ["Peaceful protest"] = ["marched peacefully", "gathered", "held a sit-in"],
        ["Arrests"] = ["carried out arrests", "detained several suspects"],
        ["Change to group/activity"] = ["announced a change in leadership", "regrouped and moved their positions"],
        ["Headquarters or base established"] = ["set up a new base", "established a headquarters"],
        ["Looting/property destruction"] = ["looted and burned shops", "ransacked a warehouse"],
        ["Non-violent transfer of territory"] = ["took over positions abandoned by rivals"],
        ["Disrupted weapons use"] = ["seized a cache of weapons", "intercepted a shipment of ammunition"],
        ["Other"] = ["held a meeting with community leaders", "announced new restrictions on movement"],
        ["Violent demonstration"] = ["erected burning barricades", "threw stones at passing vehicles"],
        ["Mob violence"] = ["beat a suspected thief", "attacked a man accused of theft"],
        ["Agreement"] = ["announced a truce"],
        ["Non-state actor overtakes territory"] = ["took control of the area"],
    };

    static readonly Dictionary<string, string[]> Details = new()
    {
        ["Battles"] = ["The fighting lasted several hours and residents reported heavy gunfire around {0}.",
            "Police said the operation aimed to retake control of {0} and the roads leading to it.",
            "Armoured vehicles were deployed near {0} as gunfire continued into the night.",
            "Residents said armed men had blocked access to {0} for days before the fighting."],
        ["Violence against civilians"] = ["The victims were travelling near {0} when armed men stopped their vehicle.",
            "Witnesses said the attackers set several houses near {0} on fire before withdrawing.",
            "The attack took place at dawn, while residents were on their way to {0}.",
            "Relatives said the victims had refused to pay a fee demanded at a checkpoint near {0}."],
        ["Explosions/Remote violence"] = ["The blast damaged buildings around {0} and was heard across the town.",
            "Police said the device was aimed at a patrol passing {0}."],
        ["Strategic developments"] = ["Officers seized firearms and several hundred rounds of ammunition near {0}.",
            "Shops and a warehouse near {0} were emptied and set on fire.",
            "The group announced on social media that it now controls the roads around {0}.",
            "Local leaders said negotiations took place near {0} with the mediation of religious figures."],
        ["Protests"] = ["Demonstrators gathered near {0} and denounced insecurity and the high cost of living.",
            "Protesters marched from {0} to demand the reopening of the roads and the return of the displaced. [size=no report]",
            "Participants blocked the street near {0} with burning tyres for several hours."],
        ["Riots"] = ["The crowd gathered near {0} after rumours that a gang member had been seen in the area.",
            "Barricades of burning tyres blocked the road near {0} for most of the day."],
    };

    static readonly string[] Contexts =
        ["Residents fled to neighbouring areas, adding to the number of people displaced in the department.",
         "Traffic on the main road was interrupted for the rest of the day.",
         "Schools and markets in the area remained closed for several days.",
         "Local authorities called for reinforcements and for the population to stay indoors.",
         "The incident was reported by local radio and confirmed by residents.",
         "Human rights groups condemned the violence and called for an investigation.",
         "The area had seen repeated attacks over the previous weeks.",
         "Fatality figures could not be independently verified.",
         "Humanitarian organisations suspended their activities in the commune.",
         "Fuel and food deliveries to the area were disrupted."];

    static readonly string[] Closings =
        ["Sources gave differing accounts of the number of victims.", "Police said an investigation had been opened.",
         "The incident was first reported on social media and later confirmed by a local journalist.",
         "Residents said they had alerted the police hours before the incident without response."];

    public static string Compose(Random rng, DateOnly date, byte timePrecision, string type, string subType, SyntheticActors.Actor a1, SyntheticActors.Actor? a2,
        string place, int fatalities)
    {
        var when = timePrecision switch
        {
            1 => "On " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            2 => "During the week of " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            _ => "In " + date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        };
        var action = a2 is { } target && Verbs.TryGetValue(subType, out var verbs) ? $"{Pick(rng, verbs)} {Label(rng, target)}"
            : Alone.TryGetValue(subType, out var alone) ? Pick(rng, alone) : "were active";
        var first = rng.Next(Contexts.Length);
        var text = $"{when}, {Label(rng, a1)} {action} in {place}. " +
            string.Format(CultureInfo.InvariantCulture, Pick(rng, Details[type]), Pick(rng, Landmarks)) + " " + Toll(rng, fatalities) + " " + Contexts[first];
        text += " " + Contexts[(first + 1 + rng.Next(Contexts.Length - 1)) % Contexts.Length];
        return rng.NextDouble() < 0.4 ? text + " " + Pick(rng, Closings) : text;
    }

    static string Label(Random rng, SyntheticActors.Actor actor) => actor switch
    {
        _ when actor == Police => Pick(rng, ["officers of the Haitian National Police", "a police unit", "police officers", "HNP officers"]),
        _ when actor == Military => "soldiers of the Haitian armed forces",
        _ when actor == Mission => Pick(rng, ["personnel of the multinational mission", "officers of the multinational security mission"]),
        _ when actor == Civilians => Pick(rng, ["civilians", "residents", "passengers of a public bus", "a group of traders"]),
        _ when actor == Protesters => Pick(rng, ["demonstrators", "several hundred protesters", "residents"]),
        _ when actor == Rioters => Pick(rng, ["an angry crowd", "rioters", "a group of residents"]),
        _ when actor == Vigilantes => "members of a local self-defence brigade",
        _ when actor == UnidentifiedArmedGroup => "unidentified armed men",
        _ => Pick(rng, ["members of the ", "armed men of the ", "the "]) + actor.Name,
    };

    static string Toll(Random rng, int fatalities) => fatalities switch
    {
        0 => Pick(rng, ["No fatalities were reported.", "There were no reported fatalities.", "Several people were injured but no deaths were reported."]),
        1 => Pick(rng, ["One person was killed.", "One person died of gunshot wounds.", "A man was killed."]),
        _ => string.Format(CultureInfo.InvariantCulture, Pick(rng, ["{0} people were killed.", "At least {0} people died.", "{0} deaths were reported, according to local sources."]), fatalities),
    };

    public static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
