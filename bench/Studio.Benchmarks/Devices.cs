using System.Globalization;
using ILGPU;
using ILGPU.Runtime.Cuda;
using Studio.Engine.Compute;

namespace Studio.Benchmarks;

/// <summary>
/// The accelerators the benchmarks run on, created once per process (the in-process toolchain runs every benchmark in
/// this one) and warmed, so no measurement pays for context creation or kernel compilation.
/// </summary>
public static class Devices
{
    private static readonly Lazy<AcceleratorHost> s_cpu = new(() => Warmed(new AcceleratorHost(preferCpu: true)));
    private static readonly Lazy<AcceleratorHost?> s_gpu = new(CreateGpu);
    private static readonly Lazy<CudaPeak?> s_cudaPeak = new(FindCuda);

    /// <summary>ILGPU's CPU accelerator: the kernels' own path on a CPU (the server without a GPU runs parallel loops instead).</summary>
    public static AcceleratorHost Cpu => s_cpu.Value;

    /// <summary>The CUDA accelerator, or null when ILGPU finds no NVIDIA GPU.</summary>
    public static AcceleratorHost? Gpu => s_gpu.Value;

    /// <summary>Whether ILGPU sees an NVIDIA GPU; decided without creating an accelerator on it.</summary>
    public static bool HasCuda => s_cudaPeak.Value is not null;

    /// <summary>The GPU's double-precision peak in FLOP/s (see <see cref="FindCuda"/>), or NaN without one.</summary>
    public static double CudaPeakFlops => s_cudaPeak.Value?.Flops ?? double.NaN;

    public static AcceleratorHost RequireGpu() =>
        Gpu ?? throw new InvalidOperationException("No CUDA device: the Cuda benchmarks need an NVIDIA GPU that ILGPU can see.");

    public static string Describe() => s_cudaPeak.Value is { } cuda
        ? string.Create(CultureInfo.InvariantCulture,
            $"CUDA: {cuda.Name}, {cuda.Multiprocessors} SMs at {cuda.ClockGhz:0.###} GHz, sm_{cuda.Major}{cuda.Minor}; double-precision peak {cuda.Flops / 1e12:0.##} TFLOP/s (assumed FP64 FMAs per SM per cycle: {cuda.FmasPerSmPerCycle}).")
        : "CUDA: ILGPU found no NVIDIA GPU on this machine, so the Cuda benchmarks are skipped (filtered out of the run).";

    private static AcceleratorHost Warmed(AcceleratorHost host)
    {
        host.Warm();
        return host;
    }

    private static AcceleratorHost? CreateGpu()
    {
        if (!HasCuda)
        {
            return null;
        }

        var host = new AcceleratorHost(preferCpu: false);
        if (host.IsGpu)
        {
            return Warmed(host);
        }

        host.Dispose();
        return null;
    }

    /// <summary>
    /// FP64 peak = SMs × FP64 FMAs per SM per cycle × 2 × clock. The FMAs per SM come from the architecture: 64 on
    /// Hopper and Blackwell data-centre parts (sm_90, sm_100: H100, H200, B200), 32 on the data-centre parts sm_60, sm_70 and sm_80 (P100, V100, A100), and 2 on the
    /// rest (consumer and inference parts run FP64 at 1/64 of FP32). Tensor-core FP64 is not counted: the kernels
    /// are scalar code.
    /// </summary>
    private static CudaPeak? FindCuda()
    {
        try
        {
            using var context = Context.Create(builder => builder.Cuda());
            foreach (var device in context.GetCudaDevices())
            {
                // ILGPU reports the clock as CUDA does, in kHz.
                var major = device.Architecture?.Major ?? 0;
                var minor = device.Architecture?.Minor ?? 0;
                var fmas = major is 9 or 10 ? 64 : (major, minor) is (6, 0) or (7, 0) or (8, 0) ? 32 : 2;
                var clockGhz = device.ClockRate / 1e6;
                return new CudaPeak(device.Name, device.NumMultiprocessors, clockGhz, major, minor, fmas, device.NumMultiprocessors * fmas * 2 * clockGhz * 1e9);
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // No CUDA driver at all (this machine): the same as no GPU.
            return null;
        }
    }

    private sealed record CudaPeak(string Name, int Multiprocessors, double ClockGhz, int Major, int Minor, int FmasPerSmPerCycle, double Flops);
}
