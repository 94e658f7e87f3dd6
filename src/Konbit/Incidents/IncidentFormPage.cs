using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Incidents;

/// <summary>The fields of the record and correction forms, bound from the post. Times are entered in UTC.</summary>
public sealed class IncidentForm
{
    public DateOnly? EventDate { get; set; }
    public int? TimePrecision { get; set; } = 1;
    public string? EventType { get; set; }
    public string? SubEventType { get; set; }
    public string? Actor1 { get; set; }
    public string? AssocActor1 { get; set; }
    public int? Inter1 { get; set; }
    public string? Actor2 { get; set; }
    public string? AssocActor2 { get; set; }
    public int? Inter2 { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Admin3 { get; set; }
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int? GeoPrecision { get; set; } = 1;
    public int? Fatalities { get; set; } = 0;
    public int? FatalitiesLow { get; set; }
    public int? FatalitiesHigh { get; set; }
    public int? Injured { get; set; }
    public int? Abducted { get; set; }
    public int? Displaced { get; set; }
    public string? Notes { get; set; }
    public string? Tags { get; set; }
    public bool MissionInvolved { get; set; }
    public string? RespondingUnits { get; set; }
    public DateTime? AlertedAtUtc { get; set; }
    public DateTime? DepartedAtUtc { get; set; }
    public DateTime? ArrivedAtUtc { get; set; }
    public int[] SourceIds { get; set; } = [];
    public SourceFields Source { get; set; } = new();

    public RecordIncident ToInput() => new(EventDate, TimePrecision, EventType, SubEventType, Actor1, AssocActor1, Inter1, Actor2, AssocActor2, Inter2,
        Admin1, Admin2, Admin3, Location, Latitude, Longitude, GeoPrecision, Fatalities, FatalitiesLow, FatalitiesHigh, Injured, Abducted, Displaced,
        Notes, Tags, MissionInvolved, RespondingUnits, AlertedAtUtc, DepartedAtUtc, ArrivedAtUtc, Source.ToInput(), SourceIds);

    /// <summary>The correction form starts from the incident as stored, citing the sources it already cites.</summary>
    public static IncidentForm From(IncidentDetail d) => new()
    {
        EventDate = d.EventDate, TimePrecision = d.TimePrecision, EventType = d.EventType, SubEventType = d.SubEventType,
        Actor1 = d.Actor1, AssocActor1 = d.AssocActor1, Inter1 = d.Inter1, Actor2 = d.Actor2, AssocActor2 = d.AssocActor2, Inter2 = d.Inter2,
        Admin1 = d.Admin1, Admin2 = d.Admin2, Admin3 = d.Admin3, Location = d.Location, Latitude = d.Latitude, Longitude = d.Longitude,
        GeoPrecision = d.GeoPrecision, Fatalities = d.Fatalities, FatalitiesLow = d.FatalitiesLow, FatalitiesHigh = d.FatalitiesHigh,
        Injured = d.Injured, Abducted = d.Abducted, Displaced = d.Displaced, Notes = d.Notes, Tags = d.Tags, MissionInvolved = d.MissionInvolved,
        RespondingUnits = d.RespondingUnits, AlertedAtUtc = d.AlertedAtUtc, DepartedAtUtc = d.DepartedAtUtc, ArrivedAtUtc = d.ArrivedAtUtc,
        SourceIds = d.Sources.Select(s => s.Id).ToArray(),
    };

    /// <summary>Error key (as the API names fields) → the label beside it on the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = SourceFields.CitingLabels(new()
    {
        ["eventDate"] = "Event date", ["timePrecision"] = "Date precision", ["eventType"] = "Event type", ["subEventType"] = "Sub-event type",
        ["actor1"] = "Actor 1", ["assocActor1"] = "Associated with actor 1", ["inter1"] = "Actor 1 kind",
        ["actor2"] = "Actor 2", ["assocActor2"] = "Associated with actor 2", ["inter2"] = "Actor 2 kind",
        ["admin1"] = "Department", ["admin2"] = "Commune", ["admin3"] = "Communal section", ["location"] = "Location",
        ["latitude"] = "Latitude", ["longitude"] = "Longitude", ["geoPrecision"] = "Place precision",
        ["fatalities"] = "Fatalities", ["fatalitiesLow"] = "Fatalities, low estimate", ["fatalitiesHigh"] = "Fatalities, high estimate",
        ["injured"] = "Injured", ["abducted"] = "Abducted", ["displaced"] = "Displaced", ["notes"] = "Notes", ["tags"] = "Tags",
        ["respondingUnits"] = "Responding units", ["alertedAtUtc"] = "Alerted (UTC)", ["departedAtUtc"] = "Set out (UTC)", ["arrivedAtUtc"] = "Arrived (UTC)",
    });
}

/// <summary>What the incident fields partial needs.</summary>
public sealed record IncidentFieldsView(IncidentForm Input, FormErrors Errors, IReadOnlyList<SourceDto> AllSources);

/// <summary>What the record and correction forms share: the sources to cite, and what they do with a write's outcome.</summary>
public abstract class IncidentFormPage(KonbitDb db) : PageModel
{
    protected KonbitDb Db => db;

    [BindProperty] public IncidentForm Input { get; set; } = new();

    public IReadOnlyList<SourceDto> AllSources { get; private set; } = [];
    public FormErrors Errors { get; private set; } = FormErrors.None;

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        AllSources = await db.Sources.AsNoTracking().OrderBy(s => s.Title).Select(Citations.ToDto).ToListAsync(ct);

    /// <summary>Invalid → the form again with messages beside the fields; saved → the incident's page with a confirmation.</summary>
    protected async Task<IActionResult> FinishAsync(Outcome<Incident> outcome, string confirmation, CancellationToken ct)
    {
        if (outcome.NotFound) return NotFound();
        if (outcome.Invalid is { } errors)
        {
            Errors = new FormErrors(errors, IncidentForm.Labels);
            await LoadChoicesAsync(ct);
            return Page();
        }
        var saved = outcome.Value!;
        TempData.Confirm($"{confirmation}: {saved.SourceId}, {saved.EventType.ToLowerInvariant()} on {Show.Date(saved.EventDate)}.");
        return LocalRedirect($"~/Incidents/{saved.Id}");
    }
}
