using System.Globalization;
using Studio.Client.Components.BillOfMaterials;
using Studio.Client.Tests.Support;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.BillOfMaterials;

public sealed class BomCsvTests
{
    private static BomLineDto Line(string note, double quantity) => new("power", "vr.power-shelf", "Shelf, 110 kW", quantity, "units",
        new MetricDto("bom.unitPriceUsd", "Unit price", 24_000.5, "USD", 20_000, 30_000, new ProvenanceDto("derived", "vendor", ["S17", "S5"], null), []),
        24_000.5 * quantity, 20_000 * quantity, 30_000 * quantity, 0.25, 0, 0.25, "Row 1, Row 2", note);

    [Fact]
    public void Build_GermanCulture_EveryColumnInvariantAndQuoted()
    {
        var bill = new BillOfMaterialsDto([Line("says \"approx\"", 1.5), Line("", 2)], 84_001.75, 70_000, 105_000);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var rows = BomCsv.Build(bill).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(3, rows.Length);
            Assert.Equal(BomCsv.Columns.Length, rows[0].Split(',').Length);
            Assert.Equal("power,vr.power-shelf,\"Shelf, 110 kW\",1.5,units,24000.5,20000,30000,Derived from vendor figures,S17 S5,36000.75,30000,45000,0.25,0,0.25,\"Row 1, Row 2\",\"says \"\"approx\"\"\"",
                rows[1]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Build_LinePricedInAnother_LeavesItsPriceCellsEmpty()
    {
        var line = new BomLineDto("cooling", null, "Chillers", 0.8, "MW", null, 0, 0, 0, 0, 0, 0, "site", "priced within the facility line");

        var rows = BomCsv.Build(new BillOfMaterialsDto([line], 0, 0, 0)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("cooling,,Chillers,0.8,MW,,,,,,0,0,0,0,0,0,site,priced within the facility line", rows[1]);
    }

    [Fact]
    public void FileName_ScenarioName_IsASlug()
    {
        Assert.Equal("bill-of-materials-hall-b-4-nvl72.csv", BomCsv.FileName("Hall B: 4 × NVL72"));
        Assert.Equal("bill-of-materials.csv", BomCsv.FileName(null));
    }

    [Fact]
    public void Build_TestComparisonBill_OneRowPerLine()
    {
        var bill = TestComparison.Bill(1);

        Assert.Equal(1 + bill.Lines.Count, BomCsv.Build(bill).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
