using System.Globalization;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// The factory networks' edits. Every field is optional: null puts it back to the server's default. Each edit takes
/// the same snapshot-and-notify path as the others, so one Undo reverts it; a value out of range is refused and the
/// document keeps what it had.
/// </summary>
public sealed partial class ScenarioEditor
{
    /// <summary>The id network edits report: the network is one per factory, not a placed thing.</summary>
    public const string NetworkEditId = "network";

    /// <summary>"pluggable" and "coPackaged", as the wire spells them.</summary>
    public static IReadOnlyList<string> NetworkOptics { get; } = ["pluggable", "coPackaged"];

    // Bounds the inspector offers: wide enough for any fabric the catalog's switches build, narrow enough that a
    // typing slip (80 for 8) is caught here rather than sized into a fabric of absurd cost.
    public static NetworkBounds OversubscriptionBounds { get; } = new(1, 8, Integer: false);

    public static NetworkBounds PlaneBounds { get; } = new(1, 8, Integer: true);

    public static NetworkBounds RailBounds { get; } = new(1, 16, Integer: true);

    public static NetworkBounds PortsPerTrayBounds { get; } = new(1, 8, Integer: true);

    public static NetworkBounds StorageBandwidthBounds { get; } = new(0.001, 10_000_000, Integer: false);

    public static NetworkBounds StorageCapacityBounds { get; } = new(0.001, 1_000_000, Integer: false);

    /// <summary>The scale-out switches the catalog offers, for the fabric-switch choice.</summary>
    public IReadOnlyList<Contracts.Catalog.PartDto> ScaleOutSwitches =>
        [.. catalog.Catalog?.Parts.Where(p => p.Category == "scaleOutSwitch") ?? []];

    public EditResult SetScaleOutOversubscription(double? ratio) =>
        SetNumber(ratio, OversubscriptionBounds, "Scale-out oversubscription", Network?.ScaleOut?.Oversubscription,
            n => ScaleOut(n).Oversubscription = ratio, v => $"Scale-out leaves are {Ratio(v)}.");

    public EditResult SetScaleOutPlanes(int? planes) =>
        SetNumber(planes, PlaneBounds, "Scale-out planes", Network?.ScaleOut?.Planes,
            n => ScaleOut(n).Planes = planes, v => $"The scale-out fabric has {Number(v)} planes.");

    public EditResult SetScaleOutRails(int? rails) =>
        SetNumber(rails, RailBounds, "Scale-out rails", Network?.ScaleOut?.Rails,
            n => ScaleOut(n).Rails = rails, v => $"The scale-out fabric has {Number(v)} rails.");

    /// <summary>"pluggable", "coPackaged", or null for the generation's catalog switch to decide.</summary>
    public EditResult SetScaleOutOptics(string? optics)
    {
        if (optics is not null && !NetworkOptics.Contains(optics))
        {
            return EditResult.Refused($"Unknown optics '{optics}': use pluggable or coPackaged.");
        }

        return ChangeNetwork(Network?.ScaleOut?.Optics == optics, n => ScaleOut(n).Optics = optics,
            optics is null ? "Scale-out optics back to the generation's default." : $"Scale-out optics: {optics}.");
    }

    /// <summary>Names the scale-out fabric's switch (every tier), or with null leaves it to the generation.</summary>
    public EditResult SetScaleOutSwitch(string? switchPartId)
    {
        if (switchPartId is not null && !ScaleOutSwitches.Any(p => p.Id == switchPartId))
        {
            return EditResult.Refused($"'{switchPartId}' is not a scale-out switch of the catalog.");
        }

        return ChangeNetwork(Network?.ScaleOut?.SwitchPartId == switchPartId, n => ScaleOut(n).SwitchPartId = switchPartId,
            switchPartId is null ? "The scale-out fabric uses the generation's switch." : $"The scale-out fabric uses {SwitchName(switchPartId)}.");
    }

    public EditResult SetFrontEndPortsPerTray(int? ports) =>
        SetNumber(ports, PortsPerTrayBounds, "Front-end ports per tray", Network?.FrontEnd?.PortsPerTray,
            n => FrontEnd(n).PortsPerTray = ports, v => $"Each compute tray has {Number(v)} front-end ports.");

    public EditResult SetFrontEndOversubscription(double? ratio) =>
        SetNumber(ratio, OversubscriptionBounds, "Front-end oversubscription", Network?.FrontEnd?.Oversubscription,
            n => FrontEnd(n).Oversubscription = ratio, v => $"Front-end leaves are {Ratio(v)}.");

    public EditResult SetStorageBandwidth(double? gbps) =>
        SetNumber(gbps, StorageBandwidthBounds, "Storage bandwidth", Network?.Storage?.BandwidthGBps,
            n => Storage(n).BandwidthGBps = gbps, v => $"Storage reads at {Number(v)} GB/s.");

    public EditResult SetStorageCapacity(double? petabytes) =>
        SetNumber(petabytes, StorageCapacityBounds, "Storage capacity", Network?.Storage?.CapacityPb,
            n => Storage(n).CapacityPb = petabytes, v => $"Storage holds {Number(v)} PB.");

    private NetworkDocument? Network => Document.Factory.Network;

    private EditResult SetNumber(double? value, NetworkBounds bounds, string what, double? current, Action<NetworkDocument> apply,
        Func<double, string> done)
    {
        if (value is { } given && bounds.Problem(given) is { } problem)
        {
            return EditResult.Refused($"{what}: {problem}");
        }

        return ChangeNetwork(current == value, apply, value is { } v ? done(v) : $"{what} back to its default.");
    }

    /// <summary>
    /// One undoable network edit. Sections left with nothing set are dropped (and the network with them), so clearing
    /// every field gives the document the server reads as "all defaults", byte for byte.
    /// </summary>
    private EditResult ChangeNetwork(bool unchanged, Action<NetworkDocument> apply, string message)
    {
        if (unchanged)
        {
            return EditResult.Done("Unchanged.", NetworkEditId);
        }

        Snapshot();
        var network = Document.Factory.Network ??= new NetworkDocument();
        apply(network);
        if (network.ScaleOut is { Oversubscription: null, Optics: null, SwitchPartId: null, Planes: null, Rails: null })
        {
            network.ScaleOut = null;
        }

        if (network.FrontEnd is { PortsPerTray: null, Oversubscription: null, SwitchPartId: null })
        {
            network.FrontEnd = null;
        }

        if (network.Storage is { BandwidthGBps: null, CapacityPb: null, NodePartId: null })
        {
            network.Storage = null;
        }

        if (network is { ScaleOut: null, FrontEnd: null, Storage: null })
        {
            Document.Factory.Network = null;
        }

        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done(message, NetworkEditId);
    }

    private static ScaleOutDocument ScaleOut(NetworkDocument network) => network.ScaleOut ??= new ScaleOutDocument();

    private static FrontEndDocument FrontEnd(NetworkDocument network) => network.FrontEnd ??= new FrontEndDocument();

    private static StorageDocument Storage(NetworkDocument network) => network.Storage ??= new StorageDocument();

    private string SwitchName(string partId) => catalog.Part(partId)?.Name ?? partId;

    private static string Ratio(double value) => value == 1 ? "non-blocking (1:1)" : $"{Number(value)}:1 oversubscribed";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>The range a network number may take; <see cref="Problem"/> says in words why a value is outside it.</summary>
public sealed record NetworkBounds(double Min, double Max, bool Integer)
{
    public string Range => string.Create(CultureInfo.InvariantCulture,
        $"use {(Integer ? "a whole number" : "a value")} from {Min:0.###} to {Max:0.###}");

    public string? Problem(double value)
    {
        if (!double.IsFinite(value) || value < Min || value > Max)
        {
            return $"Out of range: {Range}.";
        }

        return Integer && value != Math.Floor(value) ? "Use a whole number." : null;
    }
}
