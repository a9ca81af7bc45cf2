using System.Globalization;
using Studio.Client.Components.Shared;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Network;

/// <summary>One level of a fabric's stack, top to bottom: a tier of switches, or (at the bottom) the endpoints.</summary>
/// <param name="Tier">Null for the endpoints.</param>
/// <param name="Below">The links from this level down to the next one; null at the bottom or where the report has none.</param>
public sealed record FabricLevel(FabricTierDto? Tier, LinkGroupDto? Below);

/// <summary>
/// Lays a report's fabric out as the diagram draws it, and words its numbers: pure functions, so what the diagram
/// says is tested without a browser.
/// </summary>
public static class FabricLayout
{
    private static readonly string[] s_tierOrder = ["core", "spine", "leaf"];

    /// <summary>Core at the top, then spine, then leaf, then the endpoints; each level with the links down from it.</summary>
    public static IReadOnlyList<FabricLevel> Levels(FabricDto fabric)
    {
        var tiers = fabric.Tiers.OrderBy(t => Rank(t.Name)).ToList();
        var levels = new List<FabricLevel>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var lower = i + 1 < tiers.Count ? tiers[i + 1].Name : null;
            levels.Add(new FabricLevel(tiers[i], lower is null ? EndpointLink(fabric, tiers[i].Name) : Between(fabric, tiers[i].Name, lower)));
        }

        levels.Add(new FabricLevel(null, null));
        return levels;
    }

    /// <summary>Link groups no level claims (a report naming its ends in a way this client does not know): listed, not lost.</summary>
    public static IReadOnlyList<LinkGroupDto> Unplaced(FabricDto fabric)
    {
        var placed = Levels(fabric).Select(l => l.Below).Where(l => l is not null).ToHashSet();
        return [.. fabric.Links.Where(l => !placed.Contains(l))];
    }

    /// <summary>What the fabric's endpoints are, in words.</summary>
    public static string EndpointName(FabricDto fabric) => fabric.Kind switch
    {
        "scaleOut" => "GPU NICs",
        "frontEnd" => "DPUs",
        "storage" => "Storage nodes",
        _ => "Endpoints",
    };

    public static string TierName(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>"1:1 (non-blocking)" or "4:1".</summary>
    public static string Ratio(double oversubscription) =>
        oversubscription <= 1 ? "1:1 (non-blocking)" : $"{Format.Number(oversubscription)}:1";

    public static string Optics(string optics) => optics switch
    {
        "coPackaged" => "co-packaged optics",
        "pluggable" => "pluggable optics",
        _ => optics,
    };

    public static string Medium(string medium) => medium switch
    {
        "copper" => "copper",
        "activeCopper" => "active copper",
        "activeOptical" => "active optical cable",
        "fibre" => "fibre",
        _ => medium,
    };

    /// <summary>"850 kW", or "12.4 MW" from a megawatt up.</summary>
    public static string Power(double kw) => Math.Abs(kw) >= 1000 ? Format.WithUnit(kw / 1000, "MW") : Format.WithUnit(kw, "kW");

    /// <summary>"$12.3 M", "$450 k": the studio's money (<see cref="Format.Money"/>).</summary>
    public static string Capex(double usd) => Format.Money(usd);

    public static string Count(long count, string one, string? many = null) => Format.Count(count, one, many);

    /// <summary>The summary line: planes, rails, oversubscription, switch and optics, switches, transceivers, power, capex.</summary>
    public static string Summary(FabricDto fabric) => string.Join(" · ",
        Count(fabric.Planes, "plane"),
        Count(fabric.Rails, "rail"),
        Ratio(fabric.Oversubscription),
        $"{fabric.SwitchName} ({Optics(fabric.Optics)})",
        Count(fabric.SwitchCount, "switch", "switches"),
        Count(fabric.TransceiverCount, "transceiver"),
        Power(fabric.PowerKw),
        Capex(fabric.CapexUsd));

    public static string Speed(double gbps) => gbps >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Format.Number(gbps / 1000)} Tb/s")
        : string.Create(CultureInfo.InvariantCulture, $"{Format.Number(gbps)} Gb/s");

    private static int Rank(string name)
    {
        var index = Array.FindIndex(s_tierOrder, t => t.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? s_tierOrder.Length : index;
    }

    private static LinkGroupDto? Between(FabricDto fabric, string upper, string lower) =>
        fabric.Links.FirstOrDefault(l => Is(l.From, lower) && Is(l.To, upper)) ?? fabric.Links.FirstOrDefault(l => Is(l.From, upper) && Is(l.To, lower));

    /// <summary>The lowest tier's links to whatever is not a tier: the NICs, DPUs or storage nodes.</summary>
    private static LinkGroupDto? EndpointLink(FabricDto fabric, string lowest) =>
        fabric.Links.FirstOrDefault(l => (Is(l.To, lowest) && !IsTier(fabric, l.From)) || (Is(l.From, lowest) && !IsTier(fabric, l.To)));

    private static bool IsTier(FabricDto fabric, string name) => fabric.Tiers.Any(t => Is(t.Name, name));

    private static bool Is(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
}
