using System.Globalization;
using Konbit.Accounts;
using Konbit.Audit;
using Konbit.Data;
using Konbit.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>One incident: every field in groups a reader can scan, its sources, and (for signed-in users) its history.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IncidentDetailModel(KonbitDb db, IAuthorizationService auth) : PageModel
{
    public const int HistoryLimit = 100;

    public sealed record ImportedFrom(long RunId, string FileName, DateTime StartedAtUtc, string StartedBy, string? Layout);

    /// <summary>An earlier version and what the next version changed in it (null: the snapshot could not be compared).</summary>
    public sealed record Revision(DateTime ReplacedAtUtc, string ReplacedBy, string Reason, string Snapshot, List<RevisionDiff.Change>? Changes);

    public long Id { get; private set; }
    public Incident? Incident { get; private set; }
    public List<SourceDto> Sources { get; private set; } = [];
    public ImportedFrom? Import { get; private set; }
    /// <summary>P-code → name, for the units the incident lies in.</summary>
    public Dictionary<string, string> UnitNames { get; private set; } = [];
    public int RevisionCount { get; private set; }
    /// <summary>Null when the reader is not signed in: history names the people who made the changes.</summary>
    public List<Revision>? Revisions { get; private set; }
    public List<AuditEntryDto>? Audit { get; private set; }
    public bool MayCorrect { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        Incident = await db.Incidents.AsNoTracking().Include(i => i.Sources).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (Incident is not { } incident)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Sources = [.. incident.Sources.OrderBy(s => s.Title).Select(Citations.Dto)];
        if (incident.ImportRunId is { } runId)
        {
            var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == runId)
                .Select(r => new { Row = new ImportedFrom(r.Id, r.FileName, r.StartedAtUtc, r.StartedBy, r.Layout), r.SourceId }).SingleOrDefaultAsync(ct);
            Import = run?.Row;
            // The file an incident was imported from is its source, cited by the run (as the API's detail shows it).
            if (run?.SourceId is { } fileSource && Sources.All(s => s.Id != fileSource))
                Sources.AddRange(await db.Sources.AsNoTracking().Where(s => s.Id == fileSource).Select(Citations.ToDto).ToListAsync(ct));
        }
        string?[] pcodes = [incident.Adm1Pcode, incident.Adm2Pcode, incident.Adm3Pcode];
        var wanted = pcodes.OfType<string>().ToList();
        UnitNames = await db.AdminUnits.AsNoTracking().Where(u => wanted.Contains(u.Pcode)).ToDictionaryAsync(u => u.Pcode, u => u.NameFr, ct);

        RevisionCount = await db.IncidentRevisions.CountAsync(r => r.IncidentId == id, ct);
        if (User.Identity?.IsAuthenticated == true)
        {
            var revisions = await db.IncidentRevisions.AsNoTracking().Where(r => r.IncidentId == id)
                .OrderByDescending(r => r.ReplacedAtUtc).ThenByDescending(r => r.Id).Take(HistoryLimit).ToListAsync(ct);
            // Each version is compared with the one that replaced it: the next newer snapshot, or the incident as it is now.
            var newer = RevisionDiff.SnapshotOf(incident, incident.Sources.Select(s => s.Id));
            Revisions = [];
            foreach (var r in revisions)
            {
                Revisions.Add(new Revision(r.ReplacedAtUtc, r.ReplacedBy, r.Reason, r.Snapshot, RevisionDiff.Between(r.Snapshot, newer)));
                newer = r.Snapshot;
            }
            var key = id.ToString(CultureInfo.InvariantCulture);
            Audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Incident) && a.EntityId == key)
                .OrderByDescending(a => a.Id).Take(HistoryLimit)
                .Select(a => new AuditEntryDto(a.Id, a.AtUtc, a.Actor, a.EntityType, a.EntityId, a.Action, a.Before, a.After))
                .ToListAsync(ct);
        }
        MayCorrect = User.Identity?.IsAuthenticated == true && (await auth.AuthorizeAsync(User, Policies.Coordinate)).Succeeded;
        return Page();
    }

    public string Title(Incident i) =>
        $"{i.SubEventType}{(Place(i) is { Length: > 0 } p ? " in " + p : "")}, {Shared.Show.Date(i.EventDate)}";

    public static string Place(Incident i) => i.Location ?? i.Admin3 ?? i.Admin2 ?? i.Admin1 ?? "";

    /// <summary>The date as precisely as the source knew it (ACLED time_precision).</summary>
    public static string When(Incident i) => i.TimePrecision switch
    {
        1 => Shared.Show.Date(i.EventDate),
        2 => $"the week of {Shared.Show.Date(i.EventDate)}",
        3 => $"{i.EventDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} (the day is not known)",
        _ => Shared.Show.Date(i.EventDate),
    };

    public static string Precision(byte timePrecision) => timePrecision switch
    {
        1 => "the day is known",
        2 => "only the week is known",
        3 => "only the month is known",
        _ => $"precision {timePrecision}",
    };

    public static string GeoPrecision(byte geoPrecision) => geoPrecision switch
    {
        1 => "the place itself",
        2 => "near the place",
        3 => "only the region is known",
        _ => $"precision {geoPrecision}",
    };

    public static string? Inter(byte? code) =>
        code is { } c ? Taxonomy.InterNames.TryGetValue(c, out var name) ? $"{name} ({c})" : c.ToString(CultureInfo.InvariantCulture) : null;

    public static string Minutes(int minutes) =>
        minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60:00} min";

    public static string Coordinate(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
