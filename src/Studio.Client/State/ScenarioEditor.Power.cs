using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// The power train's edits (issue 15): the feed, each block's redundancy, generators and storage, the utility's
/// interconnect and the placed unit counts. Like the network's, every field is optional and null returns it to the
/// server's default; each edit is one snapshot, so one Undo reverts it, and a value out of range is refused with the
/// document left as it was.
/// </summary>
public sealed partial class ScenarioEditor
{
    /// <summary>The id power edits report: the power train is one per scenario, not a placed thing.</summary>
    public const string PowerEditId = "power";

    /// <summary>The rack feeds, as the wire spells them; the first is the default.</summary>
    public static IReadOnlyList<string> PowerFeeds { get; } = ["415vac", "480vac", "800vdc"];

    /// <summary>The redundancies a block may have: N, N+1, 2N or distributed redundant (4N/3).</summary>
    public static IReadOnlyList<string> Redundancies { get; } = ["n", "n+1", "2n", "dr"];

    /// <summary>What the server assumes when the plan leaves a block's redundancy out (docs/scenario-format.md).</summary>
    public const string DefaultTransformerRedundancy = "n+1";

    public const string DefaultUpsRedundancy = "dr";

    public const string DefaultGeneratorRedundancy = "n+1";

    public const bool DefaultGenerators = true;

    public const bool DefaultBess = false;

    // The server's bounds (docs/scenario-format.md): a count below what the load needs is accepted and then flagged by
    // the power train's findings, as the server does.
    public static NetworkBounds InterconnectBounds { get; } = new(0.1, 20_000, Integer: false);

    public static NetworkBounds TransformerCountBounds { get; } = new(0, 100_000, Integer: true);

    public static NetworkBounds UpsModuleCountBounds { get; } = new(0, 100_000, Integer: true);

    public static NetworkBounds GeneratorCountBounds { get; } = new(0, 100_000, Integer: true);

    /// <summary>"415vac", "480vac", "800vdc", or null for the default (415 V AC).</summary>
    public EditResult SetPowerFeed(string? feed)
    {
        if (feed is not null && !PowerFeeds.Contains(feed))
        {
            return EditResult.Refused($"Unknown feed '{feed}': use 415vac, 480vac or 800vdc.");
        }

        return ChangePower(Power?.Feed == feed, p => p.Feed = feed,
            feed is null ? "The racks' feed back to its default (415 V AC)." : $"The racks are fed at {FeedName(feed)}.");
    }

    public EditResult SetTransformerRedundancy(string? redundancy) =>
        SetRedundancy(redundancy, "Transformer", Power?.TransformerRedundancy, p => p.TransformerRedundancy = redundancy, DefaultTransformerRedundancy);

    public EditResult SetUpsRedundancy(string? redundancy) =>
        SetRedundancy(redundancy, "UPS", Power?.UpsRedundancy, p => p.UpsRedundancy = redundancy, DefaultUpsRedundancy);

    public EditResult SetGeneratorRedundancy(string? redundancy) =>
        SetRedundancy(redundancy, "Generator", Power?.GeneratorRedundancy, p => p.GeneratorRedundancy = redundancy, DefaultGeneratorRedundancy);

    /// <summary>Standby generators on or off; null (or the default, on) leaves them out of the document.</summary>
    public EditResult SetGenerators(bool? generators)
    {
        var given = generators == DefaultGenerators ? null : generators;
        return ChangePower(Power?.Generators == given, p => p.Generators = given,
            (generators ?? DefaultGenerators) ? "Standby generators carry the whole load." : "No standby generators: the UPS alone rides through outages.");
    }

    /// <summary>Site battery storage on or off; null (or the default, off) leaves it out of the document.</summary>
    public EditResult SetBess(bool? bess)
    {
        var given = bess == DefaultBess ? null : bess;
        return ChangePower(Power?.Bess == given, p => p.Bess = given,
            (bess ?? DefaultBess) ? "Site battery storage added." : "No site battery storage.");
    }

    public EditResult SetGridInterconnectMw(double? megawatts) =>
        SetPowerNumber(megawatts, InterconnectBounds, "Grid interconnect", Power?.GridInterconnectMw,
            p => p.GridInterconnectMw = megawatts, v => $"The utility delivers {Number(v)} MW firm.", "sized to the grid peak");

    public EditResult SetTransformerCount(int? count) =>
        SetPowerNumber(count, TransformerCountBounds, "Transformers", Power?.TransformerCount,
            p => p.TransformerCount = count, v => $"{Number(v)} substation transformers placed.", "sized");

    public EditResult SetUpsModuleCount(int? count) =>
        SetPowerNumber(count, UpsModuleCountBounds, "UPS modules", Power?.UpsModuleCount,
            p => p.UpsModuleCount = count, v => $"{Number(v)} UPS modules placed.", "sized");

    public EditResult SetGeneratorCount(int? count) =>
        SetPowerNumber(count, GeneratorCountBounds, "Generators", Power?.GeneratorCount,
            p => p.GeneratorCount = count, v => $"{Number(v)} generators placed.", "sized");

    /// <summary>"415 V AC", "800 V DC": the feed as the inspector and messages write it.</summary>
    public static string FeedName(string feed) => feed switch
    {
        "415vac" => "415 V AC",
        "480vac" => "480 V AC",
        "800vdc" => "800 V DC",
        _ => feed,
    };

    /// <summary>"N+1", "2N", "DR (4N/3)".</summary>
    public static string RedundancyName(string redundancy) => redundancy switch
    {
        "dr" => "DR (4N/3)",
        _ => redundancy.ToUpperInvariant(),
    };

    private PowerDocument? Power => Document.Power;

    private EditResult SetRedundancy(string? redundancy, string what, string? current, Action<PowerDocument> apply, string fallback)
    {
        if (redundancy is not null && !Redundancies.Contains(redundancy))
        {
            return EditResult.Refused($"Unknown {what.ToLowerInvariant()} redundancy '{redundancy}': use n, n+1, 2n or dr.");
        }

        return ChangePower(current == redundancy, apply, redundancy is null
            ? $"{what} redundancy back to its default ({RedundancyName(fallback)})."
            : $"{what} redundancy: {RedundancyName(redundancy)}.");
    }

    private EditResult SetPowerNumber(double? value, NetworkBounds bounds, string what, double? current, Action<PowerDocument> apply,
        Func<double, string> done, string fallback)
    {
        if (value is { } given && bounds.Problem(given) is { } problem)
        {
            return EditResult.Refused($"{what}: {problem}");
        }

        return ChangePower(current == value, apply, value is { } v ? done(v) : $"{what} back to the default ({fallback}).");
    }

    /// <summary>
    /// One undoable power edit. A power plan left with nothing but defaults is dropped, so clearing every field gives
    /// the document the server reads as "all defaults", as the network's edits do.
    /// </summary>
    private EditResult ChangePower(bool unchanged, Action<PowerDocument> apply, string message)
    {
        if (unchanged)
        {
            return EditResult.Done("Unchanged.", PowerEditId);
        }

        Snapshot();
        var power = Document.Power ??= new PowerDocument();
        apply(power);
        if (power is
            {
                Mode: "maxQ", PeakSmoothing: false, DistributionLossFraction: null, Feed: null, TransformerRedundancy: null, UpsRedundancy: null,
                GeneratorRedundancy: null, Generators: null, Bess: null, GridInterconnectMw: null, TransformerCount: null, UpsModuleCount: null,
                GeneratorCount: null,
            })
        {
            Document.Power = null;
        }

        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done(message, PowerEditId);
    }
}
