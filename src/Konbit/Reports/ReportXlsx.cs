using MiniExcelLibs;

namespace Konbit.Reports;

/// <summary>
/// The report as a workbook: a "Report" sheet with every figure (section, label, value, change, notes), a sheet per
/// table, and the notes. Values are the formatted text of the page and the PDF, so the three agree cell for cell.
/// </summary>
public static class ReportXlsx
{
    public static byte[] Render(WeeklyReport report, string linkBase)
    {
        var sheets = new Dictionary<string, object>();
        var figures = new List<Dictionary<string, object?>>();
        foreach (var s in report.Sections)
        {
            if (s.NoData is { } none)
                figures.Add(Row(s.Title, "No data", none, null, []));
            foreach (var f in s.Figures) figures.Add(Row(s.Title, f.Label, f.Value, f.Change, f.Notes));
        }
        sheets["Report"] = figures;

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Report", "Notes" };
        foreach (var s in report.Sections)
            foreach (var t in s.Tables)
            {
                var rows = t.Rows.Select(r =>
                {
                    var cells = new Dictionary<string, object?>();
                    for (var i = 0; i < t.Columns.Count; i++) cells[t.Columns[i].Length == 0 ? "Item" : t.Columns[i]] = r.Cells[i];
                    cells["Notes"] = string.Join(",", r.Notes);
                    return cells;
                }).ToList();
                if (rows.Count > 0) sheets[SheetName($"{s.Key} {t.Title}", names)] = rows;
            }

        sheets["Notes"] = report.Notes.Select(n => new Dictionary<string, object?>
        {
            ["Note"] = n.Number, ["Text"] = n.Text, ["Address"] = n.Url is { } u ? ReportHtml.Href(u, linkBase) : null,
        }).ToList();

        using var output = new MemoryStream();
        output.SaveAs(sheets);
        return output.ToArray();
    }

    static Dictionary<string, object?> Row(string section, string label, string value, string? change, IReadOnlyList<int> notes) => new()
    {
        ["Section"] = section, ["Figure"] = label, ["Value"] = value, ["Change since last week"] = change, ["Notes"] = string.Join(",", notes),
    };

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    static string SheetName(string wanted, HashSet<string> taken)
    {
        var clean = new string(wanted.Where(c => !"[]:*?/\\".Contains(c)).ToArray()).Trim();
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var i = 2; !taken.Add(name); i++)
            name = (clean.Length > 28 ? clean[..28] : clean) + " " + i;
        return name;
    }
}
