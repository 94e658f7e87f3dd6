using System.Text.Json;
using Konbit.Data;
using Konbit.Geography;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>An incident recorded or corrected by hand: the ACLED fields, the mission's fields and the sources cited.</summary>
public sealed record RecordIncident(DateOnly? EventDate, int? TimePrecision, string? EventType, string? SubEventType,
    string? Actor1, string? AssocActor1, int? Inter1, string? Actor2, string? AssocActor2, int? Inter2,
    string? Admin1, string? Admin2, string? Admin3, string? Location, double? Latitude, double? Longitude, int? GeoPrecision,
    int? Fatalities, int? FatalitiesLow, int? FatalitiesHigh, int? Injured, int? Abducted, int? Displaced,
    string? Notes, string? Tags, bool? MissionInvolved, string? RespondingUnits,
    DateTime? AlertedAtUtc, DateTime? DepartedAtUtc, DateTime? ArrivedAtUtc, SourceInput? Source = null, int[]? SourceIds = null);

/// <summary>
/// Hand-recorded incidents and corrections, shared by the API and the forms. Everything is validated before anything
/// is written; a correction keeps the replaced version as a revision, and the audit trail records the change.
/// </summary>
public sealed class IncidentWrites(KonbitDb db, PlaceLookup places, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;
    DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<Outcome<Incident>> RecordAsync(RecordIncident input, CancellationToken ct)
    {
        var incident = new Incident
        {
            // Replaced by "KON-" and the record's number once the insert has given it one (same transaction).
            SourceId = "KON-" + Guid.NewGuid().ToString("N"),
            Dataset = "manual",
            DisorderType = "", EventType = "", SubEventType = "", Actor1 = "",
            RecordedAtUtc = Now, UpdatedAtUtc = Now,
        };
        var errors = await ApplyAsync(incident, input, ct);
        if (errors.Any) return Refuse(errors);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(ct);
        incident.SourceId = $"KON-{incident.Id}";
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<Incident>.Ok(incident);
    }

    /// <summary>Replaces an incident's fields and citations; the old version becomes a revision ("correction").</summary>
    public async Task<Outcome<Incident>> CorrectAsync(long id, RecordIncident input, CancellationToken ct)
    {
        var incident = await db.Incidents.Include(i => i.Sources).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return Outcome<Incident>.Missing();
        var before = Snapshot(incident);
        var errors = await ApplyAsync(incident, input, ct);
        if (errors.Any) return Refuse(errors);
        // A correction that changes nothing leaves no revision behind.
        if (!db.ChangeTracker.HasChanges()) return Outcome<Incident>.Ok(incident);
        incident.UpdatedAtUtc = Now;
        db.IncidentRevisions.Add(new IncidentRevision
        {
            IncidentId = id, ReplacedAtUtc = Now, ReplacedBy = db.Actor.Name, Reason = "correction", Snapshot = before,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<Incident>.Ok(incident);
    }

    /// <summary>Nothing half-done stays tracked when a write is refused, so no later save in this scope writes it.</summary>
    Outcome<Incident> Refuse(Errors errors)
    {
        db.ChangeTracker.Clear();
        return Outcome<Incident>.Fail(errors);
    }

    /// <summary>The stored fields (and the cited source ids) as a JSON object: a revision's snapshot.</summary>
    string Snapshot(Incident incident)
    {
        var fields = db.Entry(incident).Properties
            .Where(p => p.Metadata.Name is not (nameof(Incident.UpdatedAtUtc)))
            .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue is DateTime t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : p.CurrentValue);
        fields["SourceIds"] = incident.Sources.Select(s => s.Id).Order().ToArray();
        return JsonSerializer.Serialize(fields);
    }

    async Task<Errors> ApplyAsync(Incident incident, RecordIncident input, CancellationToken ct)
    {
        var errors = new Errors();
        var check = new IncidentChecks(errors, Now);
        incident.EventDate = check.EventDate(input.EventDate) ?? default;
        incident.TimePrecision = check.Precision("timePrecision", input.TimePrecision, "1 (the day is known), 2 (the week) or 3 (the month)");
        incident.GeoPrecision = check.Precision("geoPrecision", input.GeoPrecision, "1 (the place itself), 2 (near it) or 3 (only the region)");
        var (eventType, subEventType) = check.Types(input.EventType, input.SubEventType);
        incident.EventType = eventType ?? "";
        incident.SubEventType = subEventType ?? "";
        incident.DisorderType = eventType is null || subEventType is null ? "" : Taxonomy.DisorderFor(eventType, subEventType);

        incident.Actor1 = errors.Text("actor1", input.Actor1, 200, required: true) ?? "";
        incident.AssocActor1 = errors.Text("assocActor1", input.AssocActor1, 300);
        incident.Actor2 = errors.Text("actor2", input.Actor2, 200);
        incident.AssocActor2 = errors.Text("assocActor2", input.AssocActor2, 300);
        incident.Inter1 = check.Inter("inter1", input.Inter1);
        incident.Inter2 = check.Inter("inter2", input.Inter2);
        if (incident.Inter2 is not null && incident.Actor2 is null)
            errors.Add("inter2", "inter2 is the inter code of actor2: name actor2 or leave inter2 out.");
        incident.Interaction = incident.Inter1 is not { } a ? null
            : incident.Inter2 is { } b ? (byte)(Math.Min(a, b) * 10 + Math.Max(a, b)) : (byte)(a * 10);

        incident.Admin1 = errors.Text("admin1", input.Admin1, 100);
        incident.Admin2 = errors.Text("admin2", input.Admin2, 100);
        incident.Admin3 = errors.Text("admin3", input.Admin3, 100);
        incident.Location = errors.Text("location", input.Location, 200);
        (incident.Latitude, incident.Longitude) = check.Coordinates(input.Latitude, input.Longitude);
        incident.OutsideHaiti = incident.Latitude is { } lat && incident.Longitude is { } lon && !PlaceLookup.InsideHaiti(lat, lon);

        incident.Fatalities = check.People("fatalities", input.Fatalities ?? 0, 10_000) ?? 0;
        incident.FatalitiesLow = check.People("fatalitiesLow", input.FatalitiesLow, 10_000);
        incident.FatalitiesHigh = check.People("fatalitiesHigh", input.FatalitiesHigh, 10_000);
        check.Range(incident.FatalitiesLow, incident.Fatalities, incident.FatalitiesHigh);
        incident.Injured = check.People("injured", input.Injured, 10_000);
        incident.Abducted = check.People("abducted", input.Abducted, 10_000);
        incident.Displaced = check.People("displaced", input.Displaced, 500_000);

        incident.Notes = errors.Text("notes", input.Notes, 10_000);
        incident.Tags = errors.Text("tags", input.Tags, 500);
        incident.MissionInvolved = input.MissionInvolved ?? false;
        incident.RespondingUnits = errors.Text("respondingUnits", input.RespondingUnits, 500);
        (incident.AlertedAtUtc, incident.DepartedAtUtc, incident.ArrivedAtUtc) = check.Response(input.AlertedAtUtc, input.DepartedAtUtc, input.ArrivedAtUtc);

        var sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        incident.Sources.Clear();
        incident.Sources.AddRange(sources);
        incident.SourceNames = sources.Count == 0 ? null : string.Join("; ", sources.Select(s => s.Publisher ?? s.Title).Distinct());

        if (!errors.Any) await PlaceAsync(incident, ct);
        incident.Derive();
        return errors;
    }

    /// <summary>P-codes from the coordinates where boundaries are loaded, else from the names; names filled in from the units found.</summary>
    async Task PlaceAsync(Incident incident, CancellationToken ct)
    {
        var gazetteer = await places.CurrentAsync(db, ct);
        var placed = incident is { Latitude: { } lat, Longitude: { } lon, OutsideHaiti: false } ? gazetteer.Locate(lat, lon) : default;
        var adm1 = placed.Adm1 ?? (incident.Admin1 is { } n1 ? gazetteer.Find(1, n1)?.Pcode : null);
        var adm2 = placed.Adm2 ?? (incident.Admin2 is { } n2 ? gazetteer.Find(2, n2, adm1)?.Pcode : null);
        var adm3 = placed.Adm3 ?? (incident.Admin3 is { } n3 ? gazetteer.Find(3, n3, adm2)?.Pcode : null);
        // A commune's P-code begins with its department's, a section's with its commune's (HT0111-01 → HT0111 → HT01).
        adm2 ??= adm3 is { Length: > 6 } ? adm3[..6] : null;
        adm1 ??= adm2 is { Length: > 4 } ? adm2[..4] : null;
        (incident.Adm1Pcode, incident.Adm2Pcode, incident.Adm3Pcode) = (adm1, adm2, adm3);
        incident.Admin1 ??= gazetteer.Get(adm1)?.NameFr;
        incident.Admin2 ??= gazetteer.Get(adm2)?.NameFr;
        incident.Admin3 ??= gazetteer.Get(adm3)?.NameFr;
    }
}
