using System.Globalization;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Workloads;

namespace Studio.Server.Scenarios;

/// <summary>The workload half of the mapper: serving, the training study, and custom models and systems.</summary>
public sealed partial class ScenarioMapper
{
    private sealed partial class MapContext
    {
        private const string CustomModelId = "custom";

        private Workload MapWorkload(WorkloadDocument workload)
        {
            var custom = workload.CustomModel is { } doc ? MapCustomModel(doc, "$.workload.customModel") : null;
            var model = ResolveModel("$.workload.model", workload.Model, custom, workload.CustomModel is not null);
            var precision = ParsePrecision("$.workload.precision", workload.Precision, ["nvfp4", "fp8", "bf16"]);
            CheckField(ScenarioFields.InputTokens, workload.InputTokens);
            CheckField(ScenarioFields.OutputTokens, workload.OutputTokens);
            CheckField(ScenarioFields.TargetTokensPerSecondPerUser, workload.TargetTokensPerSecondPerUser);
            var system = workload.CustomSystem is { } systemDoc ? MapCustomSystem(systemDoc, "$.workload.customSystem") : null;
            var training = model is null ? null : MapTraining(workload.Training, model, custom, "$.workload.training");

            // Placeholders keep mapping going after an error so every error is reported; the scenario is then discarded.
            var resolved = model ?? ModelCatalog.All[0];
            return new Workload(resolved, precision ?? Precision.Nvfp4, workload.InputTokens, workload.OutputTokens, workload.TargetTokensPerSecondPerUser)
            {
                Training = training,
                CustomSystem = system,
            };
        }

        private ModelSpec? ResolveModel(string path, string id, ModelSpec? custom, bool customGiven)
        {
            if (id == CustomModelId)
            {
                if (!customGiven)
                {
                    Add(path, "\"custom\" needs a customModel beside it: describe the model's layers, width, attention and experts.");
                }

                return custom;
            }

            if (customGiven)
            {
                Add(path, $"A customModel is given, so set model to \"custom\" (it is '{id}').");
                return null;
            }

            if (ModelCatalog.TryGet(id, out var model))
            {
                return model;
            }

            var near = SpellingSuggestions.Closest(id, ModelCatalog.All.Select(m => m.Id));
            Add(path, $"Unknown model '{id}'." + (near.Count > 0 ? $" Did you mean '{near[0]}'?" : "") +
                $" Known: {string.Join(", ", ModelCatalog.All.Select(m => m.Id))}, or \"custom\" with a customModel.");
            return null;
        }

        private ModelSpec? MapCustomModel(CustomModelDocument doc, string path)
        {
            var errors = Errors.Count;
            CheckText($"{path}.name", doc.Name, required: true);
            CheckRange($"{path}.layers", doc.Layers, 1, 1000, "layers");
            CheckRange($"{path}.hidden", doc.Hidden, 64, 200_000, "");
            CheckRange($"{path}.vocab", doc.Vocab, 1, 10_000_000, "tokens");
            CheckRange($"{path}.heads", doc.Heads, 1, 10_000, "heads");
            CheckRange($"{path}.sequenceLength", doc.SequenceLength, 1, 10_000_000, "tokens");
            AttentionKind? attention = doc.Attention switch { "gqa" => AttentionKind.GroupedQuery, "mla" => AttentionKind.MultiHeadLatent, _ => null };
            if (attention == AttentionKind.GroupedQuery)
            {
                CheckRange($"{path}.kvHeads", doc.KvHeads, 1, doc.Heads, "heads");
                CheckRange($"{path}.headDim", doc.HeadDim, 8, 4096, "");
            }
            else if (attention == AttentionKind.MultiHeadLatent)
            {
                CheckRange($"{path}.kvLoraRank", doc.KvLoraRank, 1, 100_000, "");
                CheckRange($"{path}.nopeHeadDim", doc.NopeHeadDim, 1, 4096, "");
                CheckRange($"{path}.valueHeadDim", doc.ValueHeadDim, 1, 4096, "");
                CheckRange($"{path}.ropeHeadDim", doc.RopeHeadDim, 0, 4096, "");
                CheckRange($"{path}.qLoraRank", doc.QLoraRank, 0, 100_000, "");
            }
            else
            {
                Add($"{path}.attention", $"Unknown attention '{doc.Attention}': use \"gqa\" (grouped-query) or \"mla\" (multi-head latent).");
            }

            CheckRange($"{path}.denseLayers", doc.DenseLayers, 0, doc.Layers, "layers");
            if (doc.DenseLayers > 0)
            {
                CheckRange($"{path}.denseFfn", doc.DenseFfn, 1, 10_000_000, "");
            }

            if (doc.DenseLayers < doc.Layers)
            {
                // The layers that are not dense are mixture-of-experts layers: they need experts.
                CheckRange($"{path}.routedExperts", doc.RoutedExperts, 1, 100_000, "experts");
                CheckRange($"{path}.activeExperts", doc.ActiveExperts, 1, Math.Max(1, doc.RoutedExperts), "experts");
                CheckRange($"{path}.expertFfn", doc.ExpertFfn, 1, 10_000_000, "");
            }

            CheckRange($"{path}.sharedExperts", doc.SharedExperts, 0, 1000, "experts");
            CheckRange($"{path}.slidingWindowLayers", doc.SlidingWindowLayers, 0, doc.Layers, "layers");
            CheckRange($"{path}.slidingWindow", doc.SlidingWindow, 0, 10_000_000, "tokens");
            if (Errors.Count > errors || attention is null)
            {
                return null;
            }

            var architecture = new ModelArchitecture
            {
                Layers = doc.Layers,
                Hidden = doc.Hidden,
                Vocab = doc.Vocab,
                Attention = attention.Value,
                Heads = doc.Heads,
                KvHeads = doc.KvHeads,
                HeadDim = doc.HeadDim,
                QLoraRank = doc.QLoraRank,
                KvLoraRank = doc.KvLoraRank,
                RopeHeadDim = doc.RopeHeadDim,
                NopeHeadDim = doc.NopeHeadDim,
                ValueHeadDim = doc.ValueHeadDim,
                SlidingWindow = doc.SlidingWindow,
                SlidingWindowLayers = doc.SlidingWindowLayers,
                DenseLayers = doc.DenseLayers,
                DenseFfn = doc.DenseFfn,
                GatedFfn = doc.GatedFfn,
                RoutedExperts = doc.RoutedExperts,
                ActiveExperts = doc.ActiveExperts,
                SharedExperts = doc.SharedExperts,
                ExpertFfn = doc.ExpertFfn,
                TiedEmbeddings = doc.TiedEmbeddings,
            };
            var name = doc.Name.Trim();
            return new ModelSpec(
                CustomModelId,
                name,
                Figure.User(Math.Round(architecture.TotalParams / 1e9, 3), "B", $"{name}: parameters counted from its shape"),
                Figure.User(Math.Round(architecture.ActiveParams / 1e9, 3), "B", $"{name}: active parameters counted from its shape"),
                architecture,
                doc.SequenceLength,
                []);
        }

        private ThroughputSystem? MapCustomSystem(CustomSystemDocument doc, string path)
        {
            var errors = Errors.Count;
            CheckText($"{path}.name", doc.Name, required: true);
            var peaks = new Dictionary<Precision, Figure>();
            foreach (var (key, value) in doc.DensePflops)
            {
                var precision = ParsePrecision(JsonPaths.Member($"{path}.densePflops", key), key, ["nvfp4", "fp8", "bf16"]);
                if (precision is not null && CheckRange(JsonPaths.Member($"{path}.densePflops", key), value, 0.001, 1000, "PFLOPS"))
                {
                    peaks[precision.Value] = Figure.User(value, "PFLOPS", $"{doc.Name}: dense {key} peak");
                }
            }

            if (!doc.DensePflops.ContainsKey("bf16") && !doc.DensePflops.ContainsKey("fp8"))
            {
                Add($"{path}.densePflops", "Give at least a bf16 (or fp8) dense peak, in PFLOPS per GPU.");
            }

            CheckRange($"{path}.hbmGb", doc.HbmGb, 1, 100_000, "GB");
            CheckRange($"{path}.hbmBandwidthTBps", doc.HbmBandwidthTBps, 0.01, 1000, "TB/s");
            CheckRange($"{path}.scaleUpDomainGpus", doc.ScaleUpDomainGpus, 1, 100_000, "GPUs");
            CheckRange($"{path}.scaleUpTBps", doc.ScaleUpTBps, doc.ScaleUpDomainGpus > 1 ? 0.001 : 0, 1000, "TB/s");
            CheckRange($"{path}.scaleOutGbps", doc.ScaleOutGbps, 0, 100_000, "Gb/s");
            CheckRange($"{path}.gpuPowerKw", doc.GpuPowerKw, 0.01, 100, "kW");
            if (Errors.Count > errors)
            {
                return null;
            }

            return new ThroughputSystem
            {
                Name = doc.Name.Trim(),
                DensePflops = peaks,
                HbmGb = Figure.User(doc.HbmGb, "GB", $"{doc.Name}: usable HBM per GPU"),
                HbmBandwidthTBps = Figure.User(doc.HbmBandwidthTBps, "TB/s", $"{doc.Name}: HBM bandwidth"),
                ScaleUpDomainGpus = doc.ScaleUpDomainGpus,
                ScaleUpTBps = Figure.User(doc.ScaleUpTBps, "TB/s", $"{doc.Name}: scale-up bandwidth per GPU"),
                ScaleOutGbps = Figure.User(doc.ScaleOutGbps, "Gb/s", $"{doc.Name}: scale-out bandwidth per GPU"),
                GpuPowerKw = Figure.User(doc.GpuPowerKw, "kW", $"{doc.Name}: GPU power"),
                Achievable = AchievableFractions.Default,
                IsCustom = true,
            };
        }

        private TrainingWorkload? MapTraining(TrainingDocument? doc, ModelSpec servingModel, ModelSpec? custom, string path)
        {
            if (doc is null)
            {
                return null;
            }

            var errors = Errors.Count;
            var model = doc.Model is null ? servingModel : ResolveModel($"{path}.model", doc.Model, custom, doc.Model == CustomModelId && custom is not null);
            CheckField(ScenarioFields.TrainingTokens, doc.TrainingTokens);
            CheckField(ScenarioFields.TargetDays, doc.TargetDays);
            var sequence = doc.SequenceLength ?? model?.SequenceLength ?? 4096;
            CheckField(ScenarioFields.TrainingSequenceLength, sequence);
            var batch = doc.GlobalBatchSequences ?? TrainingWorkload.BatchFor(sequence);
            CheckField(ScenarioFields.GlobalBatchSequences, batch);
            var precision = ParsePrecision($"{path}.precision", doc.Precision, ["nvfp4", "fp8", "bf16"]);
            var pinned = doc.Configuration is { } configuration ? MapTrainingConfiguration(configuration, $"{path}.configuration") : null;
            if (Errors.Count > errors || model is null)
            {
                return null;
            }

            return new TrainingWorkload(model, doc.TrainingTokens, doc.TargetDays, sequence, batch, precision ?? Precision.Fp8) { Pinned = pinned };
        }

        private TrainingConfig? MapTrainingConfiguration(TrainingConfigurationDocument doc, string path)
        {
            var errors = Errors.Count;
            CheckRange($"{path}.gpus", doc.Gpus, 1, 1 << 20, "GPUs");
            CheckRange($"{path}.tensorParallel", doc.TensorParallel, 1, 1024, "");
            CheckRange($"{path}.pipelineParallel", doc.PipelineParallel, 1, 1024, "");
            CheckRange($"{path}.dataParallel", doc.DataParallel, 1, 1 << 20, "");
            CheckRange($"{path}.expertParallel", doc.ExpertParallel, 1, 1 << 20, "");
            CheckRange($"{path}.interleave", doc.Interleave, 1, 64, "");
            CheckRange($"{path}.microBatch", doc.MicroBatch, 1, 100_000, "sequences");
            CheckRange($"{path}.globalBatch", doc.GlobalBatch, 1, 100_000_000, "sequences");
            Recompute? recompute = doc.Recompute switch
            {
                "none" => Recompute.None,
                "selective" => Recompute.Selective,
                "full" => Recompute.Full,
                _ => null,
            };
            if (recompute is null)
            {
                Add($"{path}.recompute", $"Unknown recomputation '{doc.Recompute}': use \"none\", \"selective\" or \"full\".");
            }

            CheckRange($"{path}.contextParallel", doc.ContextParallel, 1, 1024, "");
            Sharding? sharding = doc.Sharding switch
            {
                "optimizer" => Sharding.Optimizer,
                "gradients" => Sharding.Gradients,
                "weights" => Sharding.Weights,
                "none" => Sharding.None,
                _ => null,
            };
            if (sharding is null)
            {
                Add($"{path}.sharding", $"Unknown sharding '{doc.Sharding}': use \"optimizer\" (ZeRO-1), \"gradients\" (ZeRO-2), \"weights\" (ZeRO-3 / FSDP) or \"none\".");
            }

            if (doc.DualPipe && (doc.Interleave != 2 || doc.PipelineParallel % 2 != 0))
            {
                Add($"{path}.dualPipe", "DualPipe runs two chunks per stage on an even number of stages: set interleave to 2 and an even pipelineParallel.");
            }

            return Errors.Count > errors || recompute is null || sharding is null
                ? null
                : new TrainingConfig(doc.Gpus, doc.TensorParallel, doc.PipelineParallel, doc.DataParallel, doc.ExpertParallel,
                    doc.Interleave, doc.MicroBatch, doc.GlobalBatch, doc.SequenceParallel, recompute.Value, doc.DualPipe,
                    doc.ContextParallel, sharding.Value, doc.OffloadActivations);
        }

        private Precision? ParsePrecision(string path, string value, string[] allowed)
        {
            Precision? precision = allowed.Contains(value, StringComparer.Ordinal) ? value switch
            {
                "nvfp4" => Precision.Nvfp4,
                "fp8" => Precision.Fp8,
                "bf16" => Precision.Bf16,
                _ => null,
            } : null;
            if (precision is null)
            {
                Add(path, string.Create(CultureInfo.InvariantCulture, $"Unknown precision '{value}': use {string.Join(", ", allowed.Select(a => $"\"{a}\""))}."));
            }

            return precision;
        }
    }
}
