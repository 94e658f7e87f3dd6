using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Conduct;
using Konbit.Forces;
using Konbit.Gaps;
using Konbit.Geography;
using Konbit.Indicators;
using Konbit.Incidents;
using Konbit.Mandates;
using Konbit.Sources;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Data;

/// <summary>
/// The one model, shared by both providers. Each provider has its own subclass so that it can carry its own
/// migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres). Every save also writes the audit trail.
/// </summary>
public abstract class KonbitDb(DbContextOptions options, Actor actor)
    : IdentityDbContext<KonbitUser>(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Conflict> Conflicts => Set<Conflict>();
    public DbSet<Contributor> Contributors => Set<Contributor>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<TrainingCohort> TrainingCohorts => Set<TrainingCohort>();
    public DbSet<StrengthReport> StrengthReports => Set<StrengthReport>();
    public DbSet<Mandate> Mandates => Set<Mandate>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();
    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentRevision> IncidentRevisions => Set<IncidentRevision>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<IncidentCount> IncidentCounts => Set<IncidentCount>();
    public DbSet<IncidentLogState> IncidentLog => Set<IncidentLogState>();
    public DbSet<Konbit.Sources.Documents.SourceDocument> SourceDocuments => Set<Konbit.Sources.Documents.SourceDocument>();
    public DbSet<Konbit.Sources.Documents.DocumentFigure> DocumentFigures => Set<Konbit.Sources.Documents.DocumentFigure>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseReferral> CaseReferrals => Set<CaseReferral>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<Konbit.Humanitarian.DisplacementFigure> DisplacementFigures => Set<Konbit.Humanitarian.DisplacementFigure>();
    public DbSet<Konbit.Humanitarian.FoodInsecurityFigure> FoodInsecurityFigures => Set<Konbit.Humanitarian.FoodInsecurityFigure>();
    public DbSet<EquipmentEntry> EquipmentEntries => Set<EquipmentEntry>();
    public DbSet<FundingEntry> FundingEntries => Set<FundingEntry>();
    public DbSet<BudgetPeriod> BudgetPeriods => Set<BudgetPeriod>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public Actor Actor => actor;

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Enums are stored by name so the database reads well and reordering an enum cannot corrupt data.
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Source>(e =>
        {
            e.Property(s => s.Title).HasMaxLength(300);
            e.Property(s => s.Publisher).HasMaxLength(200);
            e.Property(s => s.Url).HasMaxLength(2000);
            e.Property(s => s.Reference).HasMaxLength(300);
            e.HasIndex(s => s.SeedKey).IsUnique();
        });
        b.Entity<Contributor>(e =>
        {
            e.HasKey(c => c.Code);
            e.Property(c => c.Code).HasMaxLength(3);
            e.Property(c => c.Name).HasMaxLength(100);
        });
        b.Entity<Conflict>(e =>
        {
            e.Property(c => c.Subject).HasMaxLength(300);
            e.HasIndex(c => c.SeedKey).IsUnique();
        });
        b.Entity<Pledge>(e =>
        {
            Reported(e);
            e.HasOne<Contributor>().WithMany().HasForeignKey(p => p.ContributorCode);
            e.HasOne<Pledge>().WithMany().HasForeignKey(p => p.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Movement>(e =>
        {
            Reported(e);
            e.HasOne<Contributor>().WithMany().HasForeignKey(m => m.ContributorCode);
            e.Property(m => m.Contingent).HasMaxLength(200);
            e.HasIndex(m => new { m.ContributorCode, m.On });
        });
        b.Entity<TrainingCohort>(e =>
        {
            Reported(e);
            e.HasOne<Contributor>().WithMany().HasForeignKey(c => c.ContributorCode);
        });
        b.Entity<StrengthReport>(e =>
        {
            Reported(e);
            e.HasOne<Contributor>().WithMany().HasForeignKey(r => r.ContributorCode);
            e.HasIndex(r => new { r.ContributorCode, r.AsOf });
        });
        b.Entity<Mandate>(e =>
        {
            e.HasIndex(m => m.Instrument).IsUnique();
            e.Property(m => m.Instrument).HasMaxLength(100);
            e.Property(m => m.Mission).HasMaxLength(200);
            e.HasOne<Mandate>().WithMany().HasForeignKey(m => m.PredecessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(m => m.Sources).WithMany().UsingEntity(j => j.ToTable("MandateSources"));
            e.HasIndex(m => m.SeedKey).IsUnique();
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => new { a.EntityType, a.EntityId });
            e.HasIndex(a => a.Seq).IsUnique();
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(20);
        });
        b.Entity<AdminUnit>(e =>
        {
            e.HasKey(u => u.Pcode);
            e.Property(u => u.Pcode).HasMaxLength(12);
            e.Property(u => u.ParentPcode).HasMaxLength(12);
            e.Property(u => u.Origin).HasMaxLength(300);
            e.HasIndex(u => u.Level);
            e.HasData(Departments.BuiltIn);
        });
        IncidentModel.Configure(b);
        Konbit.Sources.Documents.DocumentModel.Configure(b);
        ConductModel.Configure(b);
        Konbit.Humanitarian.HumanitarianModel.Configure(b);
        GapsModel.Configure(b);
        IndicatorsModel.Configure(b);
        b.Entity<KonbitUser>().Property(u => u.ContributorCode).HasMaxLength(3);
        b.Entity<SetupToken>().HasIndex(t => t.TokenHash).IsUnique();
    }

    /// <summary>What every sourced figure's table has: its sources, its conflict, its seed key, its note.</summary>
    internal static void Reported<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : Report
    {
        e.HasMany(r => r.Sources).WithMany().UsingEntity(j => j.ToTable(typeof(T).Name + "Sources"));
        e.HasOne(r => r.Conflict).WithMany().HasForeignKey(r => r.ConflictId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.SeedKey).IsUnique();
        e.Property(r => r.Note).HasMaxLength(2000);
    }

    /// <summary>Nothing audited is saved synchronously: the audit chain is written in SaveChangesAsync.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        AuditTrail.Capture(ChangeTracker, actor).Count == 0 && ChangeTracker.Entries<AuditEntry>().All(e => e.State == EntityState.Unchanged)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Audited records and audit entries are saved with SaveChangesAsync.");

    /// <summary>
    /// Saves and writes one audit entry per changed record, in one transaction. Every audit entry, whether made here
    /// from the changes or added directly (an import's summary), is chained in <see cref="AuditChain.AppendAsync"/>.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var changes = AuditTrail.Capture(ChangeTracker, actor);
        var direct = AuditChain.TakeAdded(ChangeTracker);
        if (changes.Count == 0 && direct.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Changed incidents move the incident rollup in the same transaction (Incidents/IncidentRollup.cs).
            // Its lock is taken before the chain's (in AppendAsync), the same order in every writer.
            var rollup = await IncidentRollup.BeforeSaveAsync(this, ct);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (rollup is not null) await rollup.AfterSaveAsync(this, ct);
            await AuditChain.AppendAsync(this, [.. direct, .. changes.Select(c => c.Complete())], ct);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (own is not null) await own.CommitAsync(ct);
            return saved + direct.Count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
