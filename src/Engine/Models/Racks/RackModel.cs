using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Racks;

/// <summary>Sums a rack's parts into what the rack holds and delivers.</summary>
public static class RackModel
{
    public static RackAnalysis Analyse(RackDesign rack) => Analyse(rack, PowerMode.MaxQ);

    public static RackAnalysis Analyse(RackDesign rack, PowerMode mode)
    {
        var computeTrays = rack.PartsOf<ComputeTraySpec>().ToList();
        var domain = DomainOf(rack, computeTrays);
        var joined = computeTrays.Where(t => domain.ComputeTrays.Contains(t.Part)).ToList();

        var densePflops = Enum.GetValues<Precision>().ToDictionary(
            p => p,
            p => FigureSum.Of("PFLOPS", computeTrays.Select(t => new SumTerm(t.Spec.Name, t.Spec.Gpu.Peak[p].DensePflops, t.Spec.GpuCount))));
        var headline = FigureSum.Of("PFLOPS", computeTrays.Select(t =>
            new SumTerm(t.Spec.Name, t.Spec.Gpu.Peak[Precision.Nvfp4].HeadlinePflops, t.Spec.GpuCount)));

        var itLoad = rack.Parts.Where(p => p.Spec.IsItLoad).Select(p => new SumTerm(p.Spec.Name, p.PowerIn(mode))).ToList();
        var liquidHeat = rack.Parts
            .Where(p => p.Spec.LiquidCooling is not null && p.Spec.IsItLoad)
            .Select(p => LiquidTerm(p, p.Spec.LiquidCooling!.CooledFraction, mode));

        var shelves = rack.PartsOf<PowerShelfSpec>().Select(s => s.Part.Setting(PowerShelfSpec.CapacitySetting)).ToList();
        var shelfCapacity = FigureSum.Of("kW", rack.PartsOf<PowerShelfSpec>()
            .Select(s => new SumTerm(s.Spec.Name, s.Part.Setting(PowerShelfSpec.CapacitySetting))));
        var largestShelf = shelves.Count == 0 ? Band.Zero : shelves.Select(s => s.Band).MaxBy(b => b.Value);

        return new RackAnalysis
        {
            Rack = rack,
            GpuCount = computeTrays.Sum(t => t.Spec.GpuCount),
            CpuCount = computeTrays.Sum(t => t.Spec.CpuCount),
            DensePflops = densePflops,
            HeadlineNvfp4Pflops = headline,
            HbmTb = FigureSum.Of("TB", computeTrays.Select(t => new SumTerm(t.Spec.Name, t.Spec.Gpu.HbmGb, t.Spec.GpuCount)), scale: 0.001),
            HbmBandwidthTBps = FigureSum.Of("TB/s", computeTrays.Select(t => new SumTerm(t.Spec.Name, t.Spec.Gpu.HbmBandwidthTBps, t.Spec.GpuCount))),
            NvlinkTBps = NvlinkBandwidth(joined, domain),
            ScaleOutTbps = FigureSum.Of("Tb/s", computeTrays.Select(t => new SumTerm(t.Spec.Name, t.Spec.Nic.BandwidthGbps, t.Spec.NicCount)), scale: 0.001),
            ItPowerKw = FigureSum.Of("kW", itLoad),
            LiquidHeatKw = FigureSum.Of("kW", liquidHeat),
            ShelfCapacityKw = shelfCapacity,
            ShelfCapacityNPlusOneKw = shelfCapacity.Band - largestShelf,
            Domain = domain,
            UsedU = rack.Parts.Sum(p => p.Spec.HeightU),
            WeightKg = FigureSum.Of("kg", rack.Parts.Prepend(rack.Frame).Select(p => new SumTerm(p.Spec.Name, p.Spec.WeightKg))),
            PriceUsd = FigureSum.Of("USD", rack.Parts.Prepend(rack.Frame).Select(p => new SumTerm(p.Spec.Name, p.Spec.PriceUsd))),
            Mode = mode,
        };
    }

    private static SumTerm LiquidTerm(PlacedPart part, Figure fraction, PowerMode mode)
    {
        var power = part.PowerIn(mode);
        var heat = Figure.Derived(power.Band * fraction.Band, "kW",
            string.Create(CultureInfo.InvariantCulture, $"{power.Value:0.###} kW × {fraction.Value:0.##} liquid-cooled"), power, fraction);
        return new SumTerm(part.Spec.Name, heat);
    }

    private static NvlinkDomain DomainOf(RackDesign rack, List<(PlacedPart Part, ComputeTraySpec Spec)> computeTrays)
    {
        var switchTrays = rack.PartsOf<NvlinkSwitchTraySpec>().ToList();

        // The generation most compute trays are of forms the domain; with no compute trays, the switch trays decide.
        var majority = computeTrays
            .GroupBy(t => t.Spec.Generation)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (Generation?)g.Key)
            .FirstOrDefault();
        int? nvlink = majority is null
            ? switchTrays.Select(s => (int?)s.Spec.NvlinkGeneration).FirstOrDefault()
            : computeTrays.First(t => t.Spec.Generation == majority).Spec.NvlinkGeneration;

        var foreign = computeTrays.Where(t => t.Spec.Generation != majority).Select(t => t.Part)
            .Concat(switchTrays.Where(s => s.Spec.NvlinkGeneration != nvlink).Select(s => s.Part))
            .ToList();
        var reference = switchTrays.Select(s => s.Spec).FirstOrDefault(s => s.NvlinkGeneration == nvlink);
        return new NvlinkDomain(
            nvlink,
            [.. computeTrays.Where(t => t.Spec.Generation == majority).Select(t => t.Part)],
            [.. switchTrays.Where(s => s.Spec.NvlinkGeneration == nvlink).Select(s => s.Part)],
            foreign,
            RequiredSwitchTrays: reference?.TraysPerDomain ?? NvlinkDomainDefaults.TraysPerDomain,
            MaxGpus: reference?.MaxDomainGpus ?? NvlinkDomainDefaults.MaxGpus);
    }

    /// <summary>
    /// Each GPU spreads its NVLink ports evenly over all the domain's switch trays, so with s of the S trays it
    /// reaches s/S of its bandwidth; the trays' own capacity caps the total.
    /// </summary>
    private static Figure NvlinkBandwidth(List<(PlacedPart Part, ComputeTraySpec Spec)> joined, NvlinkDomain domain)
    {
        var gpuSide = FigureSum.Of("TB/s", joined.Select(t => new SumTerm(t.Spec.Name, t.Spec.Gpu.NvlinkTBps, t.Spec.GpuCount)));
        if (joined.Count == 0)
        {
            return gpuSide;
        }

        var share = Math.Min(1.0, (double)domain.SwitchTrays.Count / domain.RequiredSwitchTrays);
        var switchCapacity = FigureSum.Of("TB/s", domain.SwitchTrays.Select(s => new SumTerm(s.Spec.Name, ((NvlinkSwitchTraySpec)s.Spec).CapacityTBps)));
        var note = string.Create(CultureInfo.InvariantCulture,
            $"({gpuSide.Evidence.Note}) × {domain.SwitchTrays.Count}/{domain.RequiredSwitchTrays} switch trays, at most the trays' {switchCapacity.Value:0.#} TB/s");
        return Figure.Derived(Band.Minimum(gpuSide.Band * share, switchCapacity.Band), "TB/s", note, gpuSide, switchCapacity);
    }
}
