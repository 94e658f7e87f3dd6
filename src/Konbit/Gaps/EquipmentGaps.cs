using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Gaps;

/// <summary>
/// The gap per category on a date. The need is the latest requirement stated on or before it. What is available is
/// the latest serviceable count plus what was delivered after that count (new equipment is taken to work until the
/// next count says otherwise); with no count, everything delivered.
/// </summary>
public static class EquipmentGaps
{
    public static async Task<List<EquipmentEntry>> LoadAsync(KonbitDb db, CancellationToken ct) =>
        await db.EquipmentEntries.AsNoTracking().Include(e => e.Sources).Where(e => e.Counted)
            .OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(ct);

    public static EquipmentGapsDto On(IReadOnlyList<EquipmentEntry> ledger, DateOnly on) =>
        new(on, Enum.GetValues<EquipmentCategory>().Select(c => ForCategory(ledger.Where(e => e.Category == c && e.On <= on).ToList(), c)).ToList());

    static CategoryGapDto ForCategory(List<EquipmentEntry> entries, EquipmentCategory category)
    {
        var requirement = entries.LastOrDefault(e => e.Kind == EquipmentKind.Requirement);
        var count = entries.LastOrDefault(e => e.Kind == EquipmentKind.Serviceable);
        var deliveries = entries.Where(e => e.Kind == EquipmentKind.Delivery).ToList();
        var since = count is null ? 0 : deliveries.Where(d => d.On > count.On).Sum(d => d.Quantity);
        var delivered = deliveries.Sum(d => d.Quantity);
        var available = count is null ? delivered : count.Quantity + since;
        int? gap = requirement is null ? null : Math.Max(0, requirement.Quantity - available);
        // The figures the gap rests on: the requirement, the count and the deliveries that enter it.
        var basis = new[] { requirement, count }.OfType<EquipmentEntry>().Concat(count is null ? deliveries : deliveries.Where(d => d.On > count.On));
        return new(Wire.Name(category), requirement?.Quantity, requirement?.On, entries.Where(e => e.Kind == EquipmentKind.Pledge).Sum(e => e.Quantity),
            delivered, count?.Quantity, count?.On, since, available, count is null ? "delivered" : "serviceable", gap,
            basis.SelectMany(e => e.Sources.Select(s => s.Id)).Distinct().Order().ToList());
    }

    /// <summary>
    /// The deliveries that take the total delivered against their pledge beyond it, counted in date order: the one
    /// that crossed the line and every later one against the same pledge.
    /// </summary>
    public static HashSet<int> OverPledge(IReadOnlyList<EquipmentEntry> ledger)
    {
        var pledged = ledger.Where(e => e.Kind == EquipmentKind.Pledge).ToDictionary(e => e.Id, e => e.Quantity);
        var flagged = new HashSet<int>();
        foreach (var group in ledger.Where(e => e.Kind == EquipmentKind.Delivery && e.PledgeId is not null).GroupBy(e => e.PledgeId!.Value))
        {
            if (!pledged.TryGetValue(group.Key, out var limit)) continue;
            var total = 0;
            foreach (var d in group.OrderBy(d => d.On).ThenBy(d => d.Id))
                if ((total += d.Quantity) > limit) flagged.Add(d.Id);
        }
        return flagged;
    }

    public static async Task<bool> ExceedsPledgeAsync(KonbitDb db, EquipmentEntry delivery, CancellationToken ct)
    {
        var pledgeAndDeliveries = await db.EquipmentEntries.AsNoTracking()
            .Where(e => e.Counted && (e.Id == delivery.PledgeId || e.PledgeId == delivery.PledgeId)).ToListAsync(ct);
        return OverPledge(pledgeAndDeliveries).Contains(delivery.Id);
    }
}
