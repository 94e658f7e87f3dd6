using Konbit.Forces;
using Konbit.Shared;

namespace Konbit.Indicators;

/// <summary>The results framework's choices and statuses as pages name them.</summary>
public static class IndicatorChoices
{
    public static readonly IReadOnlyList<FormChoices.Choice> Directions =
    [
        new(Wire.Name(IndicatorDirection.Higher), "Higher is better"),
        new(Wire.Name(IndicatorDirection.Lower), "Lower is better"),
    ];

    public static readonly IReadOnlyList<FormChoices.Choice> Metrics =
    [
        new(Wire.Name(IndicatorMetric.PersonnelDeployed), "Personnel deployed"),
        new(Wire.Name(IndicatorMetric.PledgedDeployedShare), "Share of pledged personnel deployed (%)"),
        new(Wire.Name(IndicatorMetric.MedianResponseHours), "Median response time, hours (per month)"),
        new(Wire.Name(IndicatorMetric.IncidentsPerMonth), "Incidents per month"),
        new(Wire.Name(IndicatorMetric.FatalitiesPerMonth), "Fatalities per month"),
        new(Wire.Name(IndicatorMetric.ComplaintsClosedWithin90Days), "Complaints closed within 90 days (%)"),
        new(Wire.Name(IndicatorMetric.EquipmentGap), "Equipment gap in a category"),
    ];

    public static string StatusLabel(string status) => status switch
    {
        IndicatorMath.OnTrack => "On track",
        IndicatorMath.AtRisk => "At risk",
        IndicatorMath.OffTrack => "Off track",
        _ => "No data",
    };

    /// <summary>A figure without the trailing zeros a database may keep; "—" when there is none.</summary>
    public static string Figure(decimal? value) => value is { } v ? v.ToString("#,##0.####", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
