using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>
/// Per-rack metrics. With one rack holding GPUs they are that rack's figures; with several, their mean, and the
/// label says so. Racks without GPUs (an empty frame, a network rack) do not dilute the mean.
/// </summary>
internal static class RackMetrics
{
    public static IEnumerable<Metric> For(DesignAnalysis design)
    {
        var racks = design.ComputeRacks;
        var suffix = racks.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (mean of {racks.Count} racks)") : "";

        Metric Rack(string id, string label, string unit, Func<RackAnalysis, Figure> pick) =>
            Metric.Of(id, label + suffix, Mean(racks, pick, unit));

        yield return Rack(MetricIds.RackGpuCount, "GPUs per rack", "GPUs", GpuCount);
        yield return Rack(MetricIds.RackCpuCount, "CPUs per rack", "CPUs", CpuCount);
        yield return Rack(MetricIds.RackItPowerKw, "IT power per rack", "kW", r => r.ItPowerKw);
        yield return Rack(MetricIds.RackPeakPflopsNvfp4, "Peak NVFP4 per rack (dense)", "PFLOPS", r => r.DensePflops[Precision.Nvfp4]);
        yield return Rack(MetricIds.RackPeakPflopsNvfp4Headline, "Peak NVFP4 per rack (advertised: sparse or adaptive)", "PFLOPS", r => r.HeadlineNvfp4Pflops);
        yield return Rack(MetricIds.RackPeakPflopsFp8, "Peak FP8 per rack (dense)", "PFLOPS", r => r.DensePflops[Precision.Fp8]);
        yield return Rack(MetricIds.RackPeakPflopsBf16, "Peak BF16 per rack (dense)", "PFLOPS", r => r.DensePflops[Precision.Bf16]);
        yield return Rack(MetricIds.RackHbmTb, "HBM per rack", "TB", r => r.HbmTb);
        yield return Rack(MetricIds.RackHbmBandwidthTbps, "HBM bandwidth per rack", "TB/s", r => r.HbmBandwidthTBps);
        yield return Rack(MetricIds.RackNvlinkTbps, "NVLink bandwidth per rack (all-to-all)", "TB/s", r => r.NvlinkTBps);
        yield return Rack(MetricIds.RackScaleOutTbps, "Scale-out bandwidth per rack", "Tb/s", r => r.ScaleOutTbps);
        yield return Rack(MetricIds.RackPowerShelfCapacityKw, "Power-shelf capacity per rack", "kW", r => r.ShelfCapacityKw);
        yield return Rack(MetricIds.RackLiquidHeatKw, "Heat to liquid per rack", "kW", r => r.LiquidHeatKw);
    }

    public static Figure GpuCount(RackAnalysis rack) =>
        FigureSum.Of("GPUs", rack.Rack.PartsOf<ComputeTraySpec>().Select(t => new SumTerm(t.Spec.Name, t.Spec.GpusPerTray)));

    private static Figure CpuCount(RackAnalysis rack) =>
        FigureSum.Of("CPUs", rack.Rack.PartsOf<ComputeTraySpec>().Select(t => new SumTerm(t.Spec.Name, t.Spec.CpusPerTray)));

    private static Figure Mean(IReadOnlyList<RackAnalysis> racks, Func<RackAnalysis, Figure> pick, string unit) => racks.Count switch
    {
        0 => Figure.Derived(Band.Zero, unit, "no rack holds GPUs"),
        1 => pick(racks[0]),
        _ => FigureSum.Of(unit, racks.Select(r => new SumTerm(r.Rack.Label, pick(r))), scale: 1.0 / racks.Count),
    };
}
