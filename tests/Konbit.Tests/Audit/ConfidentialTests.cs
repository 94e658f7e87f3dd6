using Konbit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Tests.Audit;

/// <summary>A property marked confidential never reaches the audit log: the tracker holds its plain text.</summary>
public sealed class ConfidentialTests
{
    sealed class Complaint
    {
        public int Id { get; set; }
        public string Status { get; set; } = "";
        public string Account { get; set; } = "";
    }

    sealed class ComplaintsDb(DbContextOptions<ComplaintsDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder b) =>
            b.Entity<Complaint>().Property(c => c.Account).HasAnnotation(AuditTrail.Confidential, true);
    }

    // Only the change tracker is used: no database is opened.
    static ComplaintsDb NewDb() => new(new DbContextOptionsBuilder<ComplaintsDb>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public void AConfidentialProperty_IsAuditedAsConfidential_WhenAddedAndWhenChanged()
    {
        using var db = NewDb();
        db.Add(new Complaint { Id = 1, Status = "open", Account = "the witness saw it" });
        var added = Assert.Single(AuditTrail.Capture(db.ChangeTracker, new Actor())).Complete();
        Assert.Contains("\"Account\":\"(confidential)\"", added.After);
        Assert.Contains("\"Status\":\"open\"", added.After);
        Assert.DoesNotContain("witness", added.After);

        using var other = NewDb();
        var complaint = new Complaint { Id = 2, Status = "open", Account = "first account" };
        other.Attach(complaint);
        complaint.Account = "second account";
        complaint.Status = "closed";
        var changed = Assert.Single(AuditTrail.Capture(other.ChangeTracker, new Actor())).Complete();
        Assert.Equal("{\"Account\":\"(confidential)\",\"Status\":\"open\"}", changed.Before);
        Assert.Equal("{\"Account\":\"(confidential)\",\"Status\":\"closed\"}", changed.After);
    }
}
