using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Power;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>The power train as built, the facility's capex by what it is built of, and the calendar.</summary>
internal static class PowerTrainMetrics
{
    public static IEnumerable<Metric> Of(PowerTrainResult? train, EconomicsResult? economics)
    {
        const string none = FacilityMetrics.NoLoad;
        yield return Metric.Of(MetricIds.PowerLossFraction, "Power-train losses (per unit of IT energy)", "fraction", train?.LossFraction, none);
        yield return Metric.Of(MetricIds.PowerTransientPeakMw, "Peak the power train carries (training swing)", "MW", train?.TransientPeakMw, none);
        yield return Metric.Of(MetricIds.PowerInterconnectMw, "Grid interconnect (firm capacity)", "MW", train?.InterconnectMw, none);
        yield return Metric.Of(MetricIds.PowerElectricalCapexUsd, "Electrical plant capex (power train)", "USD", train?.ElectricalCapexUsd, none);
        yield return Metric.Of(MetricIds.PowerLongestLeadWeeks, "Longest electrical lead time", "weeks", train?.LongestLeadWeeks, none);

        var capex = economics?.FacilityCapex;
        yield return Metric.Of(MetricIds.FacilityCapexUsd, "Facility capex (land, building, power train, cooling plant)", "USD", capex?.TotalUsd, none);
        yield return Metric.Of(MetricIds.FacilityCapexUsdPerMw, "Facility capex per MW of IT load", "USD/MW", capex?.UsdPerMw, none);
        var plant = capex is null || !capex.BottomUp
            ? null
            : Figure.Derived(Band.Sum(capex.Items.Where(i => i.Category == Catalog.BomCategory.Cooling).Select(i => i.ExtendedUsd)), "USD",
                "heat rejection, adiabatic pads, chillers, the facility loop and air handlers as the design day sizes them",
                [.. capex.Items.Where(i => i.Category == Catalog.BomCategory.Cooling).Select(i => i.UnitPriceUsd)]);
        yield return Metric.Of(MetricIds.FacilityPlantCapexUsd, "Cooling plant capex (design day)", "USD", plant, none);
    }

    /// <summary>The calendar: months from ground-breaking, with the range of the durations they rest on.</summary>
    public static IEnumerable<Metric> Schedule(ScheduleResult? schedule)
    {
        const string none = FacilityMetrics.NoLoad;
        yield return Metric.Of(MetricIds.ScheduleMonthsToFirstToken, "Months from ground-breaking to the first token", "months", schedule?.MonthsToFirstToken, none);
        yield return Metric.Of(MetricIds.ScheduleMonthsToFullCapacity, "Months from ground-breaking to full capacity", "months", schedule?.MonthsToFullCapacity, none);
    }
}
