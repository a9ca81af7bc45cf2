using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>The rules a design is checked against, run in one pass; errors come first.</summary>
public sealed class DesignRuleSet(IEnumerable<IDesignRule> rules)
{
    public static DesignRuleSet Default { get; } = new(
    [
        new NvlinkDomainRule(),
        new RackSpaceRule(),
        new RackGenerationRule(),
        new PowerShelfRule(),
        new CoolantSupplyRule(),
        new CoolantLoopRule(),
        new NetworkRule(),
        new BusbarRule(),
        new RackWeightRule(),
        new FactoryRule(),
        new FabricRule(),
    ]);

    private readonly IReadOnlyList<IDesignRule> _rules = [.. rules];

    public IReadOnlyList<Diagnostic> Check(DesignAnalysis design) =>
        [.. _rules.SelectMany(r => r.Check(design)).OrderByDescending(d => d.Severity)];
}
