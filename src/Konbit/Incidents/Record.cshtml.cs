using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Konbit.Incidents;

[Authorize(Policy = Policies.Coordinate)]
public sealed class RecordModel(KonbitDb db, IncidentWrites writes) : IncidentFormPage(db)
{
    public Task OnGetAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await FinishAsync(await writes.RecordAsync(Input.ToInput(), ct), "Recorded", ct);
}
