using Studio.Engine.Models;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>Metrics and series of the power, cold-plate, plant and build-out models.</summary>
internal static class FacilityMetrics
{
    private const string ThrottleLabel = "GPU thermal throttle (share of power given up)";

    public static IEnumerable<Metric> Power(DesignAnalysis design, FacilityResult? facility)
    {
        const string NoLoad = "facility.noLoad";
        yield return Metric.Of(MetricIds.PowerFacilityMw, "Facility power (mean, IT × PUE)", "MW", facility?.FacilityMw, NoLoad);
        yield return Metric.Of(MetricIds.PowerPeakFacilityMw, "Facility power at the year's peak", "MW", facility?.PeakFacilityMw, NoLoad);
        yield return Metric.Of(MetricIds.PowerGridPeakMw,
            design.Scenario.Power.PeakSmoothing ? "Peak grid demand (with peak smoothing)" : "Peak grid demand (no peak smoothing)", "MW",
            facility?.GridPeakMw, NoLoad);
        yield return Metric.Of(MetricIds.PowerItKwPerRack, "IT draw per factory rack (share of floor equipment included)", "kW", facility?.PerRack.ItKw, NoLoad);
        yield return Metric.Of(MetricIds.PowerCoolingKwPerRack, "Cooling draw per factory rack (year's mean)", "kW", facility?.PerRack.CoolingKw, NoLoad);
        yield return Metric.Of(MetricIds.PowerPumpsKwPerRack, "CDU pumps per factory rack", "kW", facility?.PerRack.PumpsKw, NoLoad);
        yield return Metric.Of(MetricIds.PowerLossesKwPerRack, "Distribution losses per factory rack", "kW", facility?.PerRack.LossesKw, NoLoad);

        yield return Metric.Of(MetricIds.PowerBusbarAmps, "Busbar current (most loaded rack)", "A",
            design.ComputeRacks.Select(r => r.BusbarAmps).MaxBy(b => b.Value), NoLoad);
    }

    public static IEnumerable<Metric> Thermal(DesignAnalysis design)
    {
        var hottest = design.ColdPlates.MaxBy(c => c.CaseC.Value);
        if (hottest is null)
        {
            yield return Metric.Withheld(MetricIds.ThermalMaxGpuC, "Hottest GPU case at full power", "°C", "facility.noLoad");
            yield return Metric.Withheld(MetricIds.ThermalThrottlePercent, ThrottleLabel, "%", "facility.noLoad");
            yield break;
        }

        yield return Metric.Of(MetricIds.ThermalMaxGpuC, "Hottest GPU case at full power", hottest.CaseC);
        var throttle = design.ColdPlates.MaxBy(c => c.ThrottleFraction.High)!.ThrottleFraction;
        yield return Metric.Of(MetricIds.ThermalThrottlePercent, ThrottleLabel,
            Figure.Derived(throttle.Band * 100, "%", throttle.Evidence.Note ?? "", throttle));
    }

    public static IEnumerable<Metric> Plant(FacilityResult? facility)
    {
        const string NoLoad = "facility.noLoad";
        yield return Metric.Of(MetricIds.FacilityPue, "PUE (annual)", "ratio", facility?.Pue, NoLoad);
        yield return Metric.Of(MetricIds.FacilityChillerHoursPerYear, "Hours a year with chiller trim", "h/year", facility?.ChillerHours, NoLoad);
        yield return Metric.Of(MetricIds.FacilityWaterLitresPerYear, "Water evaporated a year", "L/year", facility?.WaterLitres, NoLoad);
        yield return Metric.Of(MetricIds.FacilityCoolingMwhPerYear, "Cooling energy a year", "MWh/year", facility?.CoolingMwh, NoLoad);
    }

    public static IEnumerable<Metric> Assembly(BuildOut? buildOut)
    {
        const string NoGpus = "assembly.noComputeTrays";
        yield return Metric.Of(MetricIds.AssemblyComputeTrayMinutes, "Compute-tray assembly", "min", buildOut?.ComputeTrayMinutes, NoGpus);
        yield return Metric.Of(MetricIds.AssemblyRackHours, "Rack integration, frame to hand-over", "h", buildOut?.RackHours, NoGpus);
        yield return Metric.Of(MetricIds.AssemblyDaysToFirstRack, "Days to the first rack online", "days", buildOut?.DaysToFirstRack, NoGpus);
        yield return Metric.Of(MetricIds.AssemblyFactoryBuildOutDays, "Days to full capacity", "days", buildOut?.DaysToFullCapacity, NoGpus);
    }

    public static IEnumerable<Series> Series(DesignAnalysis design, FacilityResult? facility, BuildOut? buildOut)
    {
        if (facility is not null)
        {
            var year = facility.Central;
            yield return Monthly(SeriesIds.ChillerHoursByMonth, "Chiller-trim hours by month", "Chiller hours", "h", year.ChillerHoursByMonth);
            yield return Monthly(SeriesIds.PueByMonth, "PUE by month", "PUE", "ratio", year.PueByMonth);
            yield return Monthly(SeriesIds.AmbientByMonth, "Mean outdoor temperature by month", "Outdoor dry-bulb", "°C", year.MeanAmbientCByMonth);
        }

        foreach (var series in SupplySweep(design))
        {
            yield return series;
        }

        if (buildOut is not null)
        {
            yield return new Series(SeriesIds.BuildOutTimeline, "Racks online during build-out", "Days since the first tray", "days",
                "Racks online", "racks", [.. buildOut.Timeline.Select(p => new SeriesPoint(p.Day, p.Racks))]);
        }
    }

    private static Series Monthly(string id, string label, string yLabel, string yUnit, IReadOnlyList<double> values) =>
        new(id, label, "Month", "month", yLabel, yUnit, [.. values.Select((v, m) => new SeriesPoint(m + 1, v))]);

    /// <summary>
    /// The hottest rack's GPU case and coolant return as the supply temperature moves from 20 to 55 °C: what a
    /// warmer loop costs in GPU temperature, and where throttling starts.
    /// </summary>
    private static IEnumerable<Series> SupplySweep(DesignAnalysis design)
    {
        var plate = design.ColdPlates.MaxBy(c => c.CaseC.Value);
        var rack = plate is null ? null : design.Racks.First(r => r.Rack.Id == plate.RackId);
        var loop = rack is null ? null : design.LoopOf(rack.Rack.Id);
        if (plate is null || rack is null || loop is null)
        {
            yield break;
        }

        // The GPU the plate was solved for: in a rack of mixed trays the first tray need not be the hottest.
        var thermal = plate.Thermal;
        var gpu = new List<SeriesPoint>();
        var back = new List<SeriesPoint>();
        for (var supply = 20; supply <= 55; supply++)
        {
            var result = ColdPlateModel.Solve(rack.Rack.Id, supply, loop.TemperatureRiseK, plate.GpuPowerKw, thermal);
            gpu.Add(new SeriesPoint(supply, Math.Min(result.CaseC.Value, thermal.MaxCaseC.Value)));
            back.Add(new SeriesPoint(supply, supply + loop.TemperatureRiseK.Value));
        }

        yield return new Series(SeriesIds.GpuCaseVsSupply, "Hottest GPU case (capped by throttling) against supply temperature",
            "Coolant supply", "°C", "GPU case", "°C", gpu);
        yield return new Series(SeriesIds.ReturnVsSupply, "Coolant return against supply temperature",
            "Coolant supply", "°C", "Coolant return", "°C", back);
    }
}
