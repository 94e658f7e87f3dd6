using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Incidents;

/// <summary>A correction: the incident's fields as stored, to change; the version it replaces stays in its history.</summary>
[Authorize(Policy = Policies.Coordinate)]
public sealed class EditModel(KonbitDb db, IncidentWrites writes) : IncidentFormPage(db)
{
    public long Id { get; private set; }
    public string SourceId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await IncidentQueries.DetailAsync(Db, id, ct) is not { } incident) return NotFound();
        (Id, SourceId, Input) = (id, incident.SourceId, IncidentForm.From(incident));
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Id = id;
        var outcome = await writes.CorrectAsync(id, Input.ToInput(), ct);
        if (outcome.Invalid is not null) SourceId = await IncidentQueries.SourceIdAsync(Db, id, ct) ?? "";
        return await FinishAsync(outcome, "Corrected", ct);
    }
}
