using System.Text.Json;
using System.Text.RegularExpressions;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Geography;
using Konbit.Incidents.Import;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Humanitarian;

/// <summary>A DTM row whose P-code is not a known area of its level: reported, and not stored.</summary>
public sealed record UnknownPcode(string Where, string Pcode);

/// <summary>What one import recognised and stored.</summary>
public sealed record HumanitarianImportResult(string FileName, string Format, string Level, int Rows, int Figures, int Added,
    int Replaced, IReadOnlyList<UnknownPcode> UnknownPcodes)
{
    public override string ToString() =>
        $"{FileName}: {Format} ({Level}): {Rows:N0} rows, stored {Figures:N0} figures ({Added:N0} new, {Replaced:N0} replaced)" +
        (UnknownPcodes.Count > 0 ? $"; {Shared.Show.Plural(UnknownPcodes.Count, "row", "rows")} with unknown P-codes not stored." : ".");
}

/// <summary>
/// Recognises a humanitarian figures file by its content (IOM DTM JSON or CSV, IPC HDX CSV) and stores its figures,
/// replacing those of the same key (level, P-code and date; area, period and analysis type), in one transaction:
/// a file with any error stores nothing. DTM rows with unknown P-codes are the one exception, by choice: they are
/// reported (where and which code) and left out, since a figure that cannot be placed would be summed and mapped
/// wrongly, while the rest of a partner's file is still good.
/// </summary>
public sealed partial class HumanitarianImport(KonbitDb db, PlaceLookup places)
{
    public const string Unrecognised = "not recognised: expected IOM DTM figures (the DTM API's JSON, or CSV with the columns numPresentIdpInd and reportingDate) or IPC figures (HDX CSV with its HXL hashtag row).";

    public async Task<(HumanitarianImportResult? Result, List<string> Errors)> RunAsync(byte[] content, string fileName, CancellationToken ct)
    {
        var file = DtmFile.Cut(Path.GetFileName(fileName), 200);
        var now = db.Actor.UtcNow;
        var (dtm, ipc, errors) = Read(content, file, now);
        if (errors.Count > 0) return (null, Limit(errors));
        // Two imports at once would both read the stored figures and both add the same new ones, and one would fail
        // on the unique key. A transaction begun before the read holds SQLite's write lock (BEGIN IMMEDIATE), and on
        // PostgreSQL the audit chain's lock, which the save takes anyway: imports follow one another.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await Audit.AuditChain.LockAsync(db, ct);
        var result = dtm is not null ? await StoreAsync(dtm, file, now, ct) : await StoreAsync(ipc!, file, ct);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, Actor = db.Actor.Name, EntityType = "HumanitarianImport", EntityId = DtmFile.Cut(file, 100), Action = "Imported",
            After = JsonSerializer.Serialize(new { result.FileName, result.Format, result.Level, result.Rows, result.Figures, result.Added, result.Replaced, UnknownPcodes = result.UnknownPcodes.Count }),
        });
        // One transaction: the figures and the import's audit entry, or nothing.
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (result, []);
    }

    static List<string> Limit(List<string> errors) =>
        errors.Count <= 50 ? errors : [.. errors.Take(50), $"... and {errors.Count - 50:N0} more problems."];

    static (DtmFile? Dtm, IpcFile? Ipc, List<string> Errors) Read(byte[] content, string file, DateTime now)
    {
        var body = content.AsSpan();
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        var start = body.TrimStart(" \t\r\n"u8);
        if (start.IsEmpty) return (null, null, [$"{file}: the file is empty."]);
        if (start[0] is (byte)'{' or (byte)'[')
        {
            JsonDocument json;
            try { json = JsonDocument.Parse(content.AsMemory(content.Length - start.Length)); }
            catch (JsonException e) { return (null, null, [$"{file}: line {e.LineNumber + 1}: not valid JSON ({e.Message.Split(" Path:")[0]})"]); }
            using (json)
            {
                var (dtm, errors) = DtmFile.ReadJson(json.RootElement, file);
                return (dtm, null, errors);
            }
        }

        using var csv = new CsvRecords(new MemoryStream(content));
        if (!csv.Read() || csv.Broken is not null) return (null, null, [$"{file}: {Unrecognised}"]);
        var header = csv.Fields().Select(h => h.Trim()).ToArray();
        if (DtmFile.IsDtm(header))
        {
            var (dtm, errors) = DtmFile.ReadCsv(csv, header, file);
            return (dtm, null, errors);
        }
        var hasSecond = csv.Read() && csv.Broken is null;
        if (hasSecond && IpcFile.IsIpcTags(csv.Fields()))
        {
            var (ipc, errors) = IpcFile.Read(csv, file, now);
            return (null, ipc, errors);
        }
        if (IpcFile.LooksLikeIpc(header))
            return (null, null, [$"{file}: line 2: expected the HXL hashtag row ({IpcFile.ExpectedTags}) under the header, as in HDX's IPC files; found \"{DtmFile.Cut(hasSecond ? string.Join(",", csv.Fields()) : "", 80)}\"."]);
        return (null, null, [$"{file}: {Unrecognised}"]);
    }

    async Task<HumanitarianImportResult> StoreAsync(DtmFile file, string name, DateTime now, CancellationToken ct)
    {
        var known = await KnownAsync(file.Level, ct);
        var unknown = file.Rows.Where(r => !known(r.Pcode)).Select(r => new UnknownPcode(r.Where, r.Pcode)).ToList();
        var figures = (file with { Rows = [.. file.Rows.Where(r => known(r.Pcode))] }).Sum(name, now);
        var stored = await db.DisplacementFigures.Where(f => f.Level == file.Level).ToDictionaryAsync(f => (f.Pcode, f.ReportingDate), ct);
        var replaced = 0;
        foreach (var f in figures)
        {
            if (stored.TryGetValue((f.Pcode, f.ReportingDate), out var old))
            {
                (old.Idps, old.Round, old.Operation, old.SourceFile, old.ImportedAtUtc) = (f.Idps, f.Round, f.Operation, f.SourceFile, f.ImportedAtUtc);
                replaced++;
            }
            else db.DisplacementFigures.Add(f);
        }
        return new(name, file.Format, LevelName(file.Level), file.Rows.Count, figures.Count, figures.Count - replaced, replaced, unknown);
    }

    async Task<HumanitarianImportResult> StoreAsync(IpcFile file, string name, CancellationToken ct)
    {
        var gazetteer = await places.CurrentAsync(db, ct);
        var stored = await db.FoodInsecurityFigures.ToDictionaryAsync(f => (f.Area, f.PeriodStart, f.PeriodEnd, f.AnalysisType), ct);
        var replaced = 0;
        foreach (var f in file.Areas.Select(a => a.Figure))
        {
            // IPC names departments; its Port-au-Prince metropolitan zone (ZMPAP) lies in Ouest.
            f.Pcode ??= f.Adm1Name is { } d ? (d.Equals("ZMPAP", StringComparison.OrdinalIgnoreCase) ? "HT01" : gazetteer.Find(1, d)?.Pcode) : null;
            if (stored.TryGetValue((f.Area, f.PeriodStart, f.PeriodEnd, f.AnalysisType), out var old))
            {
                (old.Adm1Name, old.Pcode, old.AnalysisDate, old.Population, old.Phase3Plus, old.SourceFile, old.ImportedAtUtc) =
                    (f.Adm1Name, f.Pcode, f.AnalysisDate, f.Population, f.Phase3Plus, f.SourceFile, f.ImportedAtUtc);
                (old.Phase1, old.Phase2, old.Phase3, old.Phase4, old.Phase5) = (f.Phase1, f.Phase2, f.Phase3, f.Phase4, f.Phase5);
                replaced++;
            }
            else db.FoodInsecurityFigures.Add(f);
        }
        return new(name, "IPC HDX CSV", "analysis areas", file.Rows, file.Areas.Count, file.Areas.Count - replaced, replaced, []);
    }

    /// <summary>
    /// The country is "HT" or "HTI"; departments are the built-in ten (or imported ones); communes are the imported
    /// ones, or, while none is imported, any code of the commune shape inside a known department.
    /// </summary>
    async Task<Func<string, bool>> KnownAsync(AreaLevel level, CancellationToken ct)
    {
        if (level == AreaLevel.Country) return p => p is "HT" or "HTI";
        var units = await db.AdminUnits.Where(u => u.Level <= 2).Select(u => new { u.Pcode, u.Level }).ToListAsync(ct);
        var departments = units.Where(u => u.Level == 1).Select(u => u.Pcode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (level == AreaLevel.Adm1) return departments.Contains;
        var communes = units.Where(u => u.Level == 2).Select(u => u.Pcode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return communes.Count > 0 ? communes.Contains : p => CommuneShape().IsMatch(p) && departments.Contains(p[..4]);
    }

    [GeneratedRegex("^HT[0-9]{4}$")]
    private static partial Regex CommuneShape();

    public static string LevelName(AreaLevel level) => level switch { AreaLevel.Country => "country", AreaLevel.Adm1 => "adm1", _ => "adm2" };
}
