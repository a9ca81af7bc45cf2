using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

public static partial class TrainingSearch
{
    /// <summary>
    /// The best configuration so far. Ties go to the configuration first in <see cref="TrainingSpace"/>'s order, which
    /// nests layout, micro-batch, interleave, recomputation, sequence parallelism (on first), DualPipe (off first),
    /// offload (off first) and ZeRO stage: comparing those fields in turn is comparing places in the space.
    /// </summary>
    private struct Incumbent
    {
        public bool Found;
        public TrainingConfig Config;
        public TrainingStep Step;
        public double Throughput;
        private int _layout;

        public void Offer(in TrainingConfig config, in TrainingStep step, int layout)
        {
            var throughput = TrainingSearch.Throughput(step);
            if (Found && (throughput < Throughput || (throughput == Throughput && !Precedes(config, layout, Config, _layout))))
            {
                return;
            }

            (Found, Config, Step, Throughput, _layout) = (true, config, step, throughput, layout);
        }

        public void Merge(in Incumbent other)
        {
            if (other.Found)
            {
                Offer(other.Config, other.Step, other._layout);
            }
        }

        private static bool Precedes(in TrainingConfig a, int layoutA, in TrainingConfig b, int layoutB)
        {
            Span<int> x = [layoutA, a.MicroBatch, a.Interleave, (int)a.Recompute, a.SequenceParallel ? 0 : 1, a.DualPipe ? 1 : 0, a.OffloadActivations ? 1 : 0, (int)a.Sharding];
            Span<int> y = [layoutB, b.MicroBatch, b.Interleave, (int)b.Recompute, b.SequenceParallel ? 0 : 1, b.DualPipe ? 1 : 0, b.OffloadActivations ? 1 : 0, (int)b.Sharding];
            return x.SequenceCompareTo(y) < 0;
        }
    }

    /// <summary>
    /// The live search's walk through one layout's configurations, in the space's order, evaluating only what bounds and
    /// dominance leave. For each micro-batch, its floor (the step at its deepest interleave, without recomputation, less
    /// every term the memory and overlap choices change) bounds all its configurations. Within one micro-batch,
    /// interleave, recomputation and DualPipe, <see cref="TrainingModel.Evaluate"/> gives every configuration the same
    /// compute and differs only in:
    /// <list type="bullet">
    /// <item>sequence parallelism, which only removes memory and streaming time: without it is never faster, nor fits
    /// where it does not, so it is never evaluated;</item>
    /// <item>the ZeRO stage: ZeRO-1, -2 and -3 in turn keep less and expose no less traffic, so once one fits the later
    /// ones are not evaluated;</item>
    /// <item>offload, which only adds exposed time: it is evaluated only for the stages that did not fit in HBM, up to
    /// the first that fits offloaded.</item>
    /// </list>
    /// Plain data parallelism is not ordered against the ZeRO stages and is always evaluated (offloaded only where it
    /// does not fit in HBM). The first configuration evaluated (ZeRO-1 in HBM) has the floor of all the others: below
    /// the best, the rest are not evaluated.
    /// </summary>
    private sealed class LiveWalk(ModelShape m, HardwareShape h, TrainingRun run)
    {
        private static readonly Sharding[] s_zero = [Sharding.Optimizer, Sharding.Gradients, Sharding.Weights];

        public Incumbent Best;
        public int Evaluated;
        public int Fitting;

        public void Layout(TrainingLayout layout, int index)
        {
            var interleaves = TrainingSpace.Interleaves(m, layout.PipelineStages);
            var deepest = interleaves[^1];
            var sequenceParallel = layout.TensorParallel > 1;
            var sharded = layout.DataParallel * layout.ContextParallel > 1;
            var canOffload = h.HostBytesPerSecond > 0;
            var expertParallel = m.IsMixtureOfExperts && layout.ExpertParallel > 1;
            foreach (var mb in TrainingSpace.MicroBatches(layout))
            {
                var first = new TrainingConfig(layout.Gpus, layout.TensorParallel, layout.PipelineStages, layout.DataParallel, layout.ExpertParallel,
                    deepest, mb, layout.GlobalBatch, sequenceParallel, Recompute.None, ContextParallel: layout.ContextParallel);

                // What a micro-batch keeps only grows with its size: once the leanest way to run one does not fit, no
                // larger one does.
                if (!AnyFits(m, h, run, first with { Interleave = 1, Recompute = Recompute.Full }))
                {
                    break;
                }

                Evaluated++;
                if (Best.Found && Bounded(TrainingModel.Evaluate(m, h, run, first)) < Best.Throughput)
                {
                    continue;
                }

                foreach (var v in interleaves)
                {
                    var pairs = expertParallel && v == 2 && layout.PipelineStages % 2 == 0 ? 2 : 1;
                    for (var recompute = Recompute.None; recompute <= Recompute.Full; recompute++)
                    {
                        for (var pair = 0; pair < pairs; pair++)
                        {
                            Group(first with { Interleave = v, Recompute = recompute, DualPipe = pair == 1 }, index, sharded, canOffload);
                        }
                    }
                }
            }
        }

        private void Group(TrainingConfig leader, int index, bool sharded, bool canOffload)
        {
            var step = Evaluate(leader, index);
            if (Best.Found && Bounded(step) < Best.Throughput)
            {
                return;
            }

            if (!sharded)
            {
                if (!step.Fits && canOffload)
                {
                    EvaluateIfItFits(leader with { OffloadActivations = true }, index);
                }

                return;
            }

            var firstFit = step.Fits ? 0 : s_zero.Length;
            for (var z = 1; z < s_zero.Length && firstFit == s_zero.Length; z++)
            {
                firstFit = EvaluateIfItFits(leader with { Sharding = s_zero[z] }, index) ? z : firstFit;
            }

            var unshardedFits = EvaluateIfItFits(leader with { Sharding = Sharding.None }, index);
            if (!canOffload)
            {
                return;
            }

            for (var z = 0; z < firstFit; z++)
            {
                if (EvaluateIfItFits(leader with { Sharding = s_zero[z], OffloadActivations = true }, index))
                {
                    break;
                }
            }

            if (!unshardedFits)
            {
                EvaluateIfItFits(leader with { Sharding = Sharding.None, OffloadActivations = true }, index);
            }
        }

        /// <summary>
        /// Times the configuration only when its memory fits (a layout's batch, schedule and links are the same for the
        /// whole group as for its leader, so memory is what sets it apart): whether it fits.
        /// </summary>
        private bool EvaluateIfItFits(in TrainingConfig config, int index) =>
            TrainingMemory.Of(m, h, run, config).FitsInMemory && Evaluate(config, index).Fits;

        private TrainingStep Evaluate(in TrainingConfig config, int index)
        {
            var step = TrainingModel.Evaluate(m, h, run, config);
            Evaluated++;
            if (step.Fits)
            {
                Fitting++;
                Best.Offer(config, step, index);
            }

            return step;
        }
    }
}
