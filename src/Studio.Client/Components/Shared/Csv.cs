using System.Globalization;
using System.Text;

namespace Studio.Client.Components.Shared;

/// <summary>
/// The studio's CSV: RFC 4180 rows ended by CRLF, and numbers in the invariant culture to ten significant digits, so
/// a spreadsheet gets the figures the studio computed with (not their rounded labels) without the last bits of
/// floating-point noise ("123.1", not "123.10000000000004"), whatever the browser's culture.
/// </summary>
public static class Csv
{
    /// <summary>Appends one row: the cells joined by commas, each quoted where it must be.</summary>
    public static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    /// <summary>Significant digits kept: far more than any input is known to, far fewer than a double's noise.</summary>
    private const int SignificantDigits = 10;

    /// <summary>Invariant text to ten significant digits, never in exponent form above one: 1234567.25, 123.1, 352088272754, 1E-07.</summary>
    public static string Number(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        var decimals = SignificantDigits - ((int)Math.Floor(Math.Log10(Math.Abs(value))) + 1);
        // Past fifteen decimals Math.Round cannot go: so small a number keeps its round-trip form.
        return decimals > 15
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : Math.Round(value, Math.Max(0, decimals)).ToString("0.###############", CultureInfo.InvariantCulture);
    }

    /// <summary>A number, or an empty cell for none.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>RFC 4180: quote a cell holding a comma, a quote or a line break, and double its quotes.</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
