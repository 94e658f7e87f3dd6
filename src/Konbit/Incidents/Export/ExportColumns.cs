namespace Konbit.Incidents.Export;

/// <summary>
/// An exported column: its name in CSV and XLSX headers (ACLED's), its label for people (the HXL header row), its HXL
/// hashtag, and its typed value.
/// </summary>
public sealed record ExportColumn(string Name, string Label, string Hxl, Func<ExportRow, object?> Value);

/// <summary>
/// The columns of the exports. <see cref="Acled"/> is ACLED's official 31-column layout, exactly and in order, so that
/// ACLED's own tools and scripts read a Konbit CSV as one of theirs. <see cref="Wide"/> adds what ACLED has no column
/// for (P-codes, the fatality range, injured, abducted, displaced, the mission's fields) after those 31; the HXL CSV,
/// the XLSX and the GeoJSON properties use it. Hashtags follow ACLED's own HXL exports where they have one (actors as
/// #group+name+first, inter codes as #group+type+first) and the HXL standard otherwise. The HXL file's header row holds
/// labels, not ACLED's names: HXL readers go by the hashtags, and a file that looks like ACLED's would be read as ACLED's,
/// dropping the columns ACLED lacks.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn> Acled =
    [
        new("event_id_cnty", "Event ID", "#event+id", r => r.SourceId),
        new("event_date", "Event date", "#date", r => r.EventDate),
        new("year", "Year", "#date+year", r => r.EventDate.Year),
        new("time_precision", "Time precision", "#date+precision", r => r.TimePrecision),
        new("disorder_type", "Disorder type", "#event+disorder", r => r.DisorderType),
        new("event_type", "Event type", "#event+type", r => r.EventType),
        new("sub_event_type", "Sub-event type", "#event+subtype", r => r.SubEventType),
        new("actor1", "Actor 1", "#group+name+first", r => r.Actor1),
        new("assoc_actor_1", "Associated actor 1", "#group+name+first+assoc", r => r.AssocActor1),
        new("inter1", "Actor 1 type", "#group+type+first", r => r.Inter1),
        new("actor2", "Actor 2", "#group+name+second", r => r.Actor2),
        new("assoc_actor_2", "Associated actor 2", "#group+name+second+assoc", r => r.AssocActor2),
        new("inter2", "Actor 2 type", "#group+type+second", r => r.Inter2),
        new("interaction", "Interaction", "#group+interaction", r => r.Interaction),
        new("civilian_targeting", "Civilian targeting", "#event+civilians", r => r.CivilianTargeting),
        // Konbit holds Haiti's events only; ACLED's country columns are constants here.
        new("iso", "Country number", "#country+code+num", _ => 332),
        new("region", "Region", "#region+name", _ => "Caribbean"),
        new("country", "Country", "#country+name", _ => "Haiti"),
        new("admin1", "Department", "#adm1+name", r => r.Admin1),
        new("admin2", "Commune", "#adm2+name", r => r.Admin2),
        new("admin3", "Communal section", "#adm3+name", r => r.Admin3),
        new("location", "Location", "#loc+name", r => r.Location),
        new("latitude", "Latitude", "#geo+lat", r => r.Latitude),
        new("longitude", "Longitude", "#geo+lon", r => r.Longitude),
        new("geo_precision", "Geo precision", "#geo+precision", r => r.GeoPrecision),
        new("source", "Source", "#meta+source", r => r.SourceNames),
        new("source_scale", "Source scale", "#meta+source+scale", r => r.SourceScale),
        new("notes", "Notes", "#description", r => r.Notes),
        new("fatalities", "Fatalities", "#affected+killed", r => r.Fatalities),
        new("tags", "Tags", "#meta+tags", r => r.Tags),
        new("timestamp", "Updated (Unix time)", "#date+updated", r => r.Timestamp),
    ];

    public static readonly IReadOnlyList<ExportColumn> Wide =
    [
        .. Acled,
        new("adm1_pcode", "Department P-code", "#adm1+code", r => r.Adm1Pcode),
        new("adm2_pcode", "Commune P-code", "#adm2+code", r => r.Adm2Pcode),
        new("adm3_pcode", "Section P-code", "#adm3+code", r => r.Adm3Pcode),
        new("fatalities_low", "Fatalities (low)", "#affected+killed+min", r => r.FatalitiesLow),
        new("fatalities_high", "Fatalities (high)", "#affected+killed+max", r => r.FatalitiesHigh),
        new("injured", "Injured", "#affected+injured", r => r.Injured),
        new("abducted", "Abducted", "#affected+abducted", r => r.Abducted),
        new("displaced", "Displaced", "#affected+idps", r => r.Displaced),
        new("mission_involved", "Mission involved", "#meta+mission", r => r.MissionInvolved),
        new("responding_units", "Responding units", "#org+responding", r => r.RespondingUnits),
        new("response_minutes", "Response (minutes)", "#indicator+response_minutes", r => r.ResponseMinutes),
        new("synthetic", "Synthetic", "#meta+synthetic", r => r.Synthetic),
    ];
}
