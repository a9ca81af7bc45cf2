namespace Studio.Server.Scenarios;

/// <summary>
/// The power train's numeric members. Like the network's, they are kept out of <see cref="All"/> (what GET
/// /api/catalog serves the inspector, which binds every served field to an editor) until the client has editors for
/// them; the mapper checks them and the format doc shows them from here.
/// </summary>
public static partial class ScenarioFields
{
    /// <summary>
    /// 20 GW: several times the largest campus announced, so no real site is refused, while a typo of a few zeros
    /// is. The smallest, 0.1 MW, is below one rack's draw: an interconnect of 0 (or less) is never a site.
    /// </summary>
    public const double MaxGridInterconnectMw = 20_000;

    public const double MinGridInterconnectMw = 0.1;

    /// <summary>
    /// Units of one block of the train: a 20 GW site of 1 MW UPS modules in 2N needs 40,000; a count well past that
    /// is a mistake, and it keeps the Engine's per-unit sums far from overflow.
    /// </summary>
    public const int MaxPowerUnits = 100_000;

    public static ScenarioField GridInterconnectMw { get; } = new("power.gridInterconnectMw", "power", "Grid interconnect",
        "MW", MinGridInterconnectMw, MaxGridInterconnectMw, "The utility's firm capacity at the site, MW.")
    { DefaultNote = "sized to the grid peak" };

    public static ScenarioField TransformerCount { get; } = new("power.transformerCount", "power", "Substation transformers",
        "transformers", 0, MaxPowerUnits, "HV/MV substation transformers placed; checked against what the load and `transformerRedundancy` need.")
    { Integer = true, DefaultNote = "sized for the load with `transformerRedundancy`" };

    public static ScenarioField UpsModuleCount { get; } = new("power.upsModuleCount", "power", "UPS modules",
        "modules", 0, MaxPowerUnits, "UPS modules (or the 800 VDC feed's battery-backed rectifiers) placed.")
    { Integer = true, DefaultNote = "sized for the load with `upsRedundancy`" };

    public static ScenarioField GeneratorCount { get; } = new("power.generatorCount", "power", "Generators",
        "generators", 0, MaxPowerUnits, "Standby generators placed.")
    { Integer = true, DefaultNote = "sized for the load with `generatorRedundancy`" };

    /// <summary>The power train's fields, in the order the format doc shows them.</summary>
    public static IReadOnlyList<ScenarioField> PowerTrain { get; } = [GridInterconnectMw, TransformerCount, UpsModuleCount, GeneratorCount];
}
