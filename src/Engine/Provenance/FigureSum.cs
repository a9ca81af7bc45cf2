using System.Globalization;

namespace Studio.Engine.Provenance;

/// <summary>One term of a sum: a part's figure, counted <paramref name="Multiplier"/> times.</summary>
public readonly record struct SumTerm(string PartName, Figure Figure, double Multiplier = 1);

/// <summary>Sums figures over parts and writes the arithmetic, grouping identical parts, as the derived note.</summary>
public static class FigureSum
{
    public static Figure Of(string unit, IEnumerable<SumTerm> terms, double scale = 1)
    {
        var list = terms.ToList();
        var band = Band.Zero;
        foreach (var term in list)
        {
            band += term.Figure.Band * term.Multiplier;
        }

        band *= scale;
        var groups = list
            .GroupBy(t => (t.PartName, t.Figure.Value, t.Multiplier))
            .Select(g => Describe(g.Count(), g.Key.PartName, g.Key.Multiplier, g.Key.Value, g.First().Figure.Unit));
        var note = list.Count == 0 ? "no parts contribute" : string.Join(" + ", groups);
        if (scale != 1 && list.Count > 0)
        {
            note = string.Create(CultureInfo.InvariantCulture, $"({note}) × {scale:0.######}");
        }

        return Figure.Derived(band, unit, note, [.. list.Select(t => t.Figure).Distinct()]);
    }

    // One term counted n times reads "n × name", not "1 × name × n".
    private static string Describe(int count, string name, double multiplier, double value, string unit) =>
        (count, multiplier) switch
        {
            (_, 1) => string.Create(CultureInfo.InvariantCulture, $"{count} × {name} at {value:0.####} {unit}"),
            (1, _) => string.Create(CultureInfo.InvariantCulture, $"{multiplier:0.####} × {name} at {value:0.####} {unit}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{count} × {name} × {multiplier:0.####} at {value:0.####} {unit}"),
        };
}
