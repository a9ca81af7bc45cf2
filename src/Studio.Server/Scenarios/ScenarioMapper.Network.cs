using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>The factory's networks on the wire: every member is optional, and a missing one takes the Engine's default.</summary>
public sealed partial class ScenarioMapper
{
    /// <summary>The optics names on the wire.</summary>
    public static IReadOnlyList<(string Wire, SwitchOptics Value)> OpticsNames { get; } =
        [("pluggable", SwitchOptics.Pluggable), ("coPackaged", SwitchOptics.CoPackaged)];

    private sealed partial class MapContext
    {
        private const string NetworkPath = "$.factory.network";

        private NetworkPlan MapNetwork(NetworkDocument? network) => network is null
            ? NetworkPlan.Default
            : new NetworkPlan
            {
                ScaleOut = MapScaleOut(network.ScaleOut, $"{NetworkPath}.scaleOut"),
                FrontEnd = MapFrontEnd(network.FrontEnd, $"{NetworkPath}.frontEnd"),
                Storage = MapStorage(network.Storage, $"{NetworkPath}.storage"),
            };

        private ScaleOutPlan MapScaleOut(ScaleOutDocument? scaleOut, string path)
        {
            if (scaleOut is null)
            {
                return new ScaleOutPlan();
            }

            CheckField(ScenarioFields.ScaleOutOversubscription, scaleOut.Oversubscription);
            CheckField(ScenarioFields.ScaleOutPlanes, scaleOut.Planes);
            CheckField(ScenarioFields.ScaleOutRails, scaleOut.Rails);
            SwitchOptics? optics = null;
            if (scaleOut.Optics is { } given)
            {
                optics = OpticsNames.FirstOrDefault(o => o.Wire == given) is { Wire: not null } known ? known.Value : null;
                if (optics is null)
                {
                    Add($"{path}.optics", $"Unknown optics '{Truncate(given)}': use \"pluggable\" (modules at each port) or \"coPackaged\" (optics beside the switch chip).");
                }
            }

            return new ScaleOutPlan
            {
                Oversubscription = scaleOut.Oversubscription ?? ScaleOutPlan.DefaultOversubscription,
                Optics = optics,
                Switch = ResolveSwitch($"{path}.switchPartId", scaleOut.SwitchPartId),
                Planes = scaleOut.Planes,
                Rails = scaleOut.Rails,
            };
        }

        private FrontEndPlan MapFrontEnd(FrontEndDocument? frontEnd, string path)
        {
            if (frontEnd is null)
            {
                return new FrontEndPlan();
            }

            CheckField(ScenarioFields.FrontEndPortsPerTray, frontEnd.PortsPerTray);
            CheckField(ScenarioFields.FrontEndOversubscription, frontEnd.Oversubscription);
            return new FrontEndPlan
            {
                PortsPerTray = frontEnd.PortsPerTray,
                Oversubscription = frontEnd.Oversubscription ?? FrontEndPlan.DefaultOversubscription,
                Switch = ResolveSwitch($"{path}.switchPartId", frontEnd.SwitchPartId),
            };
        }

        private StoragePlan MapStorage(StorageDocument? storage, string path)
        {
            if (storage is null)
            {
                return new StoragePlan();
            }

            CheckField(ScenarioFields.StorageBandwidthGBps, storage.BandwidthGBps);
            CheckField(ScenarioFields.StorageCapacityPb, storage.CapacityPb);
            return new StoragePlan
            {
                BandwidthGBps = storage.BandwidthGBps,
                CapacityPb = storage.CapacityPb,
                Node = ResolveStorageNode($"{path}.nodePartId", storage.NodePartId),
            };
        }

        /// <summary>A fabric's switch: any catalog part, so a typo gets a suggestion, that turns out to be a switch.</summary>
        private ScaleOutSwitchSpec? ResolveSwitch(string path, string? partId)
        {
            if (partId is null)
            {
                return null;
            }

            var spec = Resolve(path, partId);
            if (spec is ScaleOutSwitchSpec fabricSwitch)
            {
                return fabricSwitch;
            }

            if (spec is not null)
            {
                Add(path, $"'{spec.Id}' is a {spec.Kind.Noun}, not a switch: name one of {Listed(catalog.Parts.OfType<ScaleOutSwitchSpec>().Select(s => s.Id))}.");
            }

            return null;
        }

        /// <summary>Storage nodes are not placed parts, so they live in the network catalog, not among the parts.</summary>
        private StorageNodeSpec? ResolveStorageNode(string path, string? nodeId)
        {
            if (nodeId is null)
            {
                return null;
            }

            var nodes = catalog.Network.StorageNodes;
            if (nodes.FirstOrDefault(n => n.Id == nodeId) is { } node)
            {
                return node;
            }

            if (string.IsNullOrWhiteSpace(nodeId))
            {
                Add(path, $"Missing: name a storage node ({Listed(nodes.Select(n => n.Id))}), or leave nodePartId out for the catalog's.");
                return null;
            }

            var near = SpellingSuggestions.Closest(nodeId, nodes.Select(n => n.Id));
            Add(path, $"Unknown storage node '{Truncate(nodeId)}'." + (near.Count > 0
                ? $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?"
                : $" The storage nodes are {Listed(nodes.Select(n => n.Id))}."));
            return null;
        }

        private static string Listed(IEnumerable<string> ids)
        {
            var quoted = ids.Select(id => $"'{id}'").ToList();
            return quoted.Count == 0 ? "none (the catalog has none)" : string.Join(", ", quoted);
        }
    }
}
