using System.Globalization;
using System.Text.Json;
using Konbit.Incidents.Import;

namespace Konbit.Humanitarian;

/// <summary>One row of a DTM file as it stands, before the rows of an area and date are summed.</summary>
/// <param name="Where">"line 5" in a CSV file, "record 5" in the API's JSON (which is one line).</param>
sealed record DtmRow(string Where, string Pcode, DateOnly Date, int Idps, int? Round, string? Operation);

/// <summary>
/// IOM DTM displacement figures, from the DTM API's JSON (`{"result": [...]}`) or its CSV flattening (the same field
/// names as columns). The level is the deepest adminNPcode the file has: the API answers one level per call.
/// </summary>
sealed record DtmFile(string Format, AreaLevel Level, List<DtmRow> Rows)
{
    const string Idps = "numPresentIdpInd", Date = "reportingDate", Round = "roundNumber", Operation = "operation";
    static readonly (string Field, AreaLevel Level)[] Levels = [("admin2Pcode", AreaLevel.Adm2), ("admin1Pcode", AreaLevel.Adm1), ("admin0Pcode", AreaLevel.Country)];

    public static bool IsDtm(IEnumerable<string> fields) => fields.Contains(Idps) && fields.Contains(Date);

    static AreaLevel? LevelOf(IReadOnlyCollection<string> fields)
    {
        foreach (var (field, level) in Levels) if (fields.Contains(field)) return level;
        return null;
    }

    static string PcodeField(AreaLevel level) => Levels.First(l => l.Level == level).Field;

    public static (DtmFile? File, List<string> Errors) ReadCsv(CsvRecords csv, string[] header, string file)
    {
        var errors = new List<string>();
        if (LevelOf(header) is not { } level) return (null, [$"{file}: line {csv.Line}: no admin0Pcode, admin1Pcode or admin2Pcode column."]);
        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
        var rows = new List<DtmRow>();
        while (csv.Read())
        {
            var where = $"line {csv.Line}";
            if (csv.Broken is { } broken) { errors.Add($"{file}: {where}: {broken}."); continue; }
            string? Get(string name) => index.TryGetValue(name, out var i) && i < csv.FieldCount ? csv.Field(i).Trim() : null;
            if (Row(where, level, Get, file, errors) is { } row) rows.Add(row);
        }
        return (errors.Count == 0 ? new DtmFile("IOM DTM CSV", level, rows) : null, errors);
    }

    public static (DtmFile? File, List<string> Errors) ReadJson(JsonElement root, string file)
    {
        var records = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Array ? r
            : default;
        if (records.ValueKind != JsonValueKind.Array)
            return (null, [$"{file}: JSON, but not the DTM API's answer: expected {{\"result\": [...]}} or an array of records."]);
        var first = records.EnumerateArray().FirstOrDefault(e => e.ValueKind == JsonValueKind.Object);
        var fields = first.ValueKind == JsonValueKind.Object ? first.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (first.ValueKind == JsonValueKind.Object && !IsDtm(fields))
            return (null, [$"{file}: record 1: JSON records, but not IOM DTM ones: expected the fields {Idps} and {Date}."]);
        if (first.ValueKind != JsonValueKind.Object) return (new DtmFile("IOM DTM API JSON", AreaLevel.Country, []), []);
        if (LevelOf(fields) is not { } level) return (null, [$"{file}: record 1: no admin0Pcode, admin1Pcode or admin2Pcode field."]);

        var errors = new List<string>();
        var rows = new List<DtmRow>();
        var n = 0;
        foreach (var record in records.EnumerateArray())
        {
            var where = $"record {++n}";
            if (record.ValueKind != JsonValueKind.Object) { errors.Add($"{file}: {where}: not an object."); continue; }
            string? Get(string name) => !record.TryGetProperty(name, out var v) ? null : v.ValueKind switch
            {
                JsonValueKind.String => v.GetString()!.Trim(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            };
            if (Row(where, level, Get, file, errors) is { } row) rows.Add(row);
        }
        return (errors.Count == 0 ? new DtmFile("IOM DTM API JSON", level, rows) : null, errors);
    }

    static DtmRow? Row(string where, AreaLevel level, Func<string, string?> get, string file, List<string> errors)
    {
        var before = errors.Count;
        void Bad(string field, string message) => errors.Add($"{file}: {where}, {field}: {message}");
        var pcodeField = PcodeField(level);
        var pcode = get(pcodeField);
        if (string.IsNullOrEmpty(pcode)) Bad(pcodeField, "missing.");
        var idps = get(Idps);
        int count = 0;
        if (string.IsNullOrEmpty(idps)) Bad(Idps, "missing.");
        else if (!Whole(idps, out count) || count < 0) Bad(Idps, $"\"{idps}\" is not a count of people.");
        var dateText = get(Date);
        DateOnly date = default;
        if (string.IsNullOrEmpty(dateText)) Bad(Date, "missing.");
        else if (!TryDate(dateText, out date)) Bad(Date, $"\"{dateText}\" is not a date (yyyy-mm-dd).");
        int? round = null;
        if (get(Round) is { Length: > 0 } roundText)
        {
            if (Whole(roundText, out var r)) round = r;
            else Bad(Round, $"\"{roundText}\" is not a whole number.");
        }
        return errors.Count > before ? null : new DtmRow(where, pcode!.ToUpperInvariant(), date, count, round, get(Operation) is { Length: > 0 } op ? op : null);
    }

    /// <summary>The API writes "2025-06-30T00:00:00"; re-saved CSV files often keep only the date.</summary>
    static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal static bool Whole(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        // Spreadsheets re-save counts as "1234.0".
        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue;
        value = ok ? (int)d : 0;
        return ok;
    }

    /// <summary>
    /// One figure per area and reporting date: the rows a date splits by origin (idpOriginAdmin1...), by reason or by
    /// operation are added up. The round is kept when the rows agree on it.
    /// </summary>
    public List<DisplacementFigure> Sum(string sourceFile, DateTime now) =>
        [.. Rows.GroupBy(r => (r.Pcode, r.Date)).Select(g => new DisplacementFigure
        {
            Level = Level, Pcode = g.Key.Pcode, ReportingDate = g.Key.Date, Idps = g.Sum(r => r.Idps),
            Round = g.Select(r => r.Round).Distinct().Count() == 1 ? g.First().Round : null,
            Operation = g.Select(r => r.Operation).OfType<string>().Distinct().ToList() is { Count: > 0 } ops ? Cut(string.Join("; ", ops), 300) : null,
            SourceFile = sourceFile, ImportedAtUtc = now,
        })];

    internal static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
