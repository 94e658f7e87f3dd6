using Konbit.Forces;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>How complaints and their case records are stored.</summary>
public static class ConductModel
{
    /// <summary>The audit entity types of this feature: only conduct officers read their history.</summary>
    public static readonly string[] EntityTypes = [nameof(Complaint), nameof(CaseNote), nameof(CaseReferral), nameof(CaseAttachment)];

    public static void Configure(ModelBuilder b)
    {
        b.Entity<Complaint>(e =>
        {
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Reference).HasMaxLength(20);
            e.Property(c => c.CodeHash).HasMaxLength(64);
            e.Property(c => c.Language).HasMaxLength(2);
            e.Property(c => c.Pcode).HasMaxLength(12);
            e.Property(c => c.ContributorCode).HasMaxLength(3);
            e.Property(c => c.AssignedTo).HasMaxLength(256);
            e.HasOne<Contributor>().WithMany().HasForeignKey(c => c.ContributorCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.Status, c.DueOn });
            e.HasIndex(c => c.ReceivedAtUtc);
            Sealed(e.Property(c => c.SealedWhen), e.Property(c => c.SealedPlace), e.Property(c => c.SealedForce),
                e.Property(c => c.SealedNarrative), e.Property(c => c.SealedName), e.Property(c => c.SealedContact),
                // The code's hash is no secret a reader could use, but it has no business in the audit log either.
                e.Property(c => c.CodeHash));
        });
        b.Entity<CaseNote>(e =>
        {
            e.HasOne<Complaint>().WithMany(c => c.Notes).HasForeignKey(n => n.ComplaintId);
            e.Property(n => n.Author).HasMaxLength(256);
            Sealed(e.Property(n => n.SealedText));
        });
        b.Entity<CaseReferral>(e =>
        {
            e.HasOne<Complaint>().WithMany(c => c.Referrals).HasForeignKey(r => r.ComplaintId);
            e.HasOne<Contributor>().WithMany().HasForeignKey(r => r.ContributorCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.ContributorCode).HasMaxLength(3);
            e.Property(r => r.Authority).HasMaxLength(200);
            e.Property(r => r.TheirReference).HasMaxLength(100);
            e.Property(r => r.RecordedBy).HasMaxLength(256);
            Sealed(e.Property(r => r.SealedResponse));
        });
        b.Entity<CaseAttachment>(e =>
        {
            e.HasOne<Complaint>().WithMany(c => c.Attachments).HasForeignKey(a => a.ComplaintId);
            e.Property(a => a.ContentType).HasMaxLength(100);
            Sealed(e.Property(a => a.SealedFileName), e.Property(a => a.SealedContent));
        });
    }

    static void Sealed(params Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder[] properties)
    {
        foreach (var p in properties) p.HasAnnotation(Audit.AuditTrail.Confidential, true);
    }
}
