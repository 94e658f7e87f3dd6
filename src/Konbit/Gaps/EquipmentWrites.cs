using Konbit.Data;
using Konbit.Shared;
using Konbit.Sources;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

/// <summary>A line of the equipment ledger as a request gives it; which fields matter depends on the kind.</summary>
public sealed record RecordEquipment(string? Category, int? Quantity, DateOnly? On, string? Donor, int? Pledge, string? Note,
    int[]? SourceIds, SourceInput? Source);

/// <summary>
/// The equipment ledger's writes, shared by the API and the forms. Everything is checked before the one save, so a
/// refused request writes nothing. Only coordinators reach these (the endpoints and pages require Policies.Coordinate).
/// </summary>
public sealed class EquipmentWrites(KonbitDb db, TimeProvider clock)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<EquipmentEntry>> RecordAsync(EquipmentKind kind, RecordEquipment input, CancellationToken ct)
    {
        var errors = new Errors();
        var entry = new EquipmentEntry
        {
            Kind = kind,
            Category = errors.Choice<EquipmentCategory>("category", input.Category) ?? default,
            // A requirement or a count may be zero (nothing needed, nothing works); a pledge or a delivery of nothing is no record.
            Quantity = Quantity(errors, input.Quantity, allowZero: kind is EquipmentKind.Requirement or EquipmentKind.Serviceable) ?? 0,
            On = errors.Date("on", input.On, Today) ?? default,
            Note = errors.Text("note", input.Note, 2000),
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (kind == EquipmentKind.Delivery && input.Pledge is { } pledgeId)
            await AgainstPledgeAsync(entry, pledgeId, input, errors, ct);
        if (kind is EquipmentKind.Pledge or EquipmentKind.Delivery)
            (entry.Donor, entry.ContributorCode) = await Donors.ResolveAsync(db, input.Donor ?? entry.Donor, errors, ct);
        entry.Sources = await Citations.ResolveAsync(db, input.SourceIds, input.Source, errors, Today, ct);
        if (errors.Any) return Outcome<EquipmentEntry>.Fail(errors);
        db.EquipmentEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<EquipmentEntry>.Ok(entry);
    }

    /// <summary>A delivery against a pledge: same category, not before it; the pledge's donor unless another is named.</summary>
    async Task AgainstPledgeAsync(EquipmentEntry delivery, int pledgeId, RecordEquipment input, Errors errors, CancellationToken ct)
    {
        var pledge = await db.EquipmentEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == pledgeId && e.Kind == EquipmentKind.Pledge, ct);
        if (pledge is null) { errors.Add("pledge", $"There is no equipment pledge with id {pledgeId}."); return; }
        if (!errors.Has("category") && pledge.Category != delivery.Category)
            errors.Add("pledge", $"Pledge {pledgeId} is of {Wire.Name(pledge.Category)}, not {Wire.Name(delivery.Category)}.");
        if (input.On is { } on && on < pledge.On)
            errors.Add("on", $"A delivery against pledge {pledgeId} cannot precede the pledge ({pledge.On:yyyy-MM-dd}).");
        delivery.PledgeId = pledgeId;
        if (string.IsNullOrWhiteSpace(input.Donor)) delivery.Donor = pledge.Donor;
    }

    static int? Quantity(Errors errors, int? value, bool allowZero)
    {
        if (value is null) errors.Add("quantity", "quantity is required.");
        else if (value < 0) errors.Add("quantity", $"quantity must not be negative, not {value}.");
        else if (value == 0 && !allowZero) errors.Add("quantity", "quantity must be at least 1.");
        else if (value > 100_000) errors.Add("quantity", $"quantity of {value:N0} is not plausible (the limit is 100,000).");
        return value;
    }
}

/// <summary>Who gives equipment or money: a recorded contributor by its code, or any other donor by name.</summary>
public static class Donors
{
    public static async Task<(string? Donor, string? Contributor)> ResolveAsync(KonbitDb db, string? donor, Errors errors, CancellationToken ct)
    {
        var text = errors.Text("donor", donor, 100);
        if (text is null)
        {
            if (!errors.Has("donor")) errors.Add("donor", "donor is required: a contributor code such as KEN, or the donor's name, such as United States.");
            return (null, null);
        }
        var code = text.ToUpperInvariant();
        return code.Length == 3 && await db.Contributors.AnyAsync(c => c.Code == code, ct) ? (code, code) : (text, null);
    }
}
