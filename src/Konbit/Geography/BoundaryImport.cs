using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Geography;

/// <summary>What `konbit geo import` did.</summary>
public sealed record BoundaryImportResult(int Level, int Imported, int Replaced, int Removed, string FileName)
{
    public override string ToString() =>
        $"Imported {Imported:N0} {BoundaryFile.Noun(Level, Imported)} (level {Level}) from {FileName}; replaced {Replaced:N0}" +
        (Removed > 0 ? $", of which {Removed:N0} are not in the file and were removed." : ".");
}

/// <summary>
/// Replaces the admin units of one level by those of a boundary file, atomically: the level ends up holding exactly
/// the file's units, or, when the file has any problem, nothing changes.
/// </summary>
public sealed class BoundaryImport(KonbitDb db)
{
    public async Task<(BoundaryImportResult? Result, List<string> Errors)> RunAsync(byte[] content, string fileName, CancellationToken ct)
    {
        var (file, errors) = BoundaryFile.Read(content, Path.GetFileName(fileName));
        if (file is null) return (null, errors);

        // Units already known are updated in place rather than deleted and inserted again, so that the audit trail
        // shows per unit what a new file changed (a name, a point, the file it came from) and a re-import of the same
        // file records nothing. One SaveChanges is one transaction.
        var previous = await db.AdminUnits.Where(u => u.Level == file.Level).ToDictionaryAsync(u => u.Pcode, StringComparer.OrdinalIgnoreCase, ct);
        var replaced = previous.Count;
        foreach (var unit in file.Units)
        {
            if (previous.Remove(unit.Pcode, out var old))
            {
                old.ParentPcode = unit.ParentPcode;
                old.NameFr = unit.NameFr;
                old.NameEn = unit.NameEn;
                old.NameHt = unit.NameHt;
                old.Latitude = unit.Latitude;
                old.Longitude = unit.Longitude;
                old.GeometryJson = unit.GeometryJson;
                old.Origin = unit.Origin;
            }
            else db.AdminUnits.Add(unit);
        }
        db.AdminUnits.RemoveRange(previous.Values);
        await db.SaveChangesAsync(ct);
        return (new BoundaryImportResult(file.Level, file.Units.Count, replaced, previous.Count, Path.GetFileName(fileName)), errors);
    }
}
