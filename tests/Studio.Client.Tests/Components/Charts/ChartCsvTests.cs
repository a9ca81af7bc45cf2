using Studio.Client.Components.Charts;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void Build_Frontier_OneRowPerPointWithTheAxisTitlesAsColumns()
    {
        var figure = ChartTraces.Frontier(TestComparison.Build(), new ChartContext(50, 90, 45, 50, 90));

        var lines = ChartCsv.Build(figure).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("series,panel,Tokens/s per user (tokens/s),Output tokens/s per GPU (tokens/s),low,high", lines[0]);
        // No empty cells: a point with no band of its own has low and high at its value.
        Assert.Contains("Design,,10,1000,1000,1000", lines);
        Assert.Contains("Design low,,100,240,240,240", lines);
        Assert.Contains("Design at the target,,50,600,480,720", lines);
        Assert.Equal(1 + figure.Traces.Sum(t => t.X.Count), lines.Length);
    }

    [Fact]
    public void Build_ValuesWithCommasAndFractions_QuotedAndInvariant()
    {
        var figure = new ChartFigure("x", "X", [new ChartPanel("Left, panel", "Cost, \"net\"", "y")],
        [
            new ChartTrace("A, b", TraceKind.Line, [0.5, 1e-7], [1234567.25, null], "") { Color = "#fff" },
        ]);

        var lines = ChartCsv.Build(figure).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // No trace has a band: no low and high columns at all.
        Assert.Equal("series,panel,\"Cost, \"\"net\"\"\",y", lines[0]);
        Assert.Equal("\"A, b\",\"Left, panel\",0.5,1234567.25", lines[1]);
        Assert.Equal("\"A, b\",\"Left, panel\",1E-07,", lines[2]);
    }

    [Fact]
    public void Build_FloatingPointNoise_RoundedToTenSignificantDigits()
    {
        var figure = new ChartFigure("x", "X", [new ChartPanel("", "x", "y")],
        [
            new ChartTrace("A", TraceKind.Line, [123.10000000000004, 0.1 + 0.2], [352088272754.2, 259.20000000000005], "") { Color = "#fff" },
        ]);

        var lines = ChartCsv.Build(figure).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("A,,123.1,352088272754", lines[1]);
        Assert.Equal("A,,0.3,259.2", lines[2]);
    }

    [Fact]
    public void FileName_BaselineName_ChartAndBaselineAsASlug()
    {
        var figure = ChartTraces.Cash(TestComparison.Build(), new ChartContext(50, 90, 45, 50, 90));

        Assert.Equal("cash-vs-gb200-nvl72-reference-design.csv", ChartCsv.FileName(figure, "GB200 NVL72 reference design"));
        Assert.Equal("cash-vs-my-design-v2.csv", ChartCsv.FileName(figure, "  My design (v2)!"));
        Assert.Equal("cash.csv", ChartCsv.FileName(figure, "—"));
    }

    [Fact]
    public void Build_CapexByCategory_OneRowPerCategoryAndSideWithItsRange()
    {
        var figure = ChartTraces.CapexByCategory(TestComparison.Build(), new ChartContext(50, 90, 45, 50, 90));

        var lines = ChartCsv.Build(figure).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("series,panel,x,Capex (USD),low,high", lines[0]);
        Assert.Equal(1 + 5 * 2, lines.Length);
        Assert.Contains("Compute,,Design,40000000,36000000,44000000", lines);
        Assert.Contains("Network,,Baseline,1500000,1350000,1650000", lines);
    }
}
