using Studio.Engine.Provenance;
using Studio.Engine.Sites;

namespace Studio.Engine.Models.Economics;

/// <summary>Sourced defaults of the money side, each with its range (see shared/reference/hardware.md).</summary>
public static class EconomicsDefaults
{
    public static Figure FacilityUsdPerMw { get; } = new(new Band(15e6, 10e6, 25e6), "USD/MW", new Evidence(EvidenceKind.Derived, ["S46", "S25"],
        "A 1 GW factory costs $50–60B of which ~$35B is NVIDIA content (S46): $15–25B per GW is left for building, power and cooling; the low end allows a cheaper shell",
        EvidenceKind.Estimate));

    public static Figure DepreciationYears { get; } = Figure.Estimate(5, 4, 6, "years", "Servers depreciated over 5–6 years in hyperscaler filings; 4 for faster obsolescence", "S55");

    public static Figure CostOfCapital { get; } = Figure.Estimate(0.08, 0.06, 0.12, "fraction/year", "Weighted cost of capital for data-centre builds (studio estimate)");

    public static Figure Utilisation { get; } = Figure.Estimate(0.7, 0.5, 0.9, "fraction", "Share of the year serving paying traffic at the target (studio estimate)");

    public static Figure MaintenanceFraction { get; } = Figure.Estimate(0.03, 0.02, 0.05, "fraction/year", "Maintenance, spares and support per year as a share of capital (studio estimate)");

    /// <summary>Hours in the model's year: the plant simulation's typical year.</summary>
    public const double HoursPerYear = TypicalYear.Hours;

    public const double SecondsPerYear = HoursPerYear * 3600;
}
