using Studio.Engine.Compute;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Benchmarks;

/// <summary>
/// Floating-point operations per item, counted by reading each model function (at commit cdedb30) statement by
/// statement. Rules: each double +, −, ×, ÷ is one FLOP; Math.Sqrt and Math.Pow count one each (they cost tens of
/// cycles, so the FLOP/s below flatters nothing); comparisons, Min/Max, conversions and integer arithmetic count zero.
/// Branches are followed per item: the counts below mirror which branches each item takes, using the item's own
/// inputs and, where a branch depends on a result, that result (from the model function itself, never a copy of its
/// arithmetic). The per-item mean over the benchmark's items is what the columns use. Recount when a model changes.
/// </summary>
public static class FlopCounts
{
    private static readonly Lazy<double> s_serving = new(() => Mean(Inputs.Serving.Configs.Length, i => Serving(Inputs.Serving, i)));
    private static readonly Lazy<double> s_training = new(() => Mean(Inputs.Training.Configs.Length, i => Training(Inputs.Training, Inputs.Training.Configs[i])));
    private static readonly Lazy<double> s_economics = new(() => Mean(EconomicsWork.Samples, i => Economics(EconomicsWork.Uncertainty, EconomicsWork.Seed, i)));

    public static double ServingPerConfiguration => s_serving.Value;

    public static double TrainingPerConfiguration => s_training.Value;

    public static double EconomicsPerSample => s_economics.Value;

    public static double PlantPerHour(PlantWork work)
    {
        var total = 0.0;
        foreach (var point in work.Points)
        {
            foreach (var ambient in work.AmbientC)
            {
                total += PlantHour(work.Load, point, ambient);
            }
        }

        return total / (work.Points.Length * work.AmbientC.Length);
    }

    /// <summary>
    /// Configuration <paramref name="index"/> as ServingSweep.Pair runs it: DecodeModel.Evaluate (with Communication)
    /// unless it is the second of a pair whose first decodes alike, and, for a configuration that runs, the tail.
    /// </summary>
    public static double Serving(ServingWork w, int index)
    {
        var c = w.Configs[index];
        var sharesDecode = index % 2 == 1 && c.DecodesLike(w.Configs[index - 1]);
        return (sharesDecode ? 0 : Decode(w, c)) + Tail(w, c);
    }

    private static double Decode(ServingWork w, in ServingConfig c)
    {
        var m = w.Model;
        var h = w.Hardware;
        double tp = c.TensorParallel;
        double dp = c.AttentionDataParallel;
        var ep = m.IsMixtureOfExperts ? tp * dp : 1;
        var tokens = c.SequencesPerRank * (1 + c.DraftTokens);

        // DecodeModel.Evaluate's unconditional statements: 91 (tokens 1, layer splits 3, the seven weight terms 15,
        // resident weights 7, KV per sequence 5, resident KV and total 3, usable HBM 2, assignments 2, streamed
        // weights 7, mean context 2, streamed KV 5, memory seconds 3, dense FLOPs 14, attention FLOPs 4, expert FLOPs 6,
        // compute seconds 6, overhead 2, exposed 2, step 2, the two rates 6); speculation's 1 + α + … adds 2 per draft.
        var flops = 91.0 + (2 * c.DraftTokens) + (2 * MeanAttendedTokens(m));
        flops += m.IsMixtureOfExperts ? 1 : 0;
        flops += m.RoutedExperts > 0 ? 4 : 0;

        // Communication: tensor-parallel all-reduces, expert dispatch and combine, pipeline hand-off.
        if (tp > 1)
        {
            var allReduceBytes = 2 * (tp - 1) / tp * tokens * m.Hidden * PrecisionBytes.ActivationBytes;
            flops += 9 + Collective(h, allReduceBytes, tp);
        }

        if (m.IsMixtureOfExperts && ep > 1)
        {
            flops += 14 + (2 * Collective(h, 1, ep));
        }

        if (c.PipelineStages > 1)
        {
            flops += 3 + Collective(h, 1, c.Gpus);
        }

        return flops;
    }

    /// <summary>ServingSweep.Outcome after its decode step: runs only for a configuration whose decode step and prefill fit.</summary>
    private static double Tail(ServingWork w, in ServingConfig c)
    {
        var decode = DecodeModel.Evaluate(w.Model, w.Hardware, w.Bytes, w.Request, c);
        if (!decode.Fits || !w.Prefill.Fits)
        {
            return 0;
        }

        return 1 + 4 + 3 + (c.Disaggregated
            ? 3 + MeanAttendedTokens(w.Model) + 1 + Collective(w.Hardware, 1, w.Prefill.GroupGpus + c.Gpus)
            : 4);
    }

    /// <summary>TrainingModel.Evaluate.</summary>
    public static double Training(TrainingWork w, in TrainingConfig c)
    {
        var m = w.Model;
        var h = w.Hardware;
        double tp = c.TensorParallel;
        double pp = c.PipelineStages;
        double dp = c.DataParallel;
        var ep = m.IsMixtureOfExperts ? Math.Max(1, c.ExpertParallel) : 1.0;

        // Unconditional statements: 100 (parameter split 8, optimizer and states 13, FFN width 2, activations per
        // token 6, interleave 4, activations 6, memory and usable HBM 3, tokens and forward FLOPs 4, model and hardware
        // FLOPs 7, compute 6, bubble 4, micro-batch sizes 3, tensor bytes 6, MoE layers and all-to-all bytes 8,
        // hideable 2, exposed 4, data-parallel group 2, exposed data-parallel 4, overhead 3, step 4, result 1).
        var flops = 100.0 + MeanCausalAttendedTokens(m, w.Run.SequenceLength);
        flops += m.IsMixtureOfExperts ? 2 : 0;
        flops += c.Recompute switch
        {
            Recompute.Full => 2,
            Recompute.Selective => 1,
            _ => 0,
        };

        if (tp > 1)
        {
            flops += 1 + Collective(h, 1, tp);
        }

        if (ep > 1)
        {
            flops += 3 + Collective(h, 1, ep * Math.Min(tp, h.ScaleUpDomainGpus));
        }

        if (pp > 1)
        {
            flops += 5 + Collective(h, 1, tp * pp);
        }

        if (dp > 1)
        {
            flops += 5 + Collective(h, 1, dp * tp * pp);
        }

        return flops;
    }

    /// <summary>CoolingPlant.Hour and the hour's share of CoolingPlant.Aggregate.</summary>
    public static double PlantHour(in PlantLoad load, in PlantPoint p, double ambientC)
    {
        var result = CoolingPlant.Hour(load, p, ambientC);
        var tower = p.Rejection == Studio.Engine.Scenarios.HeatRejection.CoolingTower;
        var airChiller = load.ItKw - load.LiquidHeatKw > 0 && ambientC > p.AirEconomizerC;

        // Hour: air heat, range, cooler leaving, cooling 4, air handling 3, facility 4 = 14; the tower's wet bulb 1 and
        // water 3; the trim fraction 2 when the coolers fall short; the air chiller 1. Aggregate: 6 sums, and the
        // month's chiller hours when there is trim.
        var flops = 14.0 + (tower ? 4 : 0) + (airChiller ? 1 : 0) + 6;
        if (result.Trim > 0)
        {
            flops += (load.ReturnC - load.SupplyC > 0 ? 2 : 0) + 1;
        }

        return flops;
    }

    /// <summary>EconomicsUncertainty.Evaluate: nine triangular draws, the economics, and the payback loop.</summary>
    public static double Economics(in EconomicsUncertainty u, ulong seed, long index)
    {
        Triangular[] inputs = [u.PartsCapexUsd, u.FacilityUsdPerMw, u.ItMw, u.Pue, u.OutputTokensPerSecondPerGpu, u.Utilisation, u.DepreciationYears, u.CostOfCapital, u.MaintenanceFraction];
        int[] draws = [0, 1, 2, 3, 4, 5, 6, 7, 8];
        var flops = 0.0;
        for (var k = 0; k < inputs.Length; k++)
        {
            // The uniform's +0.5 and scaling: 2. A triangle with width: width 1, split 2, then low + √(u·w·(mode − low))
            // 5 or high − √((1 − u)·w·(high − mode)) 6. A point value: the width only.
            var t = inputs[k];
            flops += 2 + 1;
            if (t.High - t.Low > 0)
            {
                var uniform = CounterRandom.Uniform(seed, index, draws[k]);
                flops += 2 + (uniform < (t.Mode - t.Low) / (t.High - t.Low) ? 5 : 6);
            }
        }

        // Facility MW = IT × PUE: 1. TokenEconomics.Values with a positive rate and draw: 38 (capex 2, capital recovery
        // 5 and its product 1, energy 3, opex 2, cost 1, tokens 4, revenue 5, racks per GW 2, cost per token 7, per MW 2,
        // GPUs per GW 2, revenue per GW 2).
        flops += 1 + 38;

        // Payback: each year's cash flow 9 (utilisation 1, flow 4, the two running factors 4), the test's sum 1 and the running total 1;
        // the year it pays back, the fraction 3 instead of the running total.
        var point = u.Sample(seed, index);
        var values = u.Evaluate(seed, index);
        var horizon = (int)Math.Ceiling(point.DepreciationYears) * TokenEconomics.HorizonLives;
        var years = double.IsNaN(values.PaybackYears) ? horizon : (int)Math.Floor(values.PaybackYears) + 1;
        flops += (years * 11) + (double.IsNaN(values.PaybackYears) ? 0 : 2);
        return flops;
    }

    /// <summary>HardwareShape.CollectiveSeconds: 3 inside the NVLink domain, 10 across it, 0 for one GPU or no bytes.</summary>
    private static double Collective(in HardwareShape h, double bytes, double groupGpus) =>
        groupGpus <= 1 || bytes <= 0 ? 0 : groupGpus <= h.LinkedDomainGpus ? 3 : 10;

    /// <summary>ModelShape.MeanAttendedTokens: 5 with sliding-window layers, else 0 (plus the caller's argument).</summary>
    private static double MeanAttendedTokens(in ModelShape m) => m.SlidingWindow > 0 && m.Layers > 0 ? 5 : 0;

    /// <summary>ModelShape.MeanCausalAttendedTokens: the half 1; with sliding-window layers 5 more, and 4 for a long prompt.</summary>
    private static double MeanCausalAttendedTokens(in ModelShape m, double promptTokens) =>
        1 + (m.SlidingWindow > 0 && m.Layers > 0 ? 5 + (promptTokens > m.SlidingWindow ? 4 : 0) : 0);

    private static double Mean(int count, Func<int, double> flops)
    {
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += flops(i);
        }

        return total / count;
    }
}
