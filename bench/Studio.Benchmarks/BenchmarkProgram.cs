using BenchmarkDotNet.Running;

namespace Studio.Benchmarks;

/// <summary>
/// Entry point. Not top-level statements: those would declare a global <c>Program</c> that hides the server's, which
/// <see cref="EndToEndBenchmarks"/> hosts through WebApplicationFactory&lt;Program&gt;.
/// </summary>
public static class BenchmarkProgram
{
    public static int Main(string[] args)
    {
        Console.WriteLine(Machine.Describe());
        Console.WriteLine(Devices.Describe());
        if (args is ["--verify"])
        {
            return Verify.Run();
        }

        // The 400-rack canvas design the end-to-end benchmark posts, as a file to open in the studio or evaluate.
        if (args is ["--write-canvas", var path])
        {
            File.WriteAllBytes(path, LargeCanvas.Build());
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, BenchConfig.Create());

        // A benchmark that threw (a kernel that failed on a device, a 500 from the server) must fail the script that ran it.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
