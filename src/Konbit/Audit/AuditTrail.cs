using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Konbit.Audit;

/// <summary>Turns the change tracker's pending changes into audit entries.</summary>
public static class AuditTrail
{
    /// <summary>A property annotated with this (`.HasAnnotation(AuditTrail.Confidential, true)`) is audited as "(confidential)".</summary>
    public const string Confidential = "Konbit:Confidential";

    /// <summary>
    /// An entity type annotated with this (`.HasAnnotation(AuditTrail.AuditedPerImport, true)`) is written only by bulk
    /// imports, which add one audit entry per import (file, counts) themselves: an entry per figure would bury the log.
    /// </summary>
    public const string AuditedPerImport = "Konbit:AuditedPerImport";

    // Secrets never go into the audit log, not even hashed.
    static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    // Boundaries are left out too: megabytes per import, and the unit's Origin names the file and its hash instead.
    static readonly HashSet<string> Hidden = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "GeometryJson"];

    /// <summary>A change seen before the save; its "after" image is read after the save, when generated keys are known.</summary>
    public sealed record Pending(EntityEntry Entry, string Action, Dictionary<string, object?>? Before,
        IReadOnlySet<string>? Changed, Actor Actor, DateTime AtUtc)
    {
        public AuditEntry Complete() => new()
        {
            AtUtc = AtUtc,
            Actor = Actor.Name,
            EntityType = Entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? Entry.Metadata.Name : Entry.Metadata.ShortName(),
            EntityId = string.Join(",", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue)),
            Action = Action,
            Before = Before is null ? null : JsonSerializer.Serialize(Before, Json),
            After = Action switch
            {
                "Added" => JsonSerializer.Serialize(Values(Entry, current: true, _ => true), Json),
                "Modified" => JsonSerializer.Serialize(Values(Entry, current: true, Changed!.Contains), Json),
                _ => null,
            },
        };
    }

    public static List<Pending> Capture(ChangeTracker tracker, Actor actor)
    {
        tracker.DetectChanges();
        var now = actor.UtcNow;
        var pending = new List<Pending>();
        foreach (var e in tracker.Entries())
        {
            if (e.Entity is AuditEntry || e.Metadata.FindAnnotation(AuditedPerImport)?.Value is true) continue;
            switch (e.State)
            {
                case EntityState.Added:
                    pending.Add(new(e, "Added", null, null, actor, now));
                    break;
                case EntityState.Deleted:
                    pending.Add(new(e, "Deleted", Values(e, current: false, _ => true), null, actor, now));
                    break;
                case EntityState.Modified:
                    MarkUserEdit(e, actor);
                    bool Changed(string name) => e.Property(name).IsModified && !Equals(e.Property(name).OriginalValue, e.Property(name).CurrentValue);
                    var before = Values(e, current: false, Changed);
                    if (before.Count > 0) pending.Add(new(e, "Modified", before, before.Keys.ToHashSet(), actor, now));
                    break;
            }
        }
        return pending;
    }

    /// <summary>A seeded record changed by a person is never overwritten by a later `konbit seed`.</summary>
    static void MarkUserEdit(EntityEntry e, Actor actor)
    {
        if (actor.IsSeeder || e.Metadata.FindProperty("EditedByUser") is null) return;
        if (e.Metadata.FindProperty("SeedKey") is null || e.Property("SeedKey").CurrentValue is null) return;
        e.Property("EditedByUser").CurrentValue = true;
    }

    static Dictionary<string, object?> Values(EntityEntry e, bool current, Func<string, bool> include) =>
        e.Properties
            .Where(p => !Hidden.Contains(p.Metadata.Name) && p.Metadata.Name != "EditedByUser" && include(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => p.Metadata.FindAnnotation(Confidential)?.Value is true
                // The tracker holds a decrypted value in plain text: the log says that it changed, never what it is.
                ? "(confidential)"
                : current ? p.CurrentValue : p.OriginalValue);
}
