namespace Konbit.Incidents;

/// <summary>
/// ACLED's event taxonomy: event types, their sub-types, the disorder type each implies, and the actor ("inter")
/// codes. Imports and forms accept only these names, compared without regard to case.
/// </summary>
public static class Taxonomy
{
    public const string PoliticalViolence = "Political violence";
    public const string Demonstrations = "Demonstrations";
    public const string StrategicDevelopments = "Strategic developments";
    public const string ViolenceAndDemonstrations = "Political violence; Demonstrations";

    public static readonly IReadOnlyList<string> DisorderTypes = [PoliticalViolence, Demonstrations, StrategicDevelopments, ViolenceAndDemonstrations];

    public static readonly IReadOnlyDictionary<string, string[]> SubEventTypes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Battles"] = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
        ["Explosions/Remote violence"] = ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
        ["Violence against civilians"] = ["Sexual violence", "Attack", "Abduction/forced disappearance"],
        ["Protests"] = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
        ["Riots"] = ["Violent demonstration", "Mob violence"],
        ["Strategic developments"] = ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
    };

    public static IEnumerable<string> EventTypes => SubEventTypes.Keys;

    /// <summary>The canonical spelling of an event type, or null when ACLED has no such type.</summary>
    public static string? EventType(string? name) =>
        name is null ? null : SubEventTypes.Keys.FirstOrDefault(k => k.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The canonical spelling of a sub-type of this event type, or null when it is not one of its sub-types.</summary>
    public static string? SubEventType(string eventType, string? name) =>
        name is null || !SubEventTypes.TryGetValue(eventType, out var subs) ? null
            : subs.FirstOrDefault(s => s.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The disorder type ACLED assigns to a sub-type, for files that leave the column out.</summary>
    public static string DisorderFor(string eventType, string subEventType) => eventType switch
    {
        "Protests" when subEventType == "Excessive force against protesters" => ViolenceAndDemonstrations,
        "Protests" or "Riots" => Demonstrations,
        "Strategic developments" => StrategicDevelopments,
        _ => PoliticalViolence,
    };

    /// <summary>ACLED inter codes and the names its newer exports print instead of the numbers.</summary>
    public static readonly IReadOnlyDictionary<byte, string> InterNames = new Dictionary<byte, string>
    {
        [1] = "State forces",
        [2] = "Rebel group",
        [3] = "Political militia",
        [4] = "Identity militia",
        [5] = "Rioters",
        [6] = "Protesters",
        [7] = "Civilians",
        [8] = "External/Other forces",
    };

    /// <summary>An inter code from its number ("3") or its name ("Political militia", "Political militias").</summary>
    public static byte? Inter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (byte.TryParse(value, out var n)) return InterNames.ContainsKey(n) ? n : null;
        foreach (var (code, name) in InterNames)
            if (value.Equals(name, StringComparison.OrdinalIgnoreCase) || value.Equals(name + "s", StringComparison.OrdinalIgnoreCase)) return code;
        return null;
    }

    /// <summary>
    /// An interaction code from its number ("37") or its text ("Political militia-Civilians", "Rioters only"): the two
    /// inter codes with the lower first, a single actor as its code times ten.
    /// </summary>
    public static (byte? Interaction, byte? Inter1, byte? Inter2) Interaction(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null, null);
        value = value.Trim();
        if (byte.TryParse(value, out var n)) return (n, (byte)(n / 10), n % 10 == 0 ? null : (byte)(n % 10));
        if (value.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
            return Inter(value[..^5]) is { } only ? ((byte)(only * 10), only, null) : (null, null, null);
        // Names contain '/', never '-', so the first '-' separates the two sides ("External/Other forces-Civilians").
        var dash = value.IndexOf('-');
        if (dash < 0 || Inter(value[..dash]) is not { } a || Inter(value[(dash + 1)..]) is not { } b) return (null, null, null);
        return ((byte)(Math.Min(a, b) * 10 + Math.Max(a, b)), a, b);
    }
}
