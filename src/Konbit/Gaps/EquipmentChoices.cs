using Konbit.Forces;
using Konbit.Shared;

namespace Konbit.Gaps;

/// <summary>The equipment ledger's categories and kinds as pages name them.</summary>
public static class EquipmentChoices
{
    public static readonly IReadOnlyList<FormChoices.Choice> Categories =
    [
        new(Wire.Name(EquipmentCategory.Helicopter), "Helicopter"),
        new(Wire.Name(EquipmentCategory.FixedWing), "Fixed-wing aircraft"),
        new(Wire.Name(EquipmentCategory.Drone), "Drone"),
        new(Wire.Name(EquipmentCategory.NightVisionDevice), "Night-vision device"),
        new(Wire.Name(EquipmentCategory.ArmouredVehicle), "Armoured vehicle"),
        new(Wire.Name(EquipmentCategory.Boat), "Boat"),
        new(Wire.Name(EquipmentCategory.Radio), "Radio"),
        new(Wire.Name(EquipmentCategory.Medical), "Medical equipment"),
        new(Wire.Name(EquipmentCategory.Other), "Other"),
    ];

    public static string CategoryLabel(string wire) => FormChoices.Label(Categories, wire);

    /// <summary>Each kind of line: its address segment, the form's title and what it asks for.</summary>
    public sealed record KindText(EquipmentKind Kind, string Slug, string Title, string Lead, string DateLabel);

    public static readonly IReadOnlyList<KindText> Kinds =
    [
        new(EquipmentKind.Requirement, "requirement", "Record equipment requirement",
            "How many of a category the mission needs, as a document states it on a date. A later requirement replaces the earlier one.", "Stated on"),
        new(EquipmentKind.Pledge, "pledge", "Record equipment pledge",
            "Equipment promised by a contributor or by another donor (a country sending no personnel, an organisation).", "Announced on"),
        new(EquipmentKind.Delivery, "delivery", "Record equipment delivery",
            "Equipment that arrived. A delivery may exceed its pledge: it is recorded and flagged.", "Delivered on"),
        new(EquipmentKind.Serviceable, "serviceable", "Record serviceable count",
            "How many of a category work on a date. The gap counts these, plus what is delivered afterwards, instead of everything delivered.", "Counted on"),
    ];

    public static KindText? Find(string? slug) => Kinds.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
