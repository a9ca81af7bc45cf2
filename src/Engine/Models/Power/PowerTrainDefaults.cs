using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Power;

/// <summary>
/// What one unit of a power-train block is: its rating, how much of the energy through it arrives, what it costs per MW
/// of rating installed, how long it takes to arrive and how much ground it takes.
/// </summary>
/// <param name="Efficiency">Energy out over energy in at the part load redundant systems run at (30–60%); 1 for blocks
/// outside the series path (standby generators, storage in parallel).</param>
/// <param name="UsdPerMw">Installed price per MW of rating, so a unit costs <c>UnitMw × UsdPerMw</c>.</param>
/// <param name="FootprintM2">Ground or floor one unit takes with its clearances.</param>
public sealed record PowerBlockSpec(
    string Name,
    Figure UnitMw,
    Figure Efficiency,
    Figure UsdPerMw,
    Figure LeadTimeWeeks,
    Figure FootprintM2);

/// <summary>
/// The power train's blocks as the studio assumes them where the plan does not say. Lead times and efficiencies are
/// taken from published surveys and vendor papers; unit ratings, prices and footprints are mostly studio estimates,
/// because equipment prices are quoted per project and not published — each note says which.
/// </summary>
public static class PowerTrainDefaults
{
    public static PowerBlockSpec Substation { get; } = new(
        "HV/MV substation transformer",
        Figure.Estimate(80, 50, 120, "MW", "One HV/MV transformer of about 100 MVA at 0.9 power factor (studio estimate)"),
        Figure.Estimate(0.995, 0.993, 0.997, "fraction",
            "Large power transformers lose well under 1%; distribution transformers are held above 99% at 50% load (X42); studio estimate for the larger unit", "X42"),
        Figure.Estimate(150_000, 80_000, 250_000, "USD/MW",
            "No published figure (studio estimate): transformer, HV breakers, protection and civil works per MW of rating; transformer prices rose 60–80% since 2020 (X31)", "X31"),
        Figure.Estimate(130, 80, 210, "weeks",
            "Transformers near two years and large power transformers up to four (X31); 30–48 months for large units (X32)", "X31", "X32"),
        Figure.Estimate(1_200, 800, 2_000, "m²", "A transformer bay with its HV switchgear, clearances and fire walls (studio estimate)"));

    public static PowerBlockSpec MediumVoltage { get; } = new(
        "MV switchgear line-up",
        Figure.Estimate(20, 10, 30, "MW", "One medium-voltage switchgear line-up feeding a block of halls (studio estimate)"),
        Figure.Estimate(0.999, 0.998, 0.9995, "fraction", "Switchgear and MV cables lose about 0.1% (studio estimate)"),
        Figure.Estimate(60_000, 40_000, 100_000, "USD/MW", "No published figure (studio estimate): switchgear, MV cable and protection per MW"),
        Figure.Estimate(47, 40, 110, "weeks",
            "Switchgear averages 46–48 weeks, the longest lead of the building's equipment; some items reach 110 weeks (X56)", "X56"),
        Figure.Estimate(80, 50, 120, "m²", "A line-up and its room (studio estimate)"));

    public static PowerBlockSpec Generator { get; } = new(
        "standby generator",
        Figure.Estimate(3, 2, 3.5, "MW", "2–3 MW diesel sets are the data-centre standard unit (studio estimate)"),
        Figure.Estimate(1, 1, 1, "fraction", "Standby: not in the power path while the grid is up"),
        Figure.Estimate(800_000, 500_000, 1_200_000, "USD/MW",
            "No published figure (studio estimate): diesel set, enclosure, fuel system and paralleling switchgear, installed"),
        Figure.Estimate(52, 30, 104, "weeks", "Generators 30–38 weeks, up to 110 (X56); 72–104 weeks for large sets in 2026 (X41)", "X56", "X41"),
        Figure.Estimate(70, 50, 100, "m²", "A containerised 3 MW set with its belly tank and access (studio estimate)"));

    public static PowerBlockSpec Ups { get; } = new(
        "UPS module",
        Figure.Estimate(1.5, 1, 2.5, "MW", "One large static UPS module or frame (studio estimate)"),
        Figure.Estimate(0.97, 0.95, 0.98, "fraction",
            "Double conversion: 96.8% at full load, above 92% at 25% (X34); eco-mode would save about 2% of site energy (X35) but is not assumed", "X34", "X35"),
        Figure.Estimate(400_000, 250_000, 600_000, "USD/MW",
            "No published figure (studio estimate): modules with 5-minute lithium-ion batteries and their cabinets, installed"),
        Figure.Estimate(32, 28, 36, "weeks", "UPS 28–36 weeks (X56)", "X56"),
        Figure.Estimate(45, 30, 70, "m²", "A module, its battery cabinets and clearances (studio estimate)"));

    /// <summary>The 800 VDC feed's UPS: batteries floating on the DC bus, with no inverter and no double conversion.</summary>
    public static PowerBlockSpec DcBusStorage { get; } = new(
        "DC-bus battery block",
        Figure.Estimate(1.5, 1, 2.5, "MW", "Sized like a UPS module (studio estimate)"),
        Figure.Estimate(0.999, 0.998, 1, "fraction",
            "Batteries float on the 800 VDC bus, so no conversion stage is in the path (X36); charger losses about 0.1% (studio estimate)", "X36"),
        Figure.Estimate(250_000, 150_000, 400_000, "USD/MW",
            "No published figure (studio estimate): batteries and DC/DC chargers without the UPS's rectifier and inverter"),
        Figure.Estimate(32, 26, 52, "weeks", "No published figure: the UPS's 28–36 weeks (X56), widened for a new product (studio estimate)", "X56"),
        Figure.Estimate(40, 25, 60, "m²", "Battery cabinets without inverters (studio estimate)"));

    public static PowerBlockSpec Bess { get; } = new(
        "BESS inverter block",
        Figure.Estimate(2.5, 2, 5, "MW", "A containerised battery and inverter block (studio estimate)"),
        Figure.Estimate(1, 1, 1, "fraction", "In parallel with the load: it cycles only the swing, whose round-trip losses are left out"),
        Figure.Estimate(150_000, 80_000, 250_000, "USD/MW",
            "No published figure (studio estimate): inverters and MV connection sized for fast, short discharge, beyond what a 4-hour turnkey price carries"),
        Figure.Estimate(40, 26, 60, "weeks", "No published figure (studio estimate)"),
        Figure.Estimate(30, 20, 45, "m²", "One container and its clearances (studio estimate)"));

    /// <summary>The BESS's energy, priced apart from its inverters because the ride-through sets it, not the swing.</summary>
    public static Figure BessUsdPerMwh { get; } = Figure.Estimate(250_000, 165_000, 400_000, "USD/MWh",
        "Global average turnkey system $165/kWh in 2024 for 4-hour systems (X40); short-duration, US-sited systems cost more per kWh (studio estimate)", "X40");

    /// <summary>How long the BESS carries the swing: until the grid's or the generators' output has followed the ramp.</summary>
    public static Figure BessRideThroughMinutes { get; } = Figure.Estimate(15, 5, 60, "min",
        "Generation takes one to 90 minutes to follow a ramp (S20); the BESS carries the swing for a stated 15 minutes (studio estimate)", "S20");

    public static PowerBlockSpec AcRackFeed { get; } = new(
        "MV/LV transformer and switchboard",
        Figure.Estimate(2.5, 2, 3, "MW", "A 2.5–3 MVA unit substation per LV switchboard (studio estimate)"),
        Figure.Estimate(0.985, 0.975, 0.993, "fraction",
            "MV/LV transformer above 99% at 50% load (X42), and the LV switchboard, busway and cables about 0.5% more (studio estimate)", "X42"),
        Figure.Estimate(250_000, 150_000, 400_000, "USD/MW",
            "No published figure (studio estimate): MV/LV transformer, LV switchboard and busway to the rows, installed"),
        Figure.Estimate(40, 28, 52, "weeks", "Transformers 28–36 weeks and switchgear 46–48 (X56)", "X56"),
        Figure.Estimate(35, 25, 50, "m²", "Transformer and switchboard with clearances (studio estimate)"));

    public static PowerBlockSpec DcRackFeed { get; } = new(
        "solid-state transformer / rectifier",
        Figure.Estimate(2.5, 1, 5, "MW", "An MV-to-800 VDC skid; no product ratings are published yet (studio estimate)", "X36"),
        Figure.Estimate(0.975, 0.965, 0.985, "fraction",
            "One conversion from MV AC to 800 VDC (X36) and the DC busway; no measured figure is published (studio estimate)", "X36"),
        Figure.Estimate(350_000, 200_000, 600_000, "USD/MW",
            "No published figure (studio estimate): early solid-state transformers cost more than the transformer and UPS rectifier they replace", "X36"),
        Figure.Estimate(52, 30, 104, "weeks", "No published figure (studio estimate): products entering production", "X36"),
        Figure.Estimate(25, 15, 40, "m²", "Fewer stages and less copper than the AC feed (X36); studio estimate", "X36"));

    /// <summary>
    /// How far above the racks' nominal draw a synchronised training step takes the IT load. Published measurements are
    /// of swings between idle and peak, not of the overshoot above nominal, so this is a stated estimate.
    /// </summary>
    public static Figure TrainingSwingFraction { get; } = Figure.Estimate(0.15, 0, 0.5, "fraction",
        "Loads jump from idle to 100–150% of nominal (X39); compute phases run near TDP (X37); worst-case low-to-high swings exceed 100% (X38); studio estimate of the overshoot above nominal",
        "X37", "X38", "X39");

    /// <summary>The block that feeds the racks for the plan's feed.</summary>
    public static PowerBlockSpec RackFeedOf(RackFeed feed) => feed == RackFeed.Dc800 ? DcRackFeed : AcRackFeed;

    /// <summary>The battery block that rides through a grid loss until the generators take the load.</summary>
    public static PowerBlockSpec UpsOf(RackFeed feed) => feed == RackFeed.Dc800 ? DcBusStorage : Ups;
}
