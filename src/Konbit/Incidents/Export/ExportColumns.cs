namespace Konbit.Incidents.Export;

/// <summary>An exported column: its name in the header, its HXL hashtag, and its typed value.</summary>
public sealed record ExportColumn(string Name, string Hxl, Func<ExportRow, object?> Value);

/// <summary>
/// The columns of the exports. <see cref="Acled"/> is ACLED's official 31-column layout, exactly and in order, so that
/// ACLED's own tools and scripts read a Konbit CSV as one of theirs. <see cref="Wide"/> adds what ACLED has no column
/// for (P-codes, the fatality range, injured, abducted, displaced, the mission's fields) after those 31; the HXL CSV,
/// the XLSX and the GeoJSON properties use it. Hashtags follow ACLED's own HXL exports where they have one (actors as
/// #group+name+first, inter codes as #group+type+first) and the HXL standard otherwise.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn> Acled =
    [
        new("event_id_cnty", "#event+id", r => r.SourceId),
        new("event_date", "#date", r => r.EventDate),
        new("year", "#date+year", r => r.EventDate.Year),
        new("time_precision", "#date+precision", r => r.TimePrecision),
        new("disorder_type", "#event+disorder", r => r.DisorderType),
        new("event_type", "#event+type", r => r.EventType),
        new("sub_event_type", "#event+subtype", r => r.SubEventType),
        new("actor1", "#group+name+first", r => r.Actor1),
        new("assoc_actor_1", "#group+name+first+assoc", r => r.AssocActor1),
        new("inter1", "#group+type+first", r => r.Inter1),
        new("actor2", "#group+name+second", r => r.Actor2),
        new("assoc_actor_2", "#group+name+second+assoc", r => r.AssocActor2),
        new("inter2", "#group+type+second", r => r.Inter2),
        new("interaction", "#group+interaction", r => r.Interaction),
        new("civilian_targeting", "#event+civilians", r => r.CivilianTargeting),
        // Konbit holds Haiti's events only; ACLED's country columns are constants here.
        new("iso", "#country+code+num", _ => 332),
        new("region", "#region+name", _ => "Caribbean"),
        new("country", "#country+name", _ => "Haiti"),
        new("admin1", "#adm1+name", r => r.Admin1),
        new("admin2", "#adm2+name", r => r.Admin2),
        new("admin3", "#adm3+name", r => r.Admin3),
        new("location", "#loc+name", r => r.Location),
        new("latitude", "#geo+lat", r => r.Latitude),
        new("longitude", "#geo+lon", r => r.Longitude),
        new("geo_precision", "#geo+precision", r => r.GeoPrecision),
        new("source", "#meta+source", r => r.SourceNames),
        new("source_scale", "#meta+source+scale", r => r.SourceScale),
        new("notes", "#description", r => r.Notes),
        new("fatalities", "#affected+killed", r => r.Fatalities),
        new("tags", "#meta+tags", r => r.Tags),
        new("timestamp", "#date+updated", r => r.Timestamp),
    ];

    public static readonly IReadOnlyList<ExportColumn> Wide =
    [
        .. Acled,
        new("adm1_pcode", "#adm1+code", r => r.Adm1Pcode),
        new("adm2_pcode", "#adm2+code", r => r.Adm2Pcode),
        new("adm3_pcode", "#adm3+code", r => r.Adm3Pcode),
        new("fatalities_low", "#affected+killed+min", r => r.FatalitiesLow),
        new("fatalities_high", "#affected+killed+max", r => r.FatalitiesHigh),
        new("injured", "#affected+injured", r => r.Injured),
        new("abducted", "#affected+abducted", r => r.Abducted),
        new("displaced", "#affected+idps", r => r.Displaced),
        new("mission_involved", "#meta+mission", r => r.MissionInvolved),
        new("responding_units", "#org+responding", r => r.RespondingUnits),
        new("response_minutes", "#indicator+response_minutes", r => r.ResponseMinutes),
        new("synthetic", "#meta+synthetic", r => r.Synthetic),
    ];
}
