using Konbit.Data;
using Konbit.Forces;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

/// <summary>How the equipment and funding ledgers are stored.</summary>
public static class GapsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<EquipmentEntry>(e =>
        {
            KonbitDb.Reported(e);
            e.Property(x => x.Donor).HasMaxLength(100);
            e.Property(x => x.ContributorCode).HasMaxLength(3);
            e.HasOne<Contributor>().WithMany().HasForeignKey(x => x.ContributorCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<EquipmentEntry>().WithMany().HasForeignKey(x => x.PledgeId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Category, x.On });
        });
        b.Entity<FundingEntry>(e =>
        {
            KonbitDb.Reported(e);
            e.Property(x => x.Donor).HasMaxLength(100);
            e.Property(x => x.ContributorCode).HasMaxLength(3);
            e.HasOne<Contributor>().WithMany().HasForeignKey(x => x.ContributorCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Currency).HasMaxLength(3);
            // Money is decimal with fixed scales on both providers; SQLite stores it as text, so sums are made in memory.
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.AmountUsd).HasPrecision(18, 2);
            e.Property(x => x.RateToUsd).HasPrecision(18, 8);
            e.HasIndex(x => x.On);
        });
        b.Entity<BudgetPeriod>(e =>
        {
            KonbitDb.Reported(e);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.BudgetUsd).HasPrecision(18, 2);
        });
    }
}
