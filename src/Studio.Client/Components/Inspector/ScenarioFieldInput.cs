using System.Globalization;
using Studio.Client.Components.Shared;
using Studio.Contracts.Catalog;

namespace Studio.Client.Components.Inspector;

/// <summary>What a scenario field's text means: a document value, "left out", or why it is neither.</summary>
/// <param name="Value">The value in the document's unit; null when the field is left out (or the text is invalid).</param>
public readonly record struct ParsedField(double? Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Reads and writes a scenario field's text in the invariant culture, as the wire format writes numbers. It never
/// clamps or rounds: text that is not a number in range is an error the user sees, and the document keeps its value.
/// </summary>
public static class ScenarioFieldInput
{
    // Signs, a decimal point and an exponent ("4e1" is 40, exactly); no thousands separators, which would make
    // "45,5" read as 455.
    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The text for a document value, in the editor's unit; round-trips through <see cref="Parse"/>.</summary>
    public static string Text(ScenarioFieldDto field, double? value) =>
        value is { } given ? (given / field.EditorScale).ToString("R", CultureInfo.InvariantCulture) : "";

    public static ParsedField Parse(ScenarioFieldDto field, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return field.Optional ? new(null, null) : new(null, $"Enter a value: {Range(field)}.");
        }

        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            return new(null, "Use a point for decimals (45.5) and no thousands separators.");
        }

        if (!double.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out var edited))
        {
            return new(null, $"Not a number: {Range(field)}.");
        }

        var value = edited * field.EditorScale;
        if (!double.IsFinite(value) || value < field.Min || value > field.Max)
        {
            return new(null, $"Out of range: {Range(field)}.");
        }

        return field.Integer && value != Math.Floor(value) ? new(null, "Use a whole number.") : new(value, null);
    }

    /// <summary>"use a value from 5 to 70 °C", in the editor's unit.</summary>
    public static string Range(ScenarioFieldDto field) =>
        $"use a value from {Bound(field.Min / field.EditorScale)} to {Bound(field.Max / field.EditorScale)}{Suffix(field)}";

    /// <summary>"default 0.7 (0.5–0.9)": what applies while an optional field is empty.</summary>
    public static string? Placeholder(ScenarioFieldDto field)
    {
        if (!field.Optional)
        {
            return null;
        }

        if (field.Default is not { } value)
        {
            return field.DefaultNote is { } note ? $"default: {note}" : null;
        }

        var shown = Shown(value / field.EditorScale);
        return field.DefaultLow is { } low && field.DefaultHigh is { } high && (low != value || high != value)
            ? $"default {shown} ({Shown(low / field.EditorScale)}–{Shown(high / field.EditorScale)})"
            : $"default {shown}";
    }

    /// <summary>"Coolant supply (°C)"; counts and fractions have no unit to show.</summary>
    public static string Label(ScenarioFieldDto field) => field.EditorUnit is { } unit ? $"{field.Label} ({unit})" : field.Label;

    private static string Suffix(ScenarioFieldDto field)
    {
        var unit = field.EditorUnit ?? field.Unit;
        return unit.Length == 0 ? "" : " " + unit;
    }

    private static string Shown(double value) => Format.Number(value);

    // Not Format.Number: a bound is exact, and rounding it to three decimals would show a minimum of 10⁻⁶ as 0. No
    // thousands separators either: the bound must be text the field accepts, and it refuses commas.
    private static string Bound(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
