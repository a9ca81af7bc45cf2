using Studio.Contracts.Scenarios;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>The power train on the wire: every member is optional, and a missing one takes the Engine's default.</summary>
public sealed partial class ScenarioMapper
{
    /// <summary>The rack feeds on the wire, in the order the docs and errors list them.</summary>
    public static IReadOnlyList<(string Wire, RackFeed Value)> FeedNames { get; } =
        [("415vac", RackFeed.Ac415), ("480vac", RackFeed.Ac480), ("800vdc", RackFeed.Dc800)];

    /// <summary>
    /// The power train's redundancy names on the wire. The CDUs' <see cref="Redundancies"/> share the first three;
    /// "dr" (distributed redundant) is the power train's alone, so the lists stay apart.
    /// </summary>
    public static IReadOnlyList<(string Wire, ElectricalRedundancy Value)> ElectricalRedundancyNames { get; } =
    [
        ("n", ElectricalRedundancy.N), ("n+1", ElectricalRedundancy.NPlusOne),
        ("2n", ElectricalRedundancy.TwoN), ("dr", ElectricalRedundancy.DistributedRedundant),
    ];

    private sealed partial class MapContext
    {
        private PowerTrainPlan MapPowerTrain(PowerDocument power)
        {
            var defaults = PowerTrainPlan.Default;
            RackFeed? feed = null;
            if (power.Feed is { } givenFeed)
            {
                feed = FeedNames.FirstOrDefault(f => f.Wire == givenFeed) is { Wire: not null } known ? known.Value : null;
                if (feed is null)
                {
                    Add("$.power.feed", $"Unknown feed '{Truncate(givenFeed)}': use \"415vac\", \"480vac\" or \"800vdc\"."
                        + DidYouMean(givenFeed, FeedNames.Select(f => f.Wire)));
                }
            }

            // Checked in the document's member order, so the errors read top to bottom like the file.
            var transformers = MapElectricalRedundancy("$.power.transformerRedundancy", "transformers", power.TransformerRedundancy, defaults.TransformerRedundancy);
            var ups = MapElectricalRedundancy("$.power.upsRedundancy", "UPS", power.UpsRedundancy, defaults.UpsRedundancy);
            var generators = MapElectricalRedundancy("$.power.generatorRedundancy", "generators", power.GeneratorRedundancy, defaults.GeneratorRedundancy);
            CheckField(ScenarioFields.GridInterconnectMw, power.GridInterconnectMw);
            CheckField(ScenarioFields.TransformerCount, power.TransformerCount);
            CheckField(ScenarioFields.UpsModuleCount, power.UpsModuleCount);
            CheckField(ScenarioFields.GeneratorCount, power.GeneratorCount);
            return new PowerTrainPlan
            {
                Feed = feed,
                TransformerRedundancy = transformers,
                UpsRedundancy = ups,
                GeneratorRedundancy = generators,
                Generators = power.Generators ?? defaults.Generators,
                Bess = power.Bess ?? defaults.Bess,
                GridInterconnectMw = power.GridInterconnectMw,
                TransformerCount = power.TransformerCount,
                UpsModuleCount = power.UpsModuleCount,
                GeneratorCount = power.GeneratorCount,
            };
        }

        private ElectricalRedundancy MapElectricalRedundancy(string path, string block, string? given, ElectricalRedundancy fallback)
        {
            if (given is null)
            {
                return fallback;
            }

            if (ElectricalRedundancyNames.FirstOrDefault(r => r.Wire == given) is { Wire: not null } known)
            {
                return known.Value;
            }

            Add(path, $"Unknown redundancy '{Truncate(given)}' for the {block}: use \"n\", \"n+1\", \"2n\" or \"dr\" (distributed redundant, 4N/3)."
                + DidYouMean(given, ElectricalRedundancyNames.Select(r => r.Wire)));
            return fallback;
        }

        /// <summary>" Did you mean 'x'?" for a near miss among a short list of names, or nothing.</summary>
        private static string DidYouMean(string typed, IEnumerable<string> names)
        {
            // Case first: "415VAC" or "N+1" is the name in the wrong case, and the edit distance of short names is noisy.
            var near = names.Where(n => string.Equals(n, typed.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (near.Count == 0 && typed.Length <= 80)
            {
                near = [.. SpellingSuggestions.Closest(typed, names).Take(1)];
            }

            return near.Count > 0 ? $" Did you mean '{near[0]}'?" : "";
        }
    }
}
