using System.Globalization;
using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A compute tray: GPUs, CPUs, scale-out NICs and a DPU on one board, cooled by cold plates.</summary>
public sealed class ComputeTraySpec : PartSpec
{
    public const string GpuPowerSetting = "gpuPowerKw";

    /// <summary>Slide a built tray in: the on-site step, apart from building the tray (<see cref="AssemblyMinutes"/>).</summary>
    private static readonly InstallWork s_install = new("tray install", Figure.Estimate(10, 5, 20, "min",
        "Slide a built tray into its slot and seat its blind-mate power, coolant and NVLink connectors (studio estimate)"));

    public override PartKind Kind { get; } = new("computeTray", "compute tray", "ct", 20, BomCategory.Compute);

    public override string IconFileName => "compute-tray.svg";

    public override Mounting Mounting => Mounting.InRack;

    public required GpuSpec Gpu { get; init; }

    public required int GpuCount { get; init; }

    public required CpuSpec Cpu { get; init; }

    public required int CpuCount { get; init; }

    public required NicSpec Nic { get; init; }

    public required int NicCount { get; init; }

    public required DpuSpec Dpu { get; init; }

    public required int DpuCount { get; init; }

    /// <summary>Board, memory, drives, voltage-regulator losses and fans: the tray's load beyond its chips.</summary>
    public required Figure BoardOverheadKw { get; init; }

    /// <summary>Share of the tray's heat taken by the liquid loop; the rest goes to room air.</summary>
    public required Figure LiquidCooledFraction { get; init; }

    /// <summary>Warmest facility coolant supply the tray is specified for.</summary>
    public required Figure MaxCoolantSupplyC { get; init; }

    public override LiquidCooling LiquidCooling => new(LiquidCooledFraction, MaxCoolantSupplyC);

    public override InstallWork RackInstall => s_install;

    /// <summary>NVLink generation of the GPUs: trays of different generations cannot share a domain.</summary>
    public required int NvlinkGeneration { get; init; }

    /// <summary>Sources for the tray's make-up (GPUs, CPUs and NICs per tray).</summary>
    public required IReadOnlyList<string> CompositionSources { get; init; }

    /// <summary>GPUs per tray as a figure, so counts carry their sources like any other number.</summary>
    public Figure GpusPerTray => Figure.Vendor(GpuCount, "GPUs", [.. CompositionSources]);

    public Figure CpusPerTray => Figure.Vendor(CpuCount, "CPUs", [.. CompositionSources]);

    /// <summary>
    /// Time to build the tray from its boards and plates, on the tray maker's line: trays reach the site built, so the
    /// on-site crews are charged only the install step.
    /// </summary>
    public required Figure AssemblyMinutes { get; init; }

    public required int Height { get; init; }

    public override int HeightU => Height;

    public override Figure PowerKw => PowerWith(Gpu.PowerKw);

    public override IReadOnlyList<SettingSpec> Settings =>
    [
        new(GpuPowerSetting, "GPU power limit", "kW", 0.3, 3.0, Gpu.PowerKw,
            "Power per GPU package. Lower it for a power-capped (Max-Q style) operating point, raise it for Max-P."),
    ];

    /// <summary>The tray's load with a given per-GPU power: the sum of its chips and its board overhead.</summary>
    public Figure PowerWith(Figure gpuPowerKw)
    {
        var band = gpuPowerKw.Band * GpuCount
            + Cpu.PowerKw.Band * CpuCount
            + Nic.PowerKw.Band * NicCount
            + Dpu.PowerKw.Band * DpuCount
            + BoardOverheadKw.Band;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{GpuCount} × {gpuPowerKw.Value:0.###} kW GPU + {CpuCount} × {Cpu.PowerKw.Value:0.###} kW CPU + {NicCount} × {Nic.PowerKw.Value:0.###} kW NIC + {DpuCount} × {Dpu.PowerKw.Value:0.###} kW DPU + {BoardOverheadKw.Value:0.###} kW board");
        return Figure.Derived(band, "kW", note, gpuPowerKw, Cpu.PowerKw, Nic.PowerKw, Dpu.PowerKw, BoardOverheadKw);
    }

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Tray power", PowerKw);
        yield return ("GPU power", Gpu.PowerKw);
        foreach (var (precision, peak) in Gpu.Peak)
        {
            yield return ($"GPU peak {precision.ToString().ToUpperInvariant()} (dense)", peak.DensePflops);
            if (!ReferenceEquals(peak.HeadlinePflops, peak.DensePflops))
            {
                yield return ($"GPU peak {precision.ToString().ToUpperInvariant()} ({peak.HeadlineBasis})", peak.HeadlinePflops);
            }
        }

        yield return ("GPU HBM", Gpu.HbmGb);
        yield return ("GPU HBM bandwidth", Gpu.HbmBandwidthTBps);
        yield return ("GPU NVLink bandwidth", Gpu.NvlinkTBps);
        yield return ("CPU cores", Cpu.Cores);
        yield return ("CPU memory", Cpu.MemoryGb);
        yield return ("CPU power", Cpu.PowerKw);
        yield return ("NIC bandwidth", Nic.BandwidthGbps);
        yield return ("NIC power", Nic.PowerKw);
        yield return ("DPU power", Dpu.PowerKw);
        yield return ("Board overhead", BoardOverheadKw);
        yield return ("Liquid-cooled share", LiquidCooledFraction);
        yield return ("Max coolant supply", MaxCoolantSupplyC);
        yield return ("GPU cold plate resistance", Gpu.Thermal.ColdPlateKPerW);
        yield return ("GPU case limit", Gpu.Thermal.MaxCaseC);
        if (Gpu.MaxPPowerKw is { } maxP)
        {
            yield return ("GPU power, Max-P", maxP);
        }

        yield return ("Tray assembly time", AssemblyMinutes);
        foreach (var figure in Gpu.Achievable.Figures())
        {
            yield return figure;
        }
    }
}
