using System.Globalization;
using System.Runtime.Intrinsics.X86;

namespace Studio.Benchmarks;

/// <summary>
/// The CPU's double-precision peak, for the FLOP/s columns: cores × FLOPs per cycle per core × clock. The benchmarks
/// compute in doubles, so the double-precision peak is the honest ceiling.
/// </summary>
public static class Machine
{
    private static readonly Lazy<(string Model, double Mhz)> s_cpu = new(ReadCpuInfo);

    public static int Cores => Environment.ProcessorCount;

    /// <summary>Clock in GHz as /proc/cpuinfo reports it (the nominal clock in a virtual machine; boost is not counted).</summary>
    public static double ClockGhz => s_cpu.Value.Mhz / 1000;

    public static string Model => s_cpu.Value.Model;

    /// <summary>
    /// Double-precision FLOPs per cycle per core with SIMD: two FMA pipes × (vector width / 64 bits) × 2 FLOPs per FMA.
    /// AVX2 with FMA (Zen 2 and later, Haswell and later) gives 2 × 4 × 2 = 16; AVX-512 is taken as 2 × 8 × 2 = 32
    /// (some Intel parts have one 512-bit FMA pipe: half that); without FMA, an add and a multiply pipe of 2 doubles: 4.
    /// </summary>
    public static double VectorFlopsPerCycle =>
        Avx512F.IsSupported ? 32 : Avx2.IsSupported && Fma.IsSupported ? 16 : 4;

    /// <summary>
    /// The same without SIMD: two scalar FMAs a cycle, 4 FLOPs. The JIT compiles the model functions to scalar
    /// instructions (one double at a time), so this is the ceiling they could reach without vectorising.
    /// </summary>
    public static double ScalarFlopsPerCycle => Fma.IsSupported ? 4 : 2;

    public static double PeakFlops => Cores * VectorFlopsPerCycle * ClockGhz * 1e9;

    public static double ScalarPeakFlops => Cores * ScalarFlopsPerCycle * ClockGhz * 1e9;

    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"CPU: {Model}, {Cores} logical cores at {ClockGhz:0.###} GHz (/proc/cpuinfo); double-precision peak {PeakFlops / 1e9:0.#} GFLOP/s with SIMD ({VectorFlopsPerCycle} FLOPs/cycle/core), {ScalarPeakFlops / 1e9:0.#} GFLOP/s scalar ({ScalarFlopsPerCycle}/cycle/core). Assumes each logical core is a physical core.");

    private static (string Model, double Mhz) ReadCpuInfo()
    {
        // Linux only; elsewhere the peak is unknown and the % columns say so.
        const string Path = "/proc/cpuinfo";
        if (!File.Exists(Path))
        {
            return ("unknown", double.NaN);
        }

        string? model = null;
        var mhz = double.NaN;
        foreach (var line in File.ReadLines(Path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (model is null && key == "model name")
            {
                model = value;
            }
            else if (double.IsNaN(mhz) && key == "cpu MHz" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                mhz = parsed;
            }
        }

        return (model ?? "unknown", mhz);
    }
}
