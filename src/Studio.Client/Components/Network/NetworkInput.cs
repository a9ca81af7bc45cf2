using System.Globalization;
using Studio.Client.State;

namespace Studio.Client.Components.Network;

/// <summary>What a network field's text means: a value, "default" (empty text), or why it is neither.</summary>
public readonly record struct ParsedNetworkValue(double? Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Reads a network field's text as the wire writes numbers (invariant culture). Empty text is the default, never an
/// error; like the other inspectors' inputs it never clamps or rounds, so out-of-range text is shown as a problem.
/// </summary>
public static class NetworkInput
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The text for a document value: round-trips through <see cref="Parse"/>.</summary>
    public static string Text(double? value) => value is { } given ? given.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <param name="ratio">Whether "4:1" reads as 4: oversubscription is written that way on datasheets.</param>
    public static ParsedNetworkValue Parse(string? text, NetworkBounds bounds, bool ratio = false)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new(null, null);
        }

        if (ratio && trimmed.EndsWith(":1", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            return new(null, "Use a point for decimals (1.5) and no thousands separators.");
        }

        if (!double.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out var value))
        {
            return new(null, $"Not a number: {bounds.Range}, or leave it empty for the default.");
        }

        return bounds.Problem(value) is { } problem ? new(null, problem) : new(value, null);
    }
}
