namespace Konbit.Incidents.Import;

/// <summary>
/// Maps HXL hashtags to the importer's fields. Attributes are matched as a set, in any order and case; a rule names
/// the attributes a tag must have and those it must not. The first column matching a field wins. Covers the tags of
/// ACLED's own HXL exports (#event+code, #date+occurred, #group+name+first ...) and the generic ones of the HXL
/// standard (#date, #actor, #loc, #affected+killed ...).
/// </summary>
static class HxlTags
{
    sealed record Rule(Field Target, string Hashtag, string[] With, string[] Without);

    static Rule R(Field f, string tag, string with = "", string without = "") =>
        new(f, tag, with.Split('+', StringSplitOptions.RemoveEmptyEntries), without.Split('+', StringSplitOptions.RemoveEmptyEntries));

    // Order matters: more specific rules first (#event+type+sub before #event+type).
    static readonly Rule[] Rules =
    [
        R(Field.EventId, "#event", "code"), R(Field.EventId, "#event", "id"), R(Field.EventId, "#meta", "id"),
        R(Field.TimePrecision, "#date", "precision"),
        R(Field.Timestamp, "#date", "timestamp"), R(Field.Timestamp, "#date", "updated"), R(Field.Timestamp, "#meta", "timestamp"),
        R(Field.EventDate, "#date", without: "year+precision+timestamp+updated+reported+month"),
        R(Field.DisorderType, "#event", "disorder"), R(Field.DisorderType, "#event", "type+disorder"),
        R(Field.SubEventType, "#event", "type+sub"), R(Field.SubEventType, "#event", "subtype"), R(Field.SubEventType, "#event", "sub"),
        R(Field.EventType, "#event", "type", "sub+subtype+disorder"), R(Field.EventType, "#event", without: "code+id+sub+subtype+disorder+description"),
        R(Field.AssocActor1, "#group", "name+first+assoc"), R(Field.AssocActor1, "#actor", "assoc", "second+target"),
        R(Field.AssocActor2, "#group", "name+second+assoc"), R(Field.AssocActor2, "#actor", "assoc+second"),
        R(Field.Inter1, "#group", "type+first"), R(Field.Inter2, "#group", "type+second"),
        R(Field.Interaction, "#group", "interaction"), R(Field.Interaction, "#actor", "interaction"),
        R(Field.Actor1, "#group", "name+first", "assoc"), R(Field.Actor1, "#actor", without: "second+target+assoc+type+interaction"),
        R(Field.Actor2, "#group", "name+second", "assoc"), R(Field.Actor2, "#actor", "second", "assoc+type"), R(Field.Actor2, "#actor", "target", "assoc+type"),
        R(Field.Adm1Code, "#adm1", "code"), R(Field.Admin1, "#adm1", without: "code"),
        R(Field.Adm2Code, "#adm2", "code"), R(Field.Admin2, "#adm2", without: "code"),
        R(Field.Adm3Code, "#adm3", "code"), R(Field.Admin3, "#adm3", without: "code"),
        R(Field.Location, "#loc", without: "code"),
        R(Field.Latitude, "#geo", "lat"), R(Field.Longitude, "#geo", "lon"), R(Field.GeoPrecision, "#geo", "precision"),
        R(Field.SourceScale, "#meta", "source+scale"), R(Field.Source, "#meta", "source", "scale"),
        R(Field.Tags, "#meta", "tags"), R(Field.Tags, "#meta", "tag"),
        R(Field.Notes, "#description"), R(Field.Notes, "#event", "description"), R(Field.Notes, "#meta", "notes"),
        R(Field.Fatalities, "#affected", "killed"), R(Field.Injured, "#affected", "injured"),
        R(Field.Abducted, "#affected", "abducted"), R(Field.Abducted, "#affected", "kidnapped"),
        R(Field.Displaced, "#affected", "idps"), R(Field.Displaced, "#affected", "displaced"),
    ];

    /// <summary>The field a hashtag (with its attributes) stands for, or null.</summary>
    public static Field? FieldOf(string tag)
    {
        var parts = tag.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant().Split('+', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].StartsWith('#')) return null;
        var attributes = parts.Skip(1).ToHashSet();
        foreach (var r in Rules)
            if (r.Hashtag == parts[0] && r.With.All(attributes.Contains) && !r.Without.Any(attributes.Contains)) return r.Target;
        return null;
    }

    /// <summary>The hashtag a file should carry for a field, for messages.</summary>
    public static string Describe(Field f) => Rules.First(r => r.Target == f) is var r ? r.Hashtag + string.Concat(r.With.Select(a => "+" + a)) : "";
}
