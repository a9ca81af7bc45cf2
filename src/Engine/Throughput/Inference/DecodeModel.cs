namespace Studio.Engine.Throughput.Inference;

/// <summary>What bounds a step.</summary>
public enum StepBound
{
    Compute,
    Memory,
    Communication,
    Overhead,
}

/// <summary>One decode step of one pipeline stage, and what it gives the users and the GPUs.</summary>
/// <param name="Fits">Weights and KV cache fit in HBM, the batch is within the scheduler's cap, and the step ends (its GPUs can communicate).</param>
public readonly record struct DecodeStep(
    bool Fits,
    double ResidentBytesPerGpu,
    double StepSeconds,
    double ComputeSeconds,
    double MemorySeconds,
    double CommunicationSeconds,
    double OverheadSeconds,
    double TokensPerSecondPerUser,
    double OutputTokensPerSecondPerGpu,
    StepBound Bound);

/// <summary>
/// Decode as a roofline with communication: each step streams the stage's weights (only the experts the batch
/// touches) and every sequence's KV cache from HBM, multiplies the active weights, and exchanges activations
/// (tensor-parallel all-reduce, expert-parallel dispatch and combine, pipeline hand-off). Compute and memory
/// overlap fully (the larger bounds the step); communication hides behind up to <c>Overlap</c> of that time.
/// docs/models/throughput.md states every term.
/// </summary>
public static class DecodeModel
{
    public static DecodeStep Evaluate(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in ServingConfig c)
    {
        double tp = c.TensorParallel;
        double dp = c.AttentionDataParallel;
        double pp = c.PipelineStages;
        var ep = m.IsMixtureOfExperts ? tp * dp : 1;
        var b = c.SequencesPerRank;

        // Speculation verifies 1 + d tokens per sequence in one step: more compute and traffic of activations,
        // the same weights and KV cache read once, and 1 + α + … + α^d tokens gained.
        var tokens = b * (1 + c.DraftTokens);
        var gained = h.AcceptedTokensPerStep(c.DraftTokens);

        var layers = m.Layers / pp;
        var denseLayers = m.DenseLayers / pp;
        var moeLayers = m.MoeLayers / pp;
        var kvShards = Math.Min(tp, Math.Max(1, m.KvSplittableHeads));

        // Weights resident on one GPU: attention, dense and shared-expert weights split by tensor parallelism;
        // routed experts split over all expert-parallel ranks; the vocabulary head and embedding spread over stages.
        var attention = m.AttentionParamsPerLayer * layers / tp;
        var dense = m.DenseFfnParamsPerLayer * denseLayers / tp;
        var shared = m.SharedExperts * m.ExpertParams * moeLayers / tp;
        var routed = m.RoutedExperts * m.ExpertParams * moeLayers / ep;
        var router = m.RouterParamsPerLayer * moeLayers;
        var head = m.HeadParams / tp / pp;
        var embedding = m.EmbeddingParams / tp / pp;
        var residentWeights = (attention + dense + shared + routed + router + head + embedding) * p.WeightBytes;

        // The KV cache of every sequence in flight (pp micro-batches of b per rank) at its longest.
        var kvPerSequence = m.MeanAttendedTokens(r.InputTokens + r.OutputTokens) * m.KvElementsPerTokenPerLayer * layers * p.KvBytes / kvShards;
        var residentKv = b * pp * kvPerSequence;
        var resident = residentWeights + residentKv;
        var fits = resident <= h.UsableHbmBytes && b <= h.MaxSequencesPerRank;

        // HBM traffic of one step: the weights the micro-batch uses and its KV cache at the mean decode length.
        var assignments = tokens * dp * m.ActiveExperts;
        var touched = m.RoutedExperts > 0 ? 1 - Math.Pow(1 - 1 / m.RoutedExperts, assignments) : 0;
        var streamedWeights = (attention + dense + shared + routed * touched + router + head) * p.WeightBytes;
        var meanContext = m.MeanAttendedTokens(r.InputTokens + r.OutputTokens / 2);
        var streamedKv = b * meanContext * m.KvElementsPerTokenPerLayer * layers * p.KvBytes / kvShards;
        var memorySeconds = (streamedWeights + streamedKv) / h.EffectiveHbmBytesPerSecond;

        // FLOPs of one step on one GPU: the rank's b tokens split over tp, routed experts' tokens over ep. The router is
        // replicated (every tensor rank routes all of the rank's tokens), so its term is multiplied back by tp.
        var denseFlops = 2 * tokens / tp * (m.AttentionParamsPerLayer * layers + m.DenseFfnParamsPerLayer * denseLayers
            + m.SharedExperts * m.ExpertParams * moeLayers + m.RouterParamsPerLayer * moeLayers * tp + m.HeadParams / pp);
        var attentionFlops = tokens / tp * meanContext * m.DecodeAttentionFlopsPerContextToken * layers;
        var expertFlops = 2 * m.ActiveExperts * m.ExpertParams * moeLayers * tokens * dp / ep;
        var computeSeconds = (denseFlops + expertFlops) / h.EffectiveFlops + attentionFlops / h.EffectiveAttentionFlops;

        var communicationSeconds = Communication(m, h, p, c, tokens, denseLayers, moeLayers, layers, ep);

        // A draft adds about one layer of work per speculated token (an MTP head is one extra layer).
        var overheadSeconds = h.LayerOverheadSeconds * (layers + c.DraftTokens);

        var busy = Math.Max(computeSeconds, memorySeconds);
        var exposed = communicationSeconds - Math.Min(communicationSeconds, h.Overlap * busy);
        var step = busy + exposed + overheadSeconds;

        // A step whose collectives have no link to cross never ends: the configuration cannot run, whatever its memory.
        fits &= double.IsFinite(step);
        var bound = overheadSeconds >= Math.Max(busy, exposed) ? StepBound.Overhead
            : exposed > busy ? StepBound.Communication
            : computeSeconds >= memorySeconds ? StepBound.Compute
            : StepBound.Memory;

        // A token passes all pp stages in turn; the instance finishes b·dp sequences' tokens per stage-step.
        return new DecodeStep(
            fits,
            resident,
            step,
            computeSeconds,
            memorySeconds,
            communicationSeconds,
            overheadSeconds,
            gained / (pp * step),
            b * gained / (tp * pp * step),
            bound);
    }

    private static double Communication(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in ServingConfig c, double b, double denseLayers, double moeLayers, double layers, double ep)
    {
        double tp = c.TensorParallel;
        var seconds = 0.0;
        if (tp > 1)
        {
            // Ring all-reduce of the rank's activations: after attention in every layer, after dense FFNs too.
            var allReduces = layers + denseLayers;
            var bytes = 2 * (tp - 1) / tp * b * m.Hidden * PrecisionBytes.ActivationBytes;
            seconds += allReduces * h.CollectiveSeconds(bytes, tp);
        }

        if (m.IsMixtureOfExperts && ep > 1)
        {
            // Each GPU sends its share of the rank's tokens to the experts they route to; the remote share crosses the fabric.
            var perGpuTokens = b / tp;
            var remote = (ep - 1) / ep;
            var dispatch = perGpuTokens * m.ActiveExperts * m.Hidden * p.DispatchBytes * remote;
            var combine = perGpuTokens * m.ActiveExperts * m.Hidden * PrecisionBytes.ActivationBytes * remote;
            seconds += moeLayers * (h.CollectiveSeconds(dispatch, ep) + h.CollectiveSeconds(combine, ep));
        }

        if (c.PipelineStages > 1)
        {
            seconds += h.CollectiveSeconds(b * m.Hidden * PrecisionBytes.ActivationBytes, c.Gpus);
        }

        return seconds;
    }
}
