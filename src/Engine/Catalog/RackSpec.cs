using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A rack frame with its coolant manifolds and DC busbar: it holds trays, shelves and in-rack CDUs.</summary>
public sealed class RackSpec : PartSpec
{
    public const string FlowRuleSetting = "flowLitresPerMinutePerKw";

    public override PartKind Kind { get; } = new("rack", "rack", "rack", 10, BomCategory.Compute);

    public override string IconFileName => "rack.svg";

    /// <summary>The frame carries the loop's manifolds but makes no heat of its own.</summary>
    public override LiquidCooling? LiquidCooling => null;

    /// <summary>The frame is what the parts go into; plumbing it to the row is a step of its own in the build-out.</summary>
    public override InstallWork? RackInstall => null;

    public override Mounting Mounting => Mounting.Floor;

    public required int CapacityU { get; init; }

    /// <summary>Coolant flow the manifolds are balanced for, per kW of liquid-cooled heat (L/min per kW).</summary>
    public required Figure FlowLitresPerMinutePerKw { get; init; }

    public required Figure BusbarVolts { get; init; }

    public required Figure BusbarAmps { get; init; }

    /// <summary>Most the loaded rack (frame and parts) may weigh.</summary>
    public required Figure MaxLoadKg { get; init; }

    /// <summary>The frame draws nothing itself; the parts it holds carry their own loads.</summary>
    public override Figure PowerKw { get; } = Figure.Estimate(0, 0, 0, "kW",
        "Studio assumption: the frame draws nothing itself; its parts' loads are counted part by part");

    public override IReadOnlyList<SettingSpec> Settings =>
    [
        new(FlowRuleSetting, "Coolant flow per kW", "L/min/kW", 0.5, 4.0, FlowLitresPerMinutePerKw,
            "Secondary-loop flow per kW of liquid-cooled heat. More flow, smaller temperature rise."),
    ];

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Coolant flow per kW", FlowLitresPerMinutePerKw);
        yield return ("Busbar voltage", BusbarVolts);
        yield return ("Busbar current", BusbarAmps);
        yield return ("Load limit", MaxLoadKg);
    }
}
