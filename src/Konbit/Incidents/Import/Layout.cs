namespace Konbit.Incidents.Import;

/// <summary>The fields the importer reads, whatever a file calls them.</summary>
public enum Field
{
    EventId, EventDate, TimePrecision, DisorderType, EventType, SubEventType,
    Actor1, AssocActor1, Inter1, Actor2, AssocActor2, Inter2, Interaction, CivilianTargeting,
    Admin1, Admin2, Admin3, Adm1Code, Adm2Code, Adm3Code, Location, Latitude, Longitude, GeoPrecision,
    Source, SourceScale, Notes, Fatalities, Injured, Abducted, Displaced, Tags, Timestamp,
}

/// <summary>
/// What a file's header says: which column holds each field. ACLED's columns are found by name in any order (an
/// unnamed index column and unknown columns are ignored); an HXL file by its hashtag row.
/// </summary>
public sealed class Layout
{
    /// <summary>ACLED's official columns, in its order; population_* may follow.</summary>
    public static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];
    static readonly string[] Population = ["population_1km", "population_2km", "population_5km", "population_best"];

    static readonly Dictionary<string, Field> AcledNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["event_id_cnty"] = Field.EventId, ["event_date"] = Field.EventDate, ["time_precision"] = Field.TimePrecision,
        ["disorder_type"] = Field.DisorderType, ["event_type"] = Field.EventType, ["sub_event_type"] = Field.SubEventType,
        ["actor1"] = Field.Actor1, ["assoc_actor_1"] = Field.AssocActor1, ["inter1"] = Field.Inter1,
        ["actor2"] = Field.Actor2, ["assoc_actor_2"] = Field.AssocActor2, ["inter2"] = Field.Inter2,
        ["interaction"] = Field.Interaction, ["civilian_targeting"] = Field.CivilianTargeting,
        ["admin1"] = Field.Admin1, ["admin2"] = Field.Admin2, ["admin3"] = Field.Admin3, ["location"] = Field.Location,
        ["latitude"] = Field.Latitude, ["longitude"] = Field.Longitude, ["geo_precision"] = Field.GeoPrecision,
        ["source"] = Field.Source, ["source_scale"] = Field.SourceScale, ["notes"] = Field.Notes,
        ["fatalities"] = Field.Fatalities, ["tags"] = Field.Tags, ["timestamp"] = Field.Timestamp,
    };

    /// <summary>Without these a row cannot become an incident; a file lacking one is refused before any row is read.</summary>
    static readonly Field[] Required = [Field.EventDate, Field.EventType, Field.SubEventType, Field.Actor1, Field.Fatalities];

    readonly int[] columns;

    Layout(string name, string dataset, int width, int[] columns) => (Name, Dataset, Width, this.columns) = (name, dataset, width, columns);

    /// <summary>acled, acled-resaved or hxl.</summary>
    public string Name { get; }
    public string Dataset { get; }
    /// <summary>How many fields every record must have.</summary>
    public int Width { get; }

    public int this[Field f] => columns[(int)f];
    public bool Has(Field f) => columns[(int)f] >= 0;
    /// <summary>The column's name in messages: ACLED's name, whatever the file's layout.</summary>
    public static string ColumnName(Field f) => f switch
    {
        Field.EventId => "event_id_cnty", Field.AssocActor1 => "assoc_actor_1", Field.AssocActor2 => "assoc_actor_2",
        Field.Adm1Code => "admin1 code", Field.Adm2Code => "admin2 code", Field.Adm3Code => "admin3 code",
        Field.Injured => "injured", Field.Abducted => "abducted", Field.Displaced => "displaced",
        _ => AcledNames.First(kv => kv.Value == f).Key,
    };

    /// <summary>
    /// Reads the header (and, for HXL, the rows down to the hashtag row) and recognises the layout; the reader is left
    /// on the last header row. Null with a message naming what is missing when the file is neither ACLED nor HXL.
    /// </summary>
    public static (Layout? Layout, string? Error) Detect(CsvRecords csv)
    {
        if (!csv.Read()) return (null, "The file is empty.");
        if (csv.Broken is not null) return (null, $"The header (line {csv.Line}) cannot be read: {csv.Broken}.");
        var header = csv.Fields();
        if (IsHashtagRow(header)) return Hxl(header);
        var columns = Empty();
        for (var i = 0; i < header.Length; i++)
            if (AcledNames.TryGetValue(header[i].Trim(), out var f) && columns[(int)f] < 0) columns[(int)f] = i;
        var missing = Required.Where(f => columns[(int)f] < 0).ToList();
        if (missing.Count == 0) return (new Layout(IsOfficial(header) ? "acled" : "acled-resaved", "acled", header.Length, columns), null);

        // HXL puts its hashtag row anywhere in the first 25 rows under the header; the rows above it are headers.
        for (var row = 0; row < 25 && csv.Read(); row++)
            if (csv.Broken is null && IsHashtagRow(csv.Fields())) return Hxl(csv.Fields());
        var named = columns.Count(c => c >= 0);
        return (null, named >= 3
            ? $"The file lacks required columns: {string.Join(", ", missing.Select(ColumnName))}. Nothing was imported."
            : "The file's layout is not recognised: expected ACLED's columns (event_date, event_type, sub_event_type, actor1, fatalities, ...) or an HXL hashtag row (#date, #event+type, ...) in the first 25 rows.");
    }

    static bool IsOfficial(string[] header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var expected = AcledColumns.Concat(Population.Where(p => names.Contains(p))).ToList();
        return names.SequenceEqual(expected);
    }

    static int[] Empty() => Enumerable.Repeat(-1, Enum.GetValues<Field>().Length).ToArray();

    static bool IsHashtagRow(string[] cells)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        return filled.Count >= 2 && filled.Count(c => c.TrimStart().StartsWith('#')) * 2 > filled.Count;
    }

    static (Layout?, string?) Hxl(string[] tags)
    {
        var columns = Empty();
        for (var i = 0; i < tags.Length; i++)
            if (HxlTags.FieldOf(tags[i]) is { } f && columns[(int)f] < 0) columns[(int)f] = i;
        var missing = Required.Where(f => columns[(int)f] < 0).ToList();
        return missing.Count == 0
            ? (new Layout("hxl", "hxl", tags.Length, columns), null)
            : (null, $"The HXL file lacks required hashtags: {string.Join(", ", missing.Select(HxlTags.Describe))}. Nothing was imported.");
    }
}
