using Konbit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Humanitarian;

/// <summary>The admin level a displacement figure covers: the whole country, a department or a commune.</summary>
public enum AreaLevel { Country, Adm1, Adm2 }

/// <summary>
/// IOM DTM: internally displaced people present in one area on one reporting date, summed over the rows a file splits
/// by origin or reason. One figure per level, P-code and date: a later file for the same round replaces it.
/// </summary>
public sealed class DisplacementFigure
{
    public long Id { get; set; }
    public AreaLevel Level { get; set; }
    /// <summary>As the file gives it: "HTI" (or "HT") for the country, HT01.. for departments, HT0111.. for communes.</summary>
    public required string Pcode { get; set; }
    public DateOnly ReportingDate { get; set; }
    /// <summary>Individuals (DTM's numPresentIdpInd).</summary>
    public int Idps { get; set; }
    /// <summary>The DTM round; null when the file gives none or the rows summed name different rounds.</summary>
    public int? Round { get; set; }
    /// <summary>The DTM operation(s) of the rows summed, such as "Countrywide monitoring".</summary>
    public string? Operation { get; set; }
    public required string SourceFile { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}

/// <summary>
/// IPC: the population of one analysis area by phase for one analysis period, current or projected. One figure per
/// area, period and analysis type.
/// </summary>
public sealed class FoodInsecurityFigure
{
    public long Id { get; set; }
    /// <summary>IPC's analysis area ("Nippes HT01" is a livelihood zone of Nippes, not a P-code).</summary>
    public required string Area { get; set; }
    /// <summary>The department's name as IPC gives it ("Level 1"), such as "Artibonite" or "ZMPAP".</summary>
    public string? Adm1Name { get; set; }
    /// <summary>The department's P-code where the IPC department maps to one, else null.</summary>
    public string? Pcode { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>"current", "first projection", ...; empty when the file has no such column.</summary>
    public string AnalysisType { get; set; } = "";
    /// <summary>"Sep 2025": when the analysis was made.</summary>
    public string? AnalysisDate { get; set; }
    public int? Population { get; set; }
    public int? Phase1 { get; set; }
    public int? Phase2 { get; set; }
    public int? Phase3 { get; set; }
    public int? Phase4 { get; set; }
    public int? Phase5 { get; set; }
    /// <summary>Phase 3 or worse: the file's "3+" row, or phases 3, 4 and 5 added up when it has none.</summary>
    public int Phase3Plus { get; set; }
    public required string SourceFile { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}

static class HumanitarianModel
{
    public static void Configure(ModelBuilder b)
    {
        // Thousands of figures per file: each import is audited as one entry (HumanitarianImport), not one per figure.
        b.Entity<DisplacementFigure>(e =>
        {
            e.HasAnnotation(AuditTrail.AuditedPerImport, true);
            e.Property(f => f.Pcode).HasMaxLength(12);
            e.Property(f => f.Operation).HasMaxLength(300);
            e.Property(f => f.SourceFile).HasMaxLength(200);
            e.HasIndex(f => new { f.Level, f.Pcode, f.ReportingDate }).IsUnique();
        });
        b.Entity<FoodInsecurityFigure>(e =>
        {
            e.HasAnnotation(AuditTrail.AuditedPerImport, true);
            e.Property(f => f.Area).HasMaxLength(200);
            e.Property(f => f.Adm1Name).HasMaxLength(100);
            e.Property(f => f.Pcode).HasMaxLength(12);
            e.Property(f => f.AnalysisType).HasMaxLength(40);
            e.Property(f => f.AnalysisDate).HasMaxLength(40);
            e.Property(f => f.SourceFile).HasMaxLength(200);
            e.HasIndex(f => new { f.Area, f.PeriodStart, f.PeriodEnd, f.AnalysisType }).IsUnique();
        });
    }
}
