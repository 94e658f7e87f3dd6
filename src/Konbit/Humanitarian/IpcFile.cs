using System.Globalization;
using Konbit.Incidents.Import;

namespace Konbit.Humanitarian;

/// <summary>One IPC analysis area and period, before its P-code is looked up.</summary>
sealed record IpcArea(string Where, FoodInsecurityFigure Figure);

/// <summary>
/// IPC figures from HDX's "area long" CSV: a header, the HXL hashtag row, then one row per area, period and phase
/// ("all", "1".."5", "3+") with the number of people. Columns are found by their hashtags, not their names, which HDX
/// rewords between releases.
/// </summary>
sealed record IpcFile(List<IpcArea> Areas, int Rows)
{
    enum Column { Area, Level1, Adm1Code, Start, End, Type, AnalysisDate, Phase, Number }

    // (column, hashtag, attributes it must have); the first match wins.
    static readonly (Column Column, string Tag, string[] With)[] Tags =
    [
        (Column.Level1, "#loc", ["level1"]), (Column.Level1, "#adm1", ["name"]), (Column.Adm1Code, "#adm1", ["code"]),
        (Column.Area, "#loc", ["area"]), (Column.Area, "#adm2", ["name"]),
        (Column.AnalysisDate, "#date", ["analysis"]), (Column.Start, "#date", ["start"]), (Column.End, "#date", ["end"]),
        (Column.Type, "#period", []), (Column.Phase, "#severity", []), (Column.Number, "#affected", ["num"]),
    ];

    static readonly Column[] Required = [Column.Start, Column.End, Column.Phase, Column.Number];

    public const string ExpectedTags = "#loc+area, #date+start, #date+end, #severity+v_ipc, #affected+num, ...";

    /// <summary>A header with IPC's column names: a file that should have had the hashtag row under it.</summary>
    public static bool LooksLikeIpc(string[] header) =>
        header.Any(h => h.Equals("Phase", StringComparison.OrdinalIgnoreCase)) && header.Any(h => h.Equals("Number", StringComparison.OrdinalIgnoreCase));

    public static bool IsIpcTags(string[] tags) => Columns(tags) is var c && Required.All(c.ContainsKey);

    static Dictionary<Column, int> Columns(string[] tags)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < tags.Length; i++)
        {
            var parts = tags[i].Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant().Split('+', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !parts[0].StartsWith('#')) continue;
            foreach (var (column, tag, with) in Tags)
                if (tag == parts[0] && with.All(parts.Skip(1).Contains)) { columns.TryAdd(column, i); break; }
        }
        return columns;
    }

    /// <param name="csv">Positioned on the hashtag row.</param>
    public static (IpcFile? File, List<string> Errors) Read(CsvRecords csv, string file, DateTime now)
    {
        var columns = Columns(csv.Fields());
        if (!columns.ContainsKey(Column.Area) && !columns.ContainsKey(Column.Level1))
            return (null, [$"{file}: line {csv.Line}: no area column (#loc+area or #adm1+name)."]);
        var errors = new List<string>();
        var areas = new Dictionary<(string, DateOnly, DateOnly, string), Pending>();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            var line = csv.Line;
            if (csv.Broken is { } broken) { errors.Add($"{file}: line {line}: {broken}."); continue; }
            string Get(Column c) => columns.TryGetValue(c, out var i) && i < csv.FieldCount ? csv.Field(i).Trim() : "";
            void Bad(string field, string message) => errors.Add($"{file}: line {line}, {field}: {message}");

            var level1 = Get(Column.Level1);
            var area = Get(Column.Area) is { Length: > 0 } a ? a : level1;
            if (area.Length == 0) { Bad("area", "missing."); continue; }
            var ok = Date(Get(Column.Start), "#date+start", Bad, out var start) & Date(Get(Column.End), "#date+end", Bad, out var end);
            var phase = Get(Column.Phase).ToLowerInvariant();
            var numberText = Get(Column.Number);
            var number = 0;
            if (phase is not ("all" or "1" or "2" or "3" or "4" or "5" or "3+")) { Bad("#severity", $"\"{phase}\" is not an IPC phase (all, 1 to 5, 3+)."); ok = false; }
            if (numberText.Length == 0) { Bad("#affected+num", "missing."); ok = false; }
            else if (!DtmFile.Whole(numberText, out number) || number < 0) { Bad("#affected+num", $"\"{numberText}\" is not a number of people."); ok = false; }
            if (ok && end < start) { Bad("#date+end", $"{end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}."); ok = false; }
            if (!ok) continue;

            var type = Get(Column.Type).ToLowerInvariant();
            if (!areas.TryGetValue((area, start, end, type), out var entry))
                areas[(area, start, end, type)] = entry = new Pending($"line {line}", new FoodInsecurityFigure
                {
                    Area = DtmFile.Cut(area, 200), Adm1Name = level1.Length > 0 ? DtmFile.Cut(level1, 100) : null,
                    Pcode = Get(Column.Adm1Code) is { Length: > 0 } code ? code.ToUpperInvariant() : null,
                    PeriodStart = start, PeriodEnd = end, AnalysisType = DtmFile.Cut(type, 40),
                    AnalysisDate = Get(Column.AnalysisDate) is { Length: > 0 } d ? DtmFile.Cut(d, 40) : null,
                    SourceFile = DtmFile.Cut(file, 200), ImportedAtUtc = now,
                }, []);
            if (!entry.Phases.TryAdd(phase, number)) Bad("#severity", $"a second phase {phase} row for {area}, {start:yyyy-MM-dd} to {end:yyyy-MM-dd}.");
        }
        foreach (var a in areas.Values.Where(a => !a.Complete()))
            errors.Add($"{file}: {a.Where}: {a.Figure.Area} has no phase 3+ row and no phase 3, 4 or 5 rows.");
        return (errors.Count == 0 ? new IpcFile([.. areas.Values.Select(a => new IpcArea(a.Where, a.Figure))], rows) : null, errors);
    }

    static bool Date(string text, string field, Action<string, string> bad, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        bad(field, text.Length == 0 ? "missing." : $"\"{text}\" is not a date (yyyy-mm-dd).");
        return false;
    }

    /// <summary>One area and period while its rows are read: the number of each phase given so far.</summary>
    sealed record Pending(string Where, FoodInsecurityFigure Figure, Dictionary<string, int> Phases)
    {
        int? P(string phase) => Phases.TryGetValue(phase, out var n) ? n : null;

        /// <summary>Phase 3+ as the file gives it, else phases 3 to 5 added up; false when neither is there.</summary>
        public bool Complete()
        {
            var f = Figure;
            (f.Population, f.Phase1, f.Phase2, f.Phase3, f.Phase4, f.Phase5) = (P("all"), P("1"), P("2"), P("3"), P("4"), P("5"));
            int?[] worse = [f.Phase3, f.Phase4, f.Phase5];
            if (P("3+") is { } given) f.Phase3Plus = given;
            else if (worse.Any(p => p is not null)) f.Phase3Plus = worse.Sum(p => p ?? 0);
            else return false;
            return true;
        }
    }
}
