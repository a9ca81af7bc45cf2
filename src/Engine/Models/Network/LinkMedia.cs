using Studio.Engine.Catalog;

namespace Studio.Engine.Models.Network;

/// <summary>
/// Picks what carries a group of links: the cheapest cable, with transceivers where it needs them, that reaches the
/// longest link at the link's speed. A co-packaged end takes fibre straight into the switch, so it allows fibre only and
/// needs no module; an end that is not co-packaged takes a pluggable module when the cable is fibre.
/// </summary>
public static class LinkMedia
{
    /// <param name="nearCoPackaged">Whether the lower end (endpoint or lower tier) has co-packaged optics.</param>
    /// <param name="farCoPackaged">Whether the upper end has co-packaged optics.</param>
    /// <param name="maxModuleGbps">The fastest module the ends' cages take: the endpoint's adapter, or the switch's port.</param>
    public static LinkGroup Choose(NetworkCatalog catalog, string from, string to, int links, double portGbps, double lengthM,
        bool nearCoPackaged, bool farCoPackaged, double maxModuleGbps)
    {
        var pluggableEnds = (nearCoPackaged ? 0 : 1) + (farCoPackaged ? 0 : 1);
        var coPackaged = nearCoPackaged || farCoPackaged;
        var options = new List<(CableSpec Cable, TransceiverSpec? Module, double ReachM, double CostPerLink)>();
        foreach (var cable in catalog.Cables.Where(c => c.Gbps.Value >= portGbps - 1e-9))
        {
            if (!cable.NeedsTransceivers)
            {
                if (!coPackaged)
                {
                    options.Add((cable, null, cable.ReachM.Value, cable.PriceUsd.Value));
                }

                continue;
            }

            var reachLimit = coPackaged ? Math.Min(cable.ReachM.Value, NetworkDefaults.CoPackagedReachM.Value) : cable.ReachM.Value;
            if (pluggableEnds == 0)
            {
                options.Add((cable, null, reachLimit, cable.PriceUsd.Value));
                continue;
            }

            var fitting = catalog.Transceivers.Where(t => t.Gbps.Value >= portGbps - 1e-9 && t.Gbps.Value <= maxModuleGbps + 1e-9 && (!coPackaged || t.SingleMode));
            foreach (var module in fitting)
            {
                // A module of more bandwidth than the link breaks out to several links: each pays its share.
                var share = portGbps / module.Gbps.Value;
                options.Add((cable, module, Math.Min(reachLimit, module.ReachM.Value), cable.PriceUsd.Value + (pluggableEnds * share * module.PriceUsd.Value)));
            }
        }

        if (options.Count == 0)
        {
            throw new InvalidOperationException($"The catalog has no cable for {portGbps} Gb/s links.");
        }

        var reaching = options.Where(o => o.ReachM >= lengthM - 1e-9).ToList();
        var exceeded = reaching.Count == 0;
        var pick = exceeded
            ? options.OrderByDescending(o => o.ReachM).ThenBy(o => o.CostPerLink).First()
            : reaching.OrderBy(o => o.CostPerLink).First();
        var modules = pick.Module is null
            ? 0
            : pluggableEnds * (int)Math.Ceiling((links * portGbps / pick.Module.Gbps.Value) - 1e-9);
        return new LinkGroup(from, to, links, portGbps, lengthM, pick.Cable, pick.Module, modules, exceeded);
    }
}
