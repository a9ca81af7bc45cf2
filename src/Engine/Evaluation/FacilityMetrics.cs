using Studio.Engine.Models;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;

namespace Studio.Engine.Evaluation;

/// <summary>Metrics and series of the power, cold-plate, plant and build-out models.</summary>
internal static class FacilityMetrics
{
    /// <summary>The finding of a design with no IT load: what the plant, cold plates, build-out and economics withhold.</summary>
    public const string NoLoad = "facility.noLoad";

    private const string ThrottleLabel = "GPU thermal throttle (share of power given up)";

    /// <summary>
    /// The finding the metrics withheld for <see cref="NoLoad"/> point at, naming them. It is built from the metrics
    /// themselves, so a metric withheld for it always has it to point at, and it is there only when one is.
    /// </summary>
    public static IEnumerable<Diagnostic> NoLoadFinding(DesignAnalysis design, IEnumerable<Metric> metrics)
    {
        string[] withheld = [.. metrics.Where(m => m.Band is null && m.BlockedBy.Contains(NoLoad)).Select(m => m.Id)];
        if (withheld.Length == 0)
        {
            yield break;
        }

        var (why, fix) = design.ComputeRacks.Count == 0
            ? ("The design holds no compute trays, so it draws no IT power", "Drag compute trays onto a rack.")
            : design.Factory.ComputeRackCount == 0
                ? ("No compute racks are laid out in the factory's rows", "Add a row that places a rack design with compute trays, and give it a rack count above zero.")
                : ("The design's compute trays draw no power", "Give the compute trays' GPUs a power limit above zero.");
        yield return new Diagnostic(NoLoad, Severity.Info,
            why + ": there is no facility power, cooling, build-out or cost to work out.", fix, [], withheld);
    }

    public static IEnumerable<Metric> Power(DesignAnalysis design, FacilityResult? facility)
    {
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
            yield return Metric.Withheld(MetricIds.ThermalMaxGpuC, "Hottest GPU case at full power", "°C", NoLoad);
            yield return Metric.Withheld(MetricIds.ThermalThrottlePercent, ThrottleLabel, "%", NoLoad);
            yield break;
        }

        yield return Metric.Of(MetricIds.ThermalMaxGpuC, "Hottest GPU case at full power", hottest.CaseC);
        var throttle = design.ColdPlates.MaxBy(c => c.ThrottleFraction.High)!.ThrottleFraction;
        yield return Metric.Of(MetricIds.ThermalThrottlePercent, ThrottleLabel,
            Figure.Derived(throttle.Band * 100, "%", throttle.Evidence.Note ?? "", throttle));
    }

    public static IEnumerable<Metric> Plant(FacilityResult? facility)
    {
        yield return Metric.Of(MetricIds.FacilityPue, "PUE (annual)", "ratio", facility?.Pue, NoLoad);
        yield return Metric.Of(MetricIds.FacilityChillerHoursPerYear, "Hours a year with chiller trim", "h/year", facility?.ChillerHours, NoLoad);
        yield return Metric.Of(MetricIds.FacilityWaterLitresPerYear, "Water evaporated a year", "L/year", facility?.WaterLitres, NoLoad);
        yield return Metric.Of(MetricIds.FacilityCoolingMwhPerYear, "Cooling energy a year", "MWh/year", facility?.CoolingMwh, NoLoad);
        yield return Metric.Of(MetricIds.FactoryDesignDayC, "Design-day outdoor temperature (hottest hour)", "°C", facility?.DesignDay.AmbientC, NoLoad);
        yield return Metric.Of(MetricIds.FactoryHeatRejectionMw, "Heat rejection capacity (design day)", "MW", facility?.DesignDay.HeatRejectionMw, NoLoad);
        yield return Metric.Of(MetricIds.FactoryChillerMw, "Chiller capacity (design day)", "MW", facility?.DesignDay.ChillerMw, NoLoad);
        yield return Metric.Of(MetricIds.FactoryTrimChillerMw, "Chillers the liquid loop needs (design day)", "MW", facility?.DesignDay.TrimChillerMw, NoLoad);
    }

    /// <summary>
    /// There is no build-out without a compute rack, which is also what leaves the design without load: one finding
    /// says both.
    /// </summary>
    public static IEnumerable<Metric> Assembly(BuildOut? buildOut)
    {
        yield return Metric.Of(MetricIds.AssemblyComputeTrayMinutes, "Compute-tray assembly", "min", buildOut?.ComputeTrayMinutes, NoLoad);
        yield return Metric.Of(MetricIds.AssemblyRackHours, "Rack integration, frame to hand-over", "h", buildOut?.RackHours, NoLoad);
        yield return Metric.Of(MetricIds.AssemblyDaysToFirstRack, "Days to the first rack online", "days", buildOut?.DaysToFirstRack, NoLoad);
        yield return Metric.Of(MetricIds.AssemblyFactoryBuildOutDays, "Days to full capacity", "days", buildOut?.DaysToFullCapacity, NoLoad);
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
