using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Facility;

/// <summary>
/// What the facility costs that is not the power train: the site, the building, the white space and the cooling plant,
/// each with its range. The building's shares come from one published cost guide (X56) whose average excludes land and
/// soft costs, so those are added on their own.
/// </summary>
public static class FacilityCapexDefaults
{
    /// <summary>The cost guide's average per MW of critical load and its market range.</summary>
    private static readonly Band s_guideUsdPerMw = new(11.7e6, 9.3e6, 15.0e6);

    private static Figure Share(double share, string what) =>
        new(s_guideUsdPerMw * share, "USD/MW", new Evidence(EvidenceKind.Derived, ["X56"],
            $"{share:P0} of the cost guide's $11.7M per MW of critical load ($9.3–15.0M across markets): {what}", EvidenceKind.Estimate));

    /// <summary>Shell, site work, back of house and offices: 21 + 10 + 4 + 2 % of the guide's cost.</summary>
    public static Figure ShellUsdPerMw { get; } = Share(0.37, "shell 21 %, site 10 %, back of house 4 %, office 2 %");

    /// <summary>White-space build-out: raised floor or slab, containment, cable trays, fire suppression, lighting.</summary>
    public static Figure FitOutUsdPerMw { get; } = Share(0.10, "white-space build-out");

    /// <summary>Acres a campus takes per MW of IT: buildings, plant yards, substation and setbacks.</summary>
    public static Figure AcresPerMw { get; } = Figure.Estimate(1.0, 0.5, 1.5, "acres/MW",
        "Gigawatt campuses announced on 1,000–1,500 acres; denser sites with multi-storey halls take half (studio estimate)");

    public static Figure LandUsdPerAcre { get; } = Figure.Estimate(244_000, 150_000, 400_000, "USD/acre",
        "An analyst's average for US data-centre land, $244,000 an acre in 2024 (X56); large parcels and prime markets cost more (the range is the studio's)", "X56");

    /// <summary>Design, permits, project management, commissioning and contingency, on the hard costs.</summary>
    public static Figure SoftCostFraction { get; } = Figure.Estimate(0.15, 0.10, 0.20, "fraction",
        "Design, permitting, project management, commissioning and owner's contingency; the cost guide excludes them (X56; studio estimate)", "X56");

    /// <summary>
    /// The electrical plant per MW when no power train is sized: the guide's critical capacity (53 %) less what a
    /// conventional plant spends on cooling, about a third of it (studio estimate).
    /// </summary>
    public static Figure ElectricalUsdPerMw { get; } = Share(0.36, "about two thirds of the 53 % critical capacity, the rest being its cooling (studio estimate of the split)");

    /// <summary>
    /// What the power train's blocks leave out: busways and cables from the rack feed to the rows, panels, grounding,
    /// protection, controls and their installation.
    /// </summary>
    public static Figure DistributionUsdPerMw { get; } = Figure.Estimate(1.0e6, 0.7e6, 1.5e6, "USD/MW",
        "Busways, cabling, panels, grounding, protection and controls from the rack feed to the racks, installed (studio estimate; with the blocks, the electrical plant is about half the cost guide's 53 % critical capacity, X56)", "X56");

    /// <summary>A dry cooler's rejection rating: large V-type adiabatic-ready units.</summary>
    public static Figure DryCoolerUnitMw { get; } = Figure.Estimate(1.5, 1.0, 2.0, "MW", "Large V-type dry coolers reject 1–2 MW each at data-centre approaches (studio estimate)");

    public static Figure DryCoolerUsdPerKw { get; } = Figure.Estimate(150, 100, 250, "USD/kW",
        "Dry coolers installed with their structure, piping and controls, per kW rejected (studio estimate)");

    /// <summary>Pads, water treatment and the water supply added to a dry cooler.</summary>
    public static Figure AdiabaticUsdPerKw { get; } = Figure.Estimate(40, 25, 60, "USD/kW",
        "Wetted pads, their water treatment and supply on a dry cooler, per kW rejected (studio estimate)");

    public static Figure TowerUnitMw { get; } = Figure.Estimate(3, 2, 5, "MW", "Field-erected or large packaged towers reject several MW a cell (studio estimate)");

    public static Figure TowerUsdPerKw { get; } = Figure.Estimate(90, 60, 140, "USD/kW",
        "Evaporative towers with basins, water treatment and make-up supply, per kW rejected (studio estimate)");

    public static Figure ChillerUnitMw { get; } = Figure.Estimate(1.5, 1.0, 2.5, "MW", "Air-cooled screw or centrifugal chillers of 300–700 tons (studio estimate)");

    /// <summary>About $900 a ton of cooling installed.</summary>
    public static Figure ChillerUsdPerKw { get; } = Figure.Estimate(250, 180, 350, "USD/kW",
        "Chillers installed with their pumps, piping and controls, per kW of cooling (about $900 a ton; studio estimate)");

    /// <summary>The facility water loop between plant and CDUs: pumps, headers, valves and insulation.</summary>
    public static Figure LoopUsdPerKw { get; } = Figure.Estimate(150, 100, 250, "USD/kW",
        "Facility-water pumps and piping per kW of liquid heat (studio estimate)");

    /// <summary>
    /// Air handlers for the heat the racks give to room air. The cost guide's range is for whole chilled-water CRAH
    /// systems ($600–1,200/kW, X57); the handlers alone, without the chiller plant priced above, take about half.
    /// </summary>
    public static Figure AirHandlingUsdPerKw { get; } = Figure.Estimate(450, 300, 600, "USD/kW",
        "About half of a chilled-water CRAH system's $600–1,200 per kW (X57): the handlers, without their chillers (studio estimate)", "X57");
}
