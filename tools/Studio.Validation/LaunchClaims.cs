using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput;
using Studio.Engine.Workloads;

namespace Studio.Validation;

/// <summary>The launch claims checked against the models: GPUs to train a large MoE, tokens per MW against interactivity.</summary>
internal static class LaunchClaims
{
    /// <summary>Rack IT power per GPU from the catalog (18 compute trays and 9 switch trays per NVL72), kW.</summary>
    public static double RackKwPerGpu(Generation generation)
    {
        var catalog = PartCatalog.CreateDefault();
        var tray = catalog.Parts.OfType<ComputeTraySpec>().Single(p => p.Generation == generation);
        var switches = catalog.Parts.OfType<NvlinkSwitchTraySpec>().Single(p => p.Generation == generation);
        return (18 * tray.PowerKw.Value + 9 * switches.PowerKw.Value) / 72;
    }

    public static int? FewestGpus(ThroughputSystem system, Precision precision, double tokens, double days)
    {
        ModelCatalog.TryGet("deepseek-v3", out var model);
        var training = TrainingWorkload.Default(model) with { TrainingTokens = tokens, TargetDays = days };
        var hardware = system.Shape(system.Supports(precision) ? precision : Precision.Fp8, Corner.Central, training: true);
        return TrainingAnalysis.FewestGpus(new ModelShape(model.Architecture), hardware, training, system.ScaleUpDomainGpus);
    }

    /// <summary>The serving frontier in output tokens/s per MW of rack IT power, against tokens/s per user.</summary>
    public static IReadOnlyList<ServingPoint> Frontier(ThroughputSystem system, string modelId, int input, int output)
    {
        ModelCatalog.TryGet(modelId, out var model);
        var shape = new ModelShape(model.Architecture);
        var hardware = system.Shape(Precision.Nvfp4, Corner.Central);
        return ServingSweep.Run(shape, hardware, PrecisionBytes.For(Precision.Nvfp4), new RequestShape(input, output), 1,
            ServingSpace.Default(shape, hardware)).Frontier;
    }

    /// <summary>Best output tokens/s per GPU at or above an interactivity, or 0.</summary>
    public static double At(IReadOnlyList<ServingPoint> frontier, double tokensPerUser) =>
        frontier.Where(p => p.TokensPerSecondPerUser >= tokensPerUser).Select(p => p.OutputTokensPerSecondPerGpu).DefaultIfEmpty(0).Max();
}
