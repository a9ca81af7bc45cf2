using System.Globalization;
using System.Text;

namespace Studio.Client.Components.Shared;

/// <summary>
/// The studio's CSV: RFC 4180 rows ended by CRLF, and numbers in the invariant culture at full precision, so a
/// spreadsheet gets the figures the studio computed with, not their rounded labels, whatever the browser's culture.
/// </summary>
public static class Csv
{
    /// <summary>Appends one row: the cells joined by commas, each quoted where it must be.</summary>
    public static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    /// <summary>Round-trip invariant text: 1234567.25, 1E-07.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number, or an empty cell for none.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>RFC 4180: quote a cell holding a comma, a quote or a line break, and double its quotes.</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
