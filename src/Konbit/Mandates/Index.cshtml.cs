using Konbit.Accounts;
using Konbit.Data;
using Konbit.Forces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Mandates;

/// <summary>The mandate register and the chain of instruments, with the countdown for the current one.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class RegisterModel(KonbitDb db, TimeProvider clock) : PageModel
{
    public List<MandateDto> Mandates { get; private set; } = [];
    public MandateStatusDto Status { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ForcesApi.Today(clock);
        Mandates = await MandatesApi.ListAsync(db, ct);
        Status = await MandateStatus.OnAsync(db, Today, ct);
    }

    /// <summary>The chain as it happened: each instrument after the one it renews or replaces.</summary>
    public IEnumerable<(MandateDto Mandate, MandateDto? Predecessor)> Chain =>
        Mandates.Select(m => (m, Mandates.FirstOrDefault(p => p.Id == m.Predecessor)));

    public string? Instrument(int? id) => Mandates.FirstOrDefault(m => m.Id == id)?.Instrument;
}
