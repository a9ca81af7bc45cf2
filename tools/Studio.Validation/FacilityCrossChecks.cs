using System.Globalization;
using System.Text;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;

namespace Studio.Validation;

/// <summary>
/// The facility's capex per MW as the studio builds it up, against the published figures it replaced and the newer
/// all-in statements. The reference factories' own figures come from the sizer's report (docs/models/facility.md).
/// </summary>
internal static class FacilityCrossChecks
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder text)
    {
        Line(text, "## Facility capex cross-checks");
        Line(text);
        Line(text, "The facility is now priced from its lines ([models/facility.md](models/facility.md)). The figure it replaced and the");
        Line(text, "public all-in statements stay here as cross-checks; they are not inputs.");
        Line(text);
        Line(text, "| published | per MW of IT | the studio |");
        Line(text, "|---|---:|---|");
        var old = EconomicsDefaults.FacilityUsdPerMw;
        Line(text, $"| $50–60B per GW of which ~$35B NVIDIA (S46, S25): the rest for building, power and cooling | {M(old.Value)} ({M(old.Low)}–{M(old.High)}) | the former flat default; the bottom-up lines replace it |");
        Line(text, $"| Cushman & Wakefield 2025: $11.7M per MW of critical load ($9.3–15.0M), without land, soft costs or owner equipment (X56) | $11.7M | building lines {M(BuildingPerMw())} per MW (shell, site, white space, land at 1 acre per MW) + power train + plant + {FacilityCapexDefaults.SoftCostFraction.Value:P0} soft costs |");
        Line(text, "| $80–100B per GW all-in for future AI factories (NVIDIA, Computex 2026); about $80B to build and fill 1 GW (IBM) (X58) | $80–100M | the reference gigawatts' whole capex (racks, networks, facility) per MW of facility power, measured by the sizer: [models/facility.md](models/facility.md) |");
        Line(text);
        Line(text, "The building lines are the cost guide's shares of its average, with its market range as their band. The electrical");
        Line(text, "blocks, the distribution line and the cooling plant are the studio's own sizing and estimates. Where a warm-water factory");
        Line(text, "buys no chillers or CRAHs, the bottom-up facility comes out below the guide's average.");
        Line(text);
    }

    private static double BuildingPerMw() =>
        FacilityCapexDefaults.ShellUsdPerMw.Value + FacilityCapexDefaults.FitOutUsdPerMw.Value
        + (FacilityCapexDefaults.AcresPerMw.Value * FacilityCapexDefaults.LandUsdPerAcre.Value);

    private static string M(double usd) => string.Create(s_invariant, $"${usd / 1e6:0.##}M");

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
