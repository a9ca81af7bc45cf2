namespace Studio.Engine.Evaluation;

/// <summary>
/// Which metrics are computed from which. When an error withholds a metric, every metric computed from it is
/// withheld for the same finding: a cost per token is no better than the power figure it stands on.
/// </summary>
internal static class MetricDependencies
{
    private static readonly string[] s_tokenEconomics =
    [
        MetricIds.EconomicsCostPerMillionTokensUsd, MetricIds.EconomicsCostPerMillionInputTokensUsd, MetricIds.EconomicsTokensPerSecondPerMw,
        MetricIds.EconomicsAnnualRevenueUsd, MetricIds.EconomicsAnnualRevenuePerGwUsd, MetricIds.EconomicsPaybackYears, MetricIds.AssemblyBuildOutRevenueUsd,
    ];

    private static readonly string[] s_powerEconomics =
    [
        MetricIds.EconomicsCapexUsd, MetricIds.EconomicsAnnualCostUsd, MetricIds.EconomicsRacksPer100Mw, MetricIds.EconomicsGpusPerGw, .. s_tokenEconomics,
    ];

    /// <summary>Metric → the metrics it is computed from.</summary>
    public static IReadOnlyDictionary<string, string[]> Inputs { get; } = Build();

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string input, params string[] outputs)
        {
            foreach (var output in outputs)
            {
                if (!map.TryGetValue(output, out var list))
                {
                    map[output] = list = [];
                }

                list.Add(input);
            }
        }

        Add(MetricIds.RackItPowerKw, MetricIds.PowerFacilityMw, MetricIds.PowerPeakFacilityMw, MetricIds.PowerBusbarAmps, MetricIds.FacilityPue);
        Add(MetricIds.PowerFacilityMw, s_powerEconomics);
        Add(MetricIds.PowerPeakFacilityMw, MetricIds.PowerGridPeakMw);
        Add(MetricIds.PowerFacilityMw, MetricIds.PowerItKwPerRack, MetricIds.PowerCoolingKwPerRack, MetricIds.PowerPumpsKwPerRack, MetricIds.PowerLossesKwPerRack);
        Add(MetricIds.InferenceTokensPerSecondPerGpuAtTarget, s_tokenEconomics);
        Add(MetricIds.ThermalMaxGpuC, MetricIds.ThermalThrottlePercent);
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Withholds every metric one of whose inputs is withheld, until nothing changes.</summary>
    public static IReadOnlyList<Metric> Propagate(IReadOnlyList<Metric> metrics)
    {
        var byId = metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (id, inputs) in Inputs)
            {
                if (!byId.TryGetValue(id, out var metric) || metric.Band is null)
                {
                    continue;
                }

                var blockers = inputs
                    .Select(i => byId.GetValueOrDefault(i))
                    .Where(i => i is { Band: null } && i.BlockedBy.Count > 0)
                    .SelectMany(i => i!.BlockedBy)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (blockers.Count > 0)
                {
                    byId[id] = metric with { Band = null, BlockedBy = blockers };
                    changed = true;
                }
            }
        }
        while (changed);

        return [.. metrics.Select(m => byId[m.Id])];
    }
}
