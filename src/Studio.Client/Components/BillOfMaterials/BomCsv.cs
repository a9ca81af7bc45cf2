using System.Text;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.BillOfMaterials;

/// <summary>
/// The bill of materials as CSV: a header of the contract's field names, then one row per line with every column, the
/// unit price's range and provenance included, numbers invariant at full precision (see <see cref="Csv"/>). Empty
/// cells where a line has no unit price (it is priced inside another line).
/// </summary>
public static class BomCsv
{
    public static readonly string[] Columns =
    [
        "category", "partId", "item", "quantity", "quantityUnit", "unitPriceUsd", "unitPriceLowUsd", "unitPriceHighUsd",
        "unitPriceProvenance", "unitPriceSources", "extendedUsd", "extendedLowUsd", "extendedHighUsd", "powerKw", "liquidHeatKw",
        "airHeatKw", "where", "note",
    ];

    public static string Build(BillOfMaterialsDto bill)
    {
        var csv = new StringBuilder();
        Csv.Row(csv, Columns);
        foreach (var line in bill.Lines)
        {
            var price = line.UnitPriceUsd;
            Csv.Row(csv,
                line.Category,
                line.PartId ?? "",
                line.Item,
                Csv.Number(line.Quantity),
                line.QuantityUnit,
                Csv.Number(price?.Value),
                Csv.Number(price?.Low),
                Csv.Number(price?.High),
                price is null ? "" : Format.Provenance(price.Provenance),
                price is null ? "" : string.Join(' ', price.Provenance.Sources),
                Csv.Number(line.ExtendedUsd),
                Csv.Number(line.ExtendedLowUsd),
                Csv.Number(line.ExtendedHighUsd),
                Csv.Number(line.PowerKw),
                Csv.Number(line.LiquidHeatKw),
                Csv.Number(line.AirHeatKw),
                line.Where,
                line.Note);
        }

        return csv.ToString();
    }

    /// <summary>"bill-of-materials-vera-rubin-nvl72.csv": the scenario's name as a slug.</summary>
    public static string FileName(string? scenarioName)
    {
        var slug = StudioFiles.Slug(scenarioName);
        return slug.Length == 0 ? "bill-of-materials.csv" : $"bill-of-materials-{slug}.csv";
    }
}
