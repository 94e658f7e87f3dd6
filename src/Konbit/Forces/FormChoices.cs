using Konbit.Shared;

namespace Konbit.Forces;

/// <summary>The ledger's enum values as forms offer them: the wire name as the value, a plain-language label.</summary>
public static class FormChoices
{
    public sealed record Choice(string Value, string Label);

    public static readonly IReadOnlyList<Choice> MovementKinds =
    [
        new(Wire.Name(MovementKind.Arrival), "Arrival"),
        new(Wire.Name(MovementKind.RotationOut), "Rotation out"),
        new(Wire.Name(MovementKind.Repatriation), "Repatriation"),
        new(Wire.Name(MovementKind.DeathInService), "Death in service"),
    ];

    public static readonly IReadOnlyList<Choice> Categories =
    [
        new(Wire.Name(PersonnelCategory.Police), "Police"),
        new(Wire.Name(PersonnelCategory.Military), "Military"),
        new(Wire.Name(PersonnelCategory.Civilian), "Civilian"),
    ];

    /// <summary>A new pledge is announced or confirmed; revisions and withdrawals go through a revision.</summary>
    public static readonly IReadOnlyList<Choice> NewPledgeStatuses =
    [
        new(Wire.Name(PledgeStatus.Announced), "Announced"),
        new(Wire.Name(PledgeStatus.Confirmed), "Confirmed"),
    ];

    public static readonly IReadOnlyList<Choice> RevisionStatuses =
    [
        new(Wire.Name(PledgeStatus.Revised), "Revised"),
        new(Wire.Name(PledgeStatus.Confirmed), "Confirmed"),
        new(Wire.Name(PledgeStatus.Withdrawn), "Withdrawn"),
    ];

    public static string Label(IReadOnlyList<Choice> choices, string value) =>
        choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase))?.Label ?? value;

    public static string KindLabel(string wireKind) => Label(MovementKinds, wireKind);
}

/// <summary>What the shared pledge fields need: the values to show and the statuses this form offers.</summary>
public sealed record PledgeFieldsView(int? Count, string? Category, DateOnly? AnnouncedOn, string? Status, string? Note,
    IReadOnlyList<FormChoices.Choice> Statuses, FormErrors Errors);
