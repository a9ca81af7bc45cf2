using System.Globalization;
using Studio.Client.State;

namespace Studio.Client.Components.Factory;

/// <summary>What a row's rack-count text means: a count, or why it is not one.</summary>
public readonly record struct ParsedRackCount(int? Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Reads a row's rack count as the wire writes it: a whole number from 0 to <see cref="ScenarioEditor.MaxRowRacks"/>,
/// invariant culture. Like <c>ScenarioFieldInput</c>, it never clamps or rounds: other text is an error the user sees.
/// </summary>
public static class RowCountInput
{
    // As ScenarioFieldInput reads numbers: "4e1" and "40.0" are exactly 40 racks, so they are 40, not an error.
    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static string Range { get; } =
        string.Create(CultureInfo.InvariantCulture, $"use a whole number from 0 to {ScenarioEditor.MaxRowRacks}");

    /// <summary>The field's helper text: bounds written as the field accepts them, without separators.</summary>
    public static string Help { get; } = string.Create(CultureInfo.InvariantCulture, $"Whole racks, 0 to {ScenarioEditor.MaxRowRacks}");

    public static string Text(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static ParsedRackCount Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new(null, $"Enter the racks in the row: {Range}.");
        }

        // "1,000" would be a thousand in one culture and one in another: refuse it rather than guess.
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            return new(null, "No thousands separators: write 1000, not 1,000.");
        }

        if (!double.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out var count) || !double.IsFinite(count))
        {
            return new(null, $"Not a number: {Range}.");
        }

        if (count != Math.Floor(count))
        {
            return new(null, "Use a whole number: a row holds whole racks.");
        }

        return count is < 0 or > ScenarioEditor.MaxRowRacks ? new(null, $"Out of range: {Range}.") : new((int)count, null);
    }
}
