using System.Globalization;
using Studio.Contracts.Catalog;

namespace Studio.Client.Components.Shared;

/// <summary>How numbers read in the studio: few digits, thousands separated, invariant culture (the wire is invariant).</summary>
public static class Format
{
    public static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        // A tenth of a dollar on a billion, or of a watt on megawatts, is noise: large numbers read whole.
        var pattern = magnitude >= 10_000 ? "#,0" : magnitude >= 100 ? "#,0.#" : magnitude >= 1 ? "#,0.##" : "0.###";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    public static string WithUnit(double value, string unit) => $"{Number(value)} {unit}";

    /// <summary>"167.8 – 243.7", or empty when the band is a single value.</summary>
    public static string Band(double? low, double? high, double? value)
    {
        if (low is null || high is null || value is null)
        {
            return "";
        }

        return Math.Abs(high.Value - low.Value) <= 1e-9 * Math.Max(1, Math.Abs(value.Value))
            ? ""
            : $"{Number(low.Value)} – {Number(high.Value)}";
    }

    /// <summary>"2026-04-01 14:05", in UTC: the same for everyone a scenario is shared with.</summary>
    public static string SavedAt(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Where a number comes from, in words: "Vendor figure", "Derived; includes estimates" (markers and chart hovers alike).</summary>
    public static string Provenance(ProvenanceDto provenance) => provenance.Kind switch
    {
        "vendor" => "Vendor figure",
        "estimate" => "Estimate",
        "user" => "Your value",
        _ => provenance.Basis switch
        {
            "vendor" => "Derived from vendor figures",
            "estimate" => "Derived; includes estimates",
            "user" => "Derived; includes your values",
            _ => "Derived",
        },
    };
}
