using Konbit.Data;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>
/// How incidents are stored. The indexes serve the questions that must stay fast over millions of events (by date,
/// type, department and commune) and no more, since every index slows the bulk import.
/// </summary>
static class IncidentModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Incident>(e =>
        {
            e.HasIndex(i => i.SourceId).IsUnique();
            e.Property(i => i.SourceId).HasMaxLength(100);
            e.Property(i => i.Dataset).HasMaxLength(20);
            e.Property(i => i.DisorderType).HasMaxLength(40);
            e.Property(i => i.EventType).HasMaxLength(40);
            e.Property(i => i.SubEventType).HasMaxLength(60);
            e.Property(i => i.Adm1Pcode).HasMaxLength(12);
            e.Property(i => i.Adm2Pcode).HasMaxLength(12);
            e.Property(i => i.Adm3Pcode).HasMaxLength(12);
            e.Property(i => i.RowHash).HasMaxLength(64);
            e.HasIndex(i => i.EventDate);
            // Covering indexes: the summary by type, department and month, and the map by department and commune,
            // read only the index. An area filter on a commune also names its department (P-codes nest).
            e.HasIndex(i => new { i.EventType, i.EventDate, i.Adm1Pcode, i.Month, i.Fatalities });
            e.HasIndex(i => new { i.Adm1Pcode, i.Adm2Pcode, i.EventDate, i.Fatalities });
            // Few incidents have a response time; a filtered index keeps the medians quick and costs the import nothing.
            e.HasIndex(i => new { i.EventDate, i.Month, i.Adm1Pcode, i.ResponseMinutes })
                .HasFilter("\"ResponseMinutes\" IS NOT NULL").HasDatabaseName("IX_Incidents_ResponseTimes");
            e.HasMany(i => i.Sources).WithMany().UsingEntity(j => j.ToTable("IncidentSources"));
            e.HasOne<ImportRun>().WithMany().HasForeignKey(i => i.ImportRunId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<IncidentRevision>(e =>
        {
            e.HasIndex(r => r.IncidentId);
            e.HasOne<Incident>().WithMany().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
            e.Property(r => r.ReplacedBy).HasMaxLength(256);
            e.Property(r => r.Reason).HasMaxLength(300);
        });
        b.Entity<ImportRun>(e =>
        {
            e.HasIndex(r => r.Key).IsUnique();
            e.Property(r => r.FileName).HasMaxLength(300);
            e.Property(r => r.Layout).HasMaxLength(40);
            e.Property(r => r.StartedBy).HasMaxLength(256);
            e.HasOne<Sources.Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
        });
        // The rollup is small (a row per month, commune, type and flags); covering indexes still make the map (grouped
        // by department and commune) a third as costly, and the summary by type and month reads only its range.
        b.Entity<IncidentCount>(e =>
        {
            e.Property(c => c.Adm1Pcode).HasMaxLength(12);
            e.Property(c => c.Adm2Pcode).HasMaxLength(12);
            e.Property(c => c.EventType).HasMaxLength(40);
            e.HasIndex(c => new { c.Adm1Pcode, c.Adm2Pcode, c.Events, c.Fatalities });
            e.HasIndex(c => new { c.EventType, c.Month, c.Adm1Pcode, c.Adm2Pcode, c.Events, c.Fatalities });
        });
        // An existing database gains the table with its rollup behind the log (1 against 0): the first read builds it.
        b.Entity<IncidentLogState>(e =>
        {
            e.ToTable("IncidentLog");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.HasData(new IncidentLogState { Id = 1, LogVersion = 1, RollupVersion = 0 });
        });
    }
}
