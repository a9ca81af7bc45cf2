using System.Globalization;
using Studio.Contracts.Catalog;

namespace Studio.Client.Components.Shared;

/// <summary>A number ready to show: its digits ("$352 B", "99.9", "1") and the unit that follows them ("/year", "%", "rack").</summary>
/// <param name="Number">The digits, with a currency sign and a scale word where the unit called for them.</param>
/// <param name="Unit">What follows the digits; empty when the digits say it all (dollars, ratios).</param>
public readonly record struct Quantity(string Number, string Unit)
{
    /// <summary>Nothing between "$352 B" and "/year"; a space before any other unit.</summary>
    public string Separator => Unit.Length == 0 || Unit.StartsWith('/') ? "" : " ";

    public override string ToString() => $"{Number}{Separator}{Unit}";
}

/// <summary>
/// How numbers read in the studio, for every component: few digits, thousands separated, invariant culture (the wire
/// is invariant); dollars as "$352 B/year", counts whole and singular for one ("1 rack"), fractions as percent.
/// </summary>
public static class Format
{
    /// <summary>Units that count things: shown whole, and singular for one.</summary>
    private static readonly Dictionary<string, string> s_countUnits = new(StringComparer.Ordinal)
    {
        ["GPUs"] = "GPU",
        ["CPUs"] = "CPU",
        ["racks"] = "rack",
        ["rows"] = "row",
        ["halls"] = "hall",
        ["CDUs"] = "CDU",
        ["switches"] = "switch",
        ["tiers"] = "tier",
        ["planes"] = "plane",
        ["modules"] = "module",
        ["nodes"] = "node",
        ["trays"] = "tray",
        ["parts"] = "part",
        ["units"] = "unit",
    };

    /// <summary>Units of time or the like that keep their decimals but still read singular for exactly one.</summary>
    private static readonly Dictionary<string, string> s_singulars = new(StringComparer.Ordinal)
    {
        ["days"] = "day",
        ["weeks"] = "week",
        ["months"] = "month",
        ["years"] = "year",
        ["hours"] = "hour",
        ["minutes"] = "minute",
    };

    /// <summary>Unit names in words, for a tooltip: bytes and bits look alike in print.</summary>
    private static readonly Dictionary<string, string> s_unitNames = new(StringComparer.Ordinal)
    {
        ["TB/s"] = "terabytes per second (bytes)",
        ["GB/s"] = "gigabytes per second (bytes)",
        ["Tb/s"] = "terabits per second (bits)",
        ["Gb/s"] = "gigabits per second (bits)",
        ["TB"] = "terabytes",
        ["PB"] = "petabytes",
        ["PFLOPS"] = "peta floating-point operations per second",
        ["L/min"] = "litres per minute",
        ["µs"] = "microseconds",
        ["min"] = "minutes",
        ["s"] = "seconds",
        ["h"] = "hours",
        ["A"] = "amperes",
        ["%"] = "percent",
    };

    public static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        // A tenth of a dollar on a billion, or of a watt on megawatts, is noise: large numbers read whole.
        var pattern = magnitude >= 10_000 ? "#,0" : magnitude >= 100 ? "#,0.#" : magnitude >= 1 ? "#,0.##" : "0.###";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>"187.7 kW", "$352 B/year", "99.9 %", "1 rack": a value in its unit, read for people.</summary>
    public static string WithUnit(double value, string unit) => Of(value, unit).ToString();

    /// <summary>The digits and the unit to show for a value the server gave in <paramref name="unit"/>.</summary>
    public static Quantity Of(double value, string unit)
    {
        if (IsMoney(unit, out var per))
        {
            return new(Money(value), per);
        }

        switch (unit)
        {
            case "fraction":
                return new(Percent(value * 100), "%");
            case "%":
                return new(Percent(value), "%");
            case "ratio":
                return new(Number(value), "");
        }

        if (s_countUnits.TryGetValue(unit, out var one))
        {
            var whole = Math.Round(value, MidpointRounding.AwayFromZero);
            return new(Large(whole, whole.ToString("#,0", CultureInfo.InvariantCulture)), whole == 1 ? one : unit);
        }

        var number = Large(value, Number(value));
        return new(number, number == "1" && s_singulars.TryGetValue(unit, out var single) ? single : unit);
    }

    /// <summary>
    /// "$352 B", "$68.1 M", "$14.4 k", "$5,400", "$0.084": three significant digits and a scale letter from ten
    /// thousand dollars up, the sign before the dollar.
    /// </summary>
    public static string Money(double usd)
    {
        var sign = usd < 0 ? "-" : "";
        var magnitude = Math.Abs(usd);
        if (magnitude < 10_000)
        {
            return $"{sign}${Number(magnitude)}";
        }

        // From 99.95% of a scale up, its letter: 999,600 reads "$1 M", not "$1,000 k".
        (double Scale, string Letter)[] scales = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")];
        var (size, name) = scales.First(s => magnitude >= s.Scale * 0.9995 || s.Letter == "k");
        return $"{sign}${Significant(magnitude / size, 3)} {name}";
    }

    /// <summary>"99.9", "5.3", "0", "0.05": a percentage's digits, one decimal from one percent up.</summary>
    public static string Percent(double percent) =>
        percent.ToString(Math.Abs(percent) >= 1 ? "#,0.#" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>"1 rack", "2 racks", "1,200 racks": a count of things, whole, with the noun agreeing.</summary>
    public static string Count(double count, string one, string? many = null)
    {
        var whole = Math.Round(count, MidpointRounding.AwayFromZero);
        return $"{whole.ToString("#,0", CultureInfo.InvariantCulture)} {(whole == 1 ? one : many ?? one + "s")}";
    }

    /// <summary>A unit in words for a tooltip ("terabits per second (bits)"); null for one that reads plainly.</summary>
    public static string? UnitName(string unit) => s_unitNames.GetValueOrDefault(unit);

    /// <summary>"167.8 – 243.7", or empty when the band is a single value.</summary>
    public static string Band(double? low, double? high, double? value)
    {
        if (!HasBand(low, high, value))
        {
            return "";
        }

        return $"{Number(low!.Value)} – {Number(high!.Value)}";
    }

    /// <summary>A band in the value's unit: "$315 M – $438 M", "209.7 – 487.4", "3.1 – 8.9 %"; empty for a single value.</summary>
    public static string Band(double? low, double? high, double? value, string unit)
    {
        if (!HasBand(low, high, value))
        {
            return "";
        }

        // Money carries its sign and scale in each end; the unit itself is said once, after the value.
        return $"{Of(low!.Value, unit).Number} – {Of(high!.Value, unit).Number}";
    }

    /// <summary>"2026-04-01 14:05", in UTC: the same for everyone a scenario is shared with.</summary>
    public static string SavedAt(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a number comes from, in words: "Vendor figure", "Derived; includes estimates" (markers, chart hovers and
    /// the legend alike). A value the scenario sets may be a template's as much as the user's: it says "scenario input".
    /// </summary>
    public static string Provenance(ProvenanceDto provenance) => provenance.Kind switch
    {
        "vendor" => "Vendor figure",
        "estimate" => "Estimate",
        "user" => "Scenario input",
        _ => provenance.Basis switch
        {
            "vendor" => "Derived from vendor figures",
            "estimate" => "Derived; includes estimates",
            "user" => "Derived; includes scenario inputs",
            _ => "Derived",
        },
    };

    private static bool HasBand(double? low, double? high, double? value) =>
        low is not null && high is not null && value is not null &&
        Math.Abs(high.Value - low.Value) > 1e-9 * Math.Max(1, Math.Abs(value.Value));

    /// <summary>"USD" is money; "USD/year" is money per year ("/year"), "USD/M tokens" money per million tokens.</summary>
    private static bool IsMoney(string unit, out string per)
    {
        if (unit == "USD")
        {
            per = "";
            return true;
        }

        if (unit.StartsWith("USD/", StringComparison.Ordinal))
        {
            var rest = unit[4..];
            per = rest.Contains(' ', StringComparison.Ordinal) ? $"per {rest}" : $"/{rest}";
            return true;
        }

        per = "";
        return false;
    }

    /// <summary>Millions and billions of anything but dollars read in words: "2.32 million".</summary>
    private static string Large(double value, string digits)
    {
        var magnitude = Math.Abs(value);
        return magnitude >= 1e9 ? $"{Significant(value / 1e9, 3)} billion"
            : magnitude >= 1e6 ? $"{Significant(value / 1e6, 3)} million"
            : digits;
    }

    /// <summary>"352", "1.17", "68.1", "12": a number to so many significant digits, trailing zeros dropped.</summary>
    private static string Significant(double value, int digits)
    {
        var magnitude = Math.Abs(value);
        var whole = magnitude < 1 ? 1 : (int)Math.Floor(Math.Log10(magnitude)) + 1;
        var decimals = Math.Max(0, digits - whole);
        return value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
