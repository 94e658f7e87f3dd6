using Konbit.Data;
using Konbit.Geography;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Indicators;

/// <summary>How the results framework is stored.</summary>
public static class IndicatorsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Indicator>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.SeedKey).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Definition).HasMaxLength(2000);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.MandateTask).HasMaxLength(500);
            e.Property(x => x.DepartmentPcode).HasMaxLength(12);
            e.HasOne<AdminUnit>().WithMany().HasForeignKey(x => x.DepartmentPcode).OnDelete(DeleteBehavior.Restrict);
            // Indicator values are counts, hours and percentages: four decimals are plenty on both providers.
            e.Property(x => x.Baseline).HasPrecision(18, 4);
            e.Property(x => x.Tolerance).HasPrecision(9, 4);
            e.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IndicatorTarget>(e =>
        {
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.IndicatorId, x.On }).IsUnique();
        });
        b.Entity<IndicatorValue>(e =>
        {
            KonbitDb.Reported(e);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.HasIndex(x => new { x.IndicatorId, x.On });
        });
    }
}
