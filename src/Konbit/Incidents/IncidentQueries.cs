using System.Linq.Expressions;
using Konbit.Data;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>The list of incidents (newest first), its GeoJSON form, and one incident in full.</summary>
public static class IncidentQueries
{
    public static readonly Expression<Func<Incident, IncidentItem>> ToItem = i => new IncidentItem(i.Id, i.SourceId, i.EventDate,
        i.EventType, i.SubEventType, i.Actor1, i.Actor2, i.Admin1, i.Admin2, i.Adm1Pcode, i.Adm2Pcode, i.Location, i.Latitude,
        i.Longitude, i.Fatalities, i.MissionInvolved, i.Synthetic);

    // Newest first; the id breaks ties so that pages never overlap (and reads the EventDate index backwards on SQLite).
    static IQueryable<Incident> Newest(IQueryable<Incident> q) => q.OrderByDescending(i => i.EventDate).ThenByDescending(i => i.Id);

    public static async Task<IncidentPage> PageAsync(IQueryable<Incident> filtered, int page, int pageSize, CancellationToken ct)
    {
        var total = await filtered.CountAsync(ct);
        var items = await Newest(filtered).Skip((page - 1) * pageSize).Take(pageSize).Select(ToItem).ToListAsync(ct);
        return new IncidentPage(total, page, pageSize, items);
    }

    /// <summary>Points only: events without coordinates cannot be drawn, so they are left out (and not counted).</summary>
    public static async Task<IncidentFeatures> FeaturesAsync(IQueryable<Incident> filtered, int page, int pageSize, CancellationToken ct)
    {
        var located = filtered.Where(i => i.Latitude != null && i.Longitude != null);
        var total = await located.CountAsync(ct);
        var items = await Newest(located).Skip((page - 1) * pageSize).Take(pageSize).Select(ToItem).ToListAsync(ct);
        var features = items.Select(i => new IncidentFeature(i.Id, new PointGeometry([i.Longitude!.Value, i.Latitude!.Value]), i)).ToList();
        return new IncidentFeatures(total, page, pageSize, features);
    }

    public static async Task<IncidentDetail?> DetailAsync(KonbitDb db, long id, CancellationToken ct)
    {
        var i = await db.Incidents.AsNoTracking().Include(x => x.Sources).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return null;
        var run = i.ImportRunId is { } runId
            ? await db.ImportRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Id, r.FileName, r.StartedAtUtc, r.SourceId }).SingleOrDefaultAsync(ct)
            : null;
        // An imported event's source is the file it came from, cited by the import run.
        var sources = i.Sources.Select(Citations.Dto).ToList();
        if (run?.SourceId is { } fileSource && sources.All(s => s.Id != fileSource))
            sources.AddRange(await db.Sources.AsNoTracking().Where(s => s.Id == fileSource).Select(Citations.ToDto).ToListAsync(ct));
        var revisions = await db.IncidentRevisions.AsNoTracking().Where(r => r.IncidentId == id)
            .OrderByDescending(r => r.ReplacedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new RevisionDto(r.ReplacedAtUtc, r.ReplacedBy, r.Reason)).ToListAsync(ct);
        return new IncidentDetail(i.Id, i.SourceId, i.Dataset, i.Synthetic,
            i.EventDate, i.TimePrecision, i.DisorderType, i.EventType, i.SubEventType,
            i.Actor1, i.AssocActor1, i.Inter1, i.Actor2, i.AssocActor2, i.Inter2, i.Interaction, i.CivilianTargeting,
            i.Admin1, i.Admin2, i.Admin3, i.Adm1Pcode, i.Adm2Pcode, i.Adm3Pcode,
            i.Location, i.Latitude, i.Longitude, i.GeoPrecision, i.OutsideHaiti,
            i.SourceNames, i.SourceScale, i.Notes, i.Tags,
            i.Fatalities, i.FatalitiesLow, i.FatalitiesHigh, i.Injured, i.Abducted, i.Displaced, i.SourceTimestamp,
            i.MissionInvolved, i.RespondingUnits, i.AlertedAtUtc, i.DepartedAtUtc, i.ArrivedAtUtc, i.ResponseMinutes,
            i.RecordedAtUtc, i.UpdatedAtUtc,
            sources.OrderBy(s => s.Id).ToList(), run is null ? null : new ImportedFrom(run.Id, run.FileName, run.StartedAtUtc), revisions);
    }

    public static Task<string?> SourceIdAsync(KonbitDb db, long id, CancellationToken ct) =>
        db.Incidents.Where(i => i.Id == id).Select(i => i.SourceId).SingleOrDefaultAsync(ct);
}
