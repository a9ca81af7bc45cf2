using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Factory;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Network;

/// <summary>
/// Sizes the factory's networks from its layout: the scale-out fabric from the rows' NICs, the front-end fabric from
/// their DPUs, and the storage nodes and their fabric from the storage the plan asks for. Each row and hall is sized
/// once (its racks are alike), so a factory of thousands of racks costs as much as its rows. docs/models/network.md
/// gives each rule.
/// </summary>
public static class NetworkModel
{
    private const string NetworkRoom = "network room";

    /// <param name="scaleOutSwitch">The scale-out fabric's switch, already chosen by the factory (plan, row, canvas, catalog).</param>
    public static NetworkLayout Build(NetworkPlan plan, IReadOnlyList<HallAnalysis> halls, NetworkCatalog catalog,
        SwitchChoice? scaleOutSwitch, ScaleOutSwitchSpec? frontEndSwitch, RowAnalysis? workhorse)
    {
        var computeRows = halls.SelectMany(h => h.Rows).Where(r => r.RackCount > 0 && r.Rack.HasCompute).ToList();
        if (computeRows.Count == 0 || workhorse is null)
        {
            return NetworkLayout.None(halls);
        }

        var geometry = FloorGeometry.Of(halls);
        var tray = Tray.Of(workhorse);
        var scaleOut = scaleOutSwitch is null || tray.NicsPerTray == 0 ? null : ScaleOut(plan.ScaleOut, halls, catalog, scaleOutSwitch, tray, geometry);

        var gpus = computeRows.Sum(r => r.GpuCount);
        var storageNodes = StorageFor(plan.Storage, catalog, gpus);
        FabricAnalysis? frontEnd = null;
        FabricAnalysis? storage = null;
        if (frontEndSwitch is not null && tray.DpuGbps > 0)
        {
            var options = plan.FrontEnd.PortsPerTray is { } fixedPorts ? [fixedPorts] : FrontEndPortOptions(frontEndSwitch, tray);
            foreach (var portsPerTray in options.Where(p => p > 0))
            {
                var portGbps = tray.DpuGbps * tray.DpusPerTray / portsPerTray;
                var borderLinks = storageNodes is null ? 0 : (int)Math.Ceiling((storageNodes.BandwidthGBps.Value * 8 / portGbps) - 1e-9);
                var sized = FrontEnd(plan.FrontEnd, halls, catalog, frontEndSwitch, portsPerTray, portGbps, borderLinks, geometry);

                // As the scale-out planes: fewest tiers, then fewest switches, then fewest ports.
                if (frontEnd is null || Rank(sized).CompareTo(Rank(frontEnd)) < 0)
                {
                    frontEnd = sized;
                    storage = storageNodes is null ? null : Storage(catalog, frontEndSwitch, storageNodes, borderLinks, portGbps);
                }
            }
        }

        var perGpu = scaleOut is null ? null : AchievablePerGpu(tray, scaleOut);
        var latency = scaleOut is null ? null : PathLatency(scaleOut);
        var network = new NetworkAnalysis(scaleOut?.Fabric(), frontEnd, storage, storageNodes, perGpu, latency);
        return new NetworkLayout(network, scaleOut?.Plane.LeavesPerRow.Select(h => (IReadOnlyList<int>)[.. h.Select(l => l * scaleOut.Planes)]).ToList()
            ?? NetworkLayout.None(halls).LeavesPerRow,
            scaleOut?.Plane.SpinesPerHall.Select(s => s * scaleOut.Planes).ToList() ?? [.. halls.Select(_ => 0)]);
    }

    /// <summary>A switch's ports at a link speed: ports run at their own speed, or split down to the lane speed.</summary>
    public static int Radix(ScaleOutSwitchSpec spec, double linkGbps)
    {
        if (linkGbps >= spec.PortGbps.Value - 1e-9 || spec.LaneGbps is null || linkGbps < spec.LaneGbps.Value - 1e-9)
        {
            return (int)spec.PortCount.Value;
        }

        return (int)Math.Floor((spec.BandwidthTbps.Value * 1000 / linkGbps) + 1e-9);
    }

    /// <summary>Link speed and ports per endpoint: an endpoint faster than a port takes several ports.</summary>
    public static (double LinkGbps, int PortsPerEndpoint) Attach(ScaleOutSwitchSpec spec, double endpointGbps) =>
        endpointGbps > spec.PortGbps.Value + 1e-9
            ? (spec.PortGbps.Value, (int)Math.Ceiling((endpointGbps / spec.PortGbps.Value) - 1e-9))
            : (endpointGbps, 1);

    private static SizedScaleOut ScaleOut(ScaleOutPlan plan, IReadOnlyList<HallAnalysis> halls, NetworkCatalog catalog, SwitchChoice choice, Tray tray, FloorGeometry geometry)
    {
        var spec = choice.Spec;
        var rails = plan.Rails ?? tray.NicsPerTray;
        var candidates = plan.Planes is { } fixedPlanes ? [fixedPlanes] : PlaneOptions(spec, tray.NicGbps);
        SizedScaleOut? best = null;
        foreach (var planes in candidates)
        {
            var (linkGbps, portsPerNic) = Attach(spec, tray.NicGbps / planes);
            var radix = Radix(spec, linkGbps);
            var endpoints = halls.Select(h => (IReadOnlyList<int>)[.. h.Rows.Select(r => RowNics(r) * portsPerNic)]).ToList();
            var perRail = endpoints.Select(h => (IReadOnlyList<int>)[.. h.Select(e => (e + rails - 1) / rails)]).ToList();
            var plane = ClosSizing.Size(perRail, rails, radix, plan.Oversubscription);
            var sized = new SizedScaleOut(plan, spec, choice.Origin, planes, rails, linkGbps, radix, endpoints.Sum(h => h.Sum()), plane, halls, catalog, geometry, tray);

            // Fewest tiers first (each tier adds hops to every path), then fewest switches, then fewest planes.
            if (best is null || Rank(sized).CompareTo(Rank(best)) < 0)
            {
                best = sized;
            }
        }

        return best!;
    }

    private static (int Tiers, int Switches) Rank(FabricAnalysis f) => (f.ExceedsThreeTiers ? 4 : f.Tiers.Count, f.SwitchCount);

    /// <summary>
    /// Front-end ports a tray can give: one per DPU, or each DPU's bandwidth split into two or four ports, none slower
    /// than the switch's lanes. Slower ports let the same switch reach more endpoints, as a plane does for scale-out.
    /// </summary>
    private static int[] FrontEndPortOptions(ScaleOutSwitchSpec spec, Tray tray)
    {
        var lane = spec.LaneGbps?.Value ?? spec.PortGbps.Value;
        return [.. new[] { 1, 2, 4 }.Where(split => split == 1 || tray.DpuGbps / split >= lane - 1e-9).Select(split => split * tray.DpusPerTray)];
    }

    private static (int, long, int) Rank(SizedScaleOut s) => (s.Plane.ExceedsThreeTiers ? 4 : s.Plane.Tiers, (long)s.Plane.Switches * s.Planes, s.Planes);

    /// <summary>Plane counts the switch can run: each plane's share of the NIC no slower than the switch's lanes.</summary>
    private static int[] PlaneOptions(ScaleOutSwitchSpec spec, double nicGbps)
    {
        var lane = spec.LaneGbps?.Value ?? spec.PortGbps.Value;
        var options = new[] { 1, 2, 4, 8 }.Where(p => p <= ScaleOutPlan.MaxPlanes && nicGbps / p >= lane - 1e-9).ToArray();
        return options.Length == 0 ? [1] : options;
    }

    private static int RowNics(RowAnalysis row) =>
        row.Rack.HasCompute ? row.Rack.Rack.PartsOf<ComputeTraySpec>().Sum(t => t.Spec.NicCount) * row.RackCount : 0;

    private static int RowTrays(RowAnalysis row) =>
        row.Rack.HasCompute ? row.Rack.Rack.PartsOf<ComputeTraySpec>().Count() * row.RackCount : 0;

    private static FabricAnalysis FrontEnd(FrontEndPlan plan, IReadOnlyList<HallAnalysis> halls, NetworkCatalog catalog, ScaleOutSwitchSpec spec,
        int portsPerTray, double portGbps, int borderLinks, FloorGeometry geometry)
    {
        var (linkGbps, portsPerEndpoint) = Attach(spec, portGbps);
        var radix = Radix(spec, linkGbps);
        var endpoints = halls.Select(h => (IReadOnlyList<int>)[.. h.Rows.Select(r => RowTrays(r) * portsPerTray * portsPerEndpoint)]).ToList();

        // The links to storage land on the front-end fabric in the network room, as a row of their own.
        endpoints.Add([borderLinks * portsPerEndpoint]);
        var plane = ClosSizing.Size(endpoints, 1, radix, plan.Oversubscription);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{portsPerTray} front-end port(s) of {portGbps:0} Gb/s per compute tray (its DPUs), and {borderLinks:N0} link(s) to storage; {Describe(plane, radix, plan.Oversubscription)}");
        return Fabric(FabricKind.FrontEnd, "Front-end (north-south)", spec, endpoints.Sum(h => h.Sum()), linkGbps, 1, 1, plan.Oversubscription, plane,
            catalog, geometry.WithNetworkRoom(), endpointCoPackaged: false, portGbps, note);
    }

    private static FabricAnalysis Storage(NetworkCatalog catalog, ScaleOutSwitchSpec spec, StorageNodes nodes, int borderLinks, double borderGbps)
    {
        var (linkGbps, portsPerEndpoint) = Attach(spec, nodes.Node.PortGbps.Value);
        var radix = Radix(spec, linkGbps);
        var borderPorts = (int)Math.Ceiling((borderLinks * borderGbps / linkGbps) - 1e-9);
        IReadOnlyList<IReadOnlyList<int>> endpoints = [[(nodes.Count * nodes.Node.PortCount * portsPerEndpoint) + borderPorts]];
        var plane = ClosSizing.Size(endpoints, 1, radix, 1);
        var room = FloorGeometry.NetworkRoomOnly();
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{nodes.Count:N0} {nodes.Node.Name} × {nodes.Node.PortCount} ports of {nodes.Node.PortGbps.Value:0} Gb/s and {borderPorts:N0} port(s) to the front-end fabric, non-blocking; {Describe(plane, radix, 1)}");
        return Fabric(FabricKind.Storage, "Storage", spec, endpoints[0][0], linkGbps, 1, 1, 1, plane, catalog, room, endpointCoPackaged: false, nodes.Node.PortGbps.Value, note);
    }

    private static StorageNodes? StorageFor(StoragePlan plan, NetworkCatalog catalog, int gpus)
    {
        var node = plan.Node ?? catalog.StorageNodes.FirstOrDefault();
        if (node is null || gpus == 0)
        {
            return null;
        }

        var bandwidth = plan.BandwidthGBps is { } setBandwidth
            ? Figure.User(setBandwidth, "GB/s", "set in the network plan")
            : Figure.Derived(NetworkDefaults.StorageReadGBpsPerGpu.Band * gpus, "GB/s",
                string.Create(CultureInfo.InvariantCulture, $"{gpus:N0} GPUs × {NetworkDefaults.StorageReadGBpsPerGpu.Value:0.##} GB/s"), NetworkDefaults.StorageReadGBpsPerGpu);
        var capacity = plan.CapacityPb is { } setCapacity
            ? Figure.User(setCapacity, "PB", "set in the network plan")
            : Figure.Derived(NetworkDefaults.StorageTbPerGpu.Band * gpus / 1000, "PB",
                string.Create(CultureInfo.InvariantCulture, $"{gpus:N0} GPUs × {NetworkDefaults.StorageTbPerGpu.Value:0.##} TB / 1000"), NetworkDefaults.StorageTbPerGpu);
        if (bandwidth.Value <= 0 && capacity.Value <= 0)
        {
            return null;
        }

        var forBandwidth = (int)Math.Ceiling((bandwidth.Value / node.ReadGBps.Value) - 1e-9);
        var forCapacity = (int)Math.Ceiling((capacity.Value * 1000 / node.CapacityTb.Value) - 1e-9);
        return new StorageNodes(node, Math.Max(1, Math.Max(forBandwidth, forCapacity)), bandwidth, capacity, forBandwidth >= forCapacity ? "bandwidth" : "capacity");
    }

    private static Figure AchievablePerGpu(Tray tray, SizedScaleOut s)
    {
        var plane = s.Plane;
        var ratio = plane.Tiers >= 2 ? Math.Min(1.0, (double)plane.UpPortsPerLeaf / plane.DownPortsPerLeaf) : 1.0;
        var note = ratio < 1
            ? string.Create(CultureInfo.InvariantCulture,
                $"{tray.NicsPerTray} × {tray.NicGbps:0} Gb/s per {tray.GpusPerTray} GPUs, × {plane.UpPortsPerLeaf}/{plane.DownPortsPerLeaf} leaf up:down ports for traffic that leaves its leaf")
            : string.Create(CultureInfo.InvariantCulture, $"{tray.NicsPerTray} × {tray.NicGbps:0} Gb/s per {tray.GpusPerTray} GPUs, non-blocking fabric");
        return Figure.Derived(tray.NicBandwidth.Band * (tray.NicsPerTray * ratio / tray.GpusPerTray), "Gb/s", note, tray.NicBandwidth);
    }

    private static Figure PathLatency(SizedScaleOut s)
    {
        var fabric = s.Fabric()!;
        var hops = fabric.HopCount;
        var fibreM = 2 * fabric.Links.Sum(l => l.LengthM);
        var switchLatency = s.Spec.LatencyNs;
        return Figure.Derived((switchLatency.Band * hops + Band.Exact(fibreM * NetworkDefaults.FibreNsPerM)) / 1000, "µs",
            string.Create(CultureInfo.InvariantCulture,
                $"{hops} switch hop(s) × {switchLatency.Value:0} ns + {fibreM:0} m of fibre × {NetworkDefaults.FibreNsPerM} ns/m, the longest path one way"),
            switchLatency);
    }

    internal static string Describe(ClosPlane plane, int radix, double oversubscription)
    {
        var blocking = oversubscription > 1 ? string.Create(CultureInfo.InvariantCulture, $"{oversubscription:0.##}:1 at the leaves") : "non-blocking";
        return plane.Tiers switch
        {
            0 => "no endpoints",
            1 => string.Create(CultureInfo.InvariantCulture, $"one tier: each rail fits one {radix}-port switch"),
            2 => string.Create(CultureInfo.InvariantCulture, $"two tiers of {radix}-port switches, {blocking}: {plane.Leaves:N0} leaves ({plane.DownPortsPerLeaf} down, {plane.UpPortsPerLeaf} up) under {plane.Spines:N0} spines"),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"three tiers of {radix}-port switches, {blocking}: {plane.Leaves:N0} leaves in {plane.Pods:N0} pods of at most {radix / 2}, {plane.Spines:N0} spines, {plane.Cores:N0} cores")
                + (plane.ExceedsThreeTiers
                    ? string.Create(CultureInfo.InvariantCulture, $"; {plane.Pods:N0} pods are more than a core's {radix} ports reach, so a fourth tier is needed and these counts are a lower bound")
                    : ""),
        };
    }

    /// <param name="endpointGbps">An endpoint's whole adapter: the fastest module its cage takes.</param>
    internal static FabricAnalysis Fabric(FabricKind kind, string label, ScaleOutSwitchSpec spec, int endpoints, double linkGbps, int planes, int rails,
        double oversubscription, ClosPlane plane, NetworkCatalog catalog, FloorGeometry geometry, bool endpointCoPackaged, double endpointGbps, string note)
    {
        var switchPortGbps = spec.PortGbps.Value;
        var tiers = new List<FabricTier>();
        var links = new List<LinkGroup>();
        var cpo = spec.Optics == SwitchOptics.CoPackaged;
        if (plane.Tiers >= 1)
        {
            tiers.Add(new FabricTier("leaf", plane.Leaves, planes, plane.DownPortsPerLeaf, plane.UpPortsPerLeaf, plane.Tiers == 1 ? geometry.SingleSwitchWhere : "rows"));
            var endpointLength = plane.Tiers == 1 ? geometry.ToSiteCentreM : geometry.AlongRowM;
            links.Add(LinkMedia.Choose(catalog, kind == FabricKind.Storage ? "storage nodes" : kind == FabricKind.FrontEnd ? "DPUs" : "NICs", "leaf",
                endpoints * planes, linkGbps, endpointLength, endpointCoPackaged, cpo, Math.Min(endpointGbps, switchPortGbps)));
        }

        if (plane.Tiers >= 2)
        {
            var where = plane.Tiers == 3 ? "with their pods, in each hall" : plane.CentralSpines > 0 ? NetworkRoom : geometry.SingleHallLabel;
            tiers.Add(new FabricTier("spine", plane.Spines, planes, plane.Tiers == 3 ? Math.Max(1, ClosRadix(plane) / 2) : ClosRadix(plane), plane.Tiers == 3 ? ClosRadix(plane) / 2 : 0, where));
            var length = plane.Tiers == 3 || plane.CentralSpines == 0 ? geometry.AcrossHallM : geometry.ToSiteCentreM;
            links.Add(LinkMedia.Choose(catalog, "leaf", "spine", (int)(plane.LeafUplinks * planes), linkGbps, length, cpo, cpo, switchPortGbps));
        }

        if (plane.Tiers >= 3)
        {
            tiers.Add(new FabricTier("core", plane.Cores, planes, ClosRadix(plane), 0, NetworkRoom));
            links.Add(LinkMedia.Choose(catalog, "spine", "core", (int)(plane.SpineUplinks * planes), linkGbps, geometry.ToSiteCentreM, cpo, cpo, switchPortGbps));
        }

        return new FabricAnalysis(kind, label, spec, endpoints, linkGbps, planes, rails, oversubscription, tiers, links, plane.ExceedsThreeTiers, note);
    }

    private static int ClosRadix(ClosPlane plane) => plane.DownPortsPerLeaf + plane.UpPortsPerLeaf;

    /// <summary>The scale-out fabric sized at one plane count, kept with what it needs to build its analysis.</summary>
    private sealed record SizedScaleOut(ScaleOutPlan Plan, ScaleOutSwitchSpec Spec, string Origin, int Planes, int Rails, double LinkGbps, int Radix,
        int Endpoints, ClosPlane Plane, IReadOnlyList<HallAnalysis> Halls, NetworkCatalog Catalog, FloorGeometry Geometry, Tray Tray)
    {
        private FabricAnalysis? _fabric;

        public FabricAnalysis Fabric() => _fabric ??= NetworkModel.Fabric(FabricKind.ScaleOut, "Scale-out (east-west)", Spec, Endpoints, LinkGbps, Planes, Rails,
            Plan.Oversubscription, Plane, Catalog, Geometry, endpointCoPackaged: false, Tray.NicGbps, Note());

        private string Note()
        {
            var why = Plan.Planes is null && Planes > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{Planes} planes of {LinkGbps:0} Gb/s: of the plane counts the switch allows, the one with the fewest tiers ({Plane.Tiers}), then switches")
                : string.Create(CultureInfo.InvariantCulture, $"{Planes} plane(s) of {LinkGbps:0} Gb/s");
            return string.Create(CultureInfo.InvariantCulture,
                $"{Tray.NicsPerTray} NICs of {Tray.NicGbps:0} Gb/s per tray on {Rails} rails; {why}; per plane, {Describe(Plane, Radix, Plan.Oversubscription)}; {Spec.Name}, {Origin}");
        }

    }
}

/// <summary>The network and the per-row and per-hall switch counts the factory's rows and halls report.</summary>
public sealed record NetworkLayout(NetworkAnalysis Network, IReadOnlyList<IReadOnlyList<int>> LeavesPerRow, IReadOnlyList<int> SpinesPerHall)
{
    public static NetworkLayout None(IReadOnlyList<HallAnalysis> halls) =>
        new(NetworkAnalysis.None, [.. halls.Select(h => (IReadOnlyList<int>)[.. h.Rows.Select(_ => 0)])], [.. halls.Select(_ => 0)]);
}

/// <summary>The workhorse tray's network adapters: what the fabrics are sized for.</summary>
internal sealed record Tray(int GpusPerTray, int NicsPerTray, double NicGbps, Figure NicBandwidth, int DpusPerTray, double DpuGbps)
{
    public static Tray Of(RowAnalysis row)
    {
        var spec = row.Rack.Rack.PartsOf<ComputeTraySpec>().Select(t => t.Spec).First();
        return new Tray(Math.Max(1, spec.GpuCount), spec.NicCount, spec.Nic.BandwidthGbps.Value, spec.Nic.BandwidthGbps, spec.DpuCount, spec.Dpu.BandwidthGbps.Value);
    }
}
