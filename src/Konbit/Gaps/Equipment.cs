using Konbit.Forces;

namespace Konbit.Gaps;

/// <summary>
/// One line of the equipment ledger: a stated need, a promise, a delivery or a count of what works. They share a
/// shape (what, how many, on which date, per which source), as movements of personnel do, so one table holds them and
/// the gap is computed from them on any date.
/// </summary>
public sealed class EquipmentEntry : Report
{
    public EquipmentKind Kind { get; set; }
    public EquipmentCategory Category { get; set; }
    public int Quantity { get; set; }
    /// <summary>The date the need was stated, the pledge announced, the delivery made or the count taken.</summary>
    public DateOnly On { get; set; }
    /// <summary>Pledges and deliveries: who gives. A contributor's code when it is one, else the donor's name.</summary>
    public string? Donor { get; set; }
    /// <summary>Set when the donor is a recorded contributor, so a rename of the code cannot orphan it.</summary>
    public string? ContributorCode { get; set; }
    /// <summary>Deliveries: the pledge they fulfil, if any.</summary>
    public int? PledgeId { get; set; }
}

public enum EquipmentKind { Requirement, Pledge, Delivery, Serviceable }

public enum EquipmentCategory { Helicopter, FixedWing, Drone, NightVisionDevice, ArmouredVehicle, Boat, Radio, Medical, Other }
