using System.Globalization;
using Bunit;
using Studio.Client.Components.BillOfMaterials;
using Studio.Client.Components.Results;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;
using Studio.Engine.Evaluation;

namespace Studio.Client.Tests.Components.BillOfMaterials;

/// <summary>The bill of materials over the fake API's report: every line, the total against the capex, filter, sort, CSV.</summary>
public sealed class BillOfMaterialsTableTests : StudioTestContext
{
    private async Task<EvaluationReportDto> EvaluateAsync(ScenarioDocument document)
    {
        await EditAsync(e => e.Load(document));
        await WaitForEvaluationAsync();
        return Evaluation.Report!;
    }

    private IRenderedComponent<BillOfMaterialsTable> RenderTable(EvaluationReportDto report) =>
        Ctx.Render<BillOfMaterialsTable>(p => p
            .Add(t => t.Bill, report.BillOfMaterials)
            .Add(t => t.Capex, report.Metrics.FirstOrDefault(m => m.Id == MetricIds.EconomicsCapexUsd))
            .Add(t => t.ScenarioName, Editor.Document.Name));

    private static IEnumerable<string> Items(IRenderedComponent<BillOfMaterialsTable> cut) =>
        cut.FindAll("tr.bom-line .bom-item").Select(c => c.TextContent.Trim());

    [Fact]
    public async Task Render_Template_ListsEveryLineWithItsQuantityPriceAndProvenance()
    {
        var report = await EvaluateAsync(TestCatalog.Template());
        var bill = report.BillOfMaterials!;

        var cut = RenderTable(report);

        Assert.Equal(bill.Lines.Select(l => l.Item), Items(cut));
        var trays = cut.FindAll("tr.bom-line").Single(r => r.QuerySelector(".bom-item")!.TextContent.Trim() == "Vera Rubin compute tray");
        Assert.Equal("400 units", trays.QuerySelector(".bom-quantity")!.TextContent.Trim());
        Assert.Equal("$420 k", trays.QuerySelector(".bom-unit-price .bom-number")!.TextContent);
        Assert.Equal("420,000 USD", trays.QuerySelector(".bom-unit-price .bom-number")!.GetAttribute("title"));
        Assert.Equal("$380 k – $480 k", trays.QuerySelector(".bom-unit-price .bom-band")!.TextContent);
        Assert.Equal("E", trays.QuerySelector(".bom-unit-price .provenance")!.TextContent);
        Assert.Equal("$168 M", trays.QuerySelector(".bom-extended .bom-number")!.TextContent);
        // 400 trays × 9.73 kW, all of it to liquid.
        Assert.Equal(("3,892", "3,892", "0"), (trays.QuerySelector(".bom-power")!.TextContent, trays.QuerySelector(".bom-liquid")!.TextContent,
            trays.QuerySelector(".bom-air")!.TextContent));
        Assert.Equal("Row 1", trays.QuerySelector(".bom-where")!.TextContent);
        var plant = cut.FindAll("tr.bom-line").Single(r => r.QuerySelector(".bom-item")!.TextContent.StartsWith("Heat rejection", StringComparison.Ordinal));
        Assert.Equal("in another line", plant.QuerySelector(".bom-unit-price")!.TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='bom-mismatch']"));
    }

    [Fact]
    public async Task Render_Template_TotalEqualsTheCapexMetricAndTheResultsShowIt()
    {
        var report = await EvaluateAsync(TestCatalog.Template());
        var results = Ctx.Render<ResultsPanel>();

        var cut = RenderTable(report);

        var capex = report.Metrics.Single(m => m.Id == MetricIds.EconomicsCapexUsd);
        Assert.Equal(capex.Value, report.BillOfMaterials!.TotalUsd);
        Assert.Equal(report.BillOfMaterials.Lines.Sum(l => l.ExtendedUsd), capex.Value);
        var shown = results.Find("tr[data-metric='economics.capexUsd'] .metric-number").TextContent;
        Assert.Equal("$227 M", shown);
        Assert.Equal(shown, cut.Find("[data-testid='bom-total']").TextContent);
        Assert.Equal(results.Find("tr[data-metric='economics.capexUsd'] .metric-band").TextContent, cut.Find("[data-testid='bom-total-band']").TextContent);
    }

    [Fact]
    public async Task Render_LinesThatMissTheCapex_SaysSo()
    {
        var report = await EvaluateAsync(TestCatalog.Template());
        var capex = report.Metrics.Single(m => m.Id == MetricIds.EconomicsCapexUsd);

        var cut = Ctx.Render<BillOfMaterialsTable>(p => p.Add(t => t.Bill, report.BillOfMaterials).Add(t => t.Capex, capex with { Value = capex.Value + 1000 }));

        Assert.Contains("The lines add up to 226,815,000 USD but the capex is 226,816,000 USD.", cut.Find("[data-testid='bom-mismatch']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_Network_ShowsOnlyItsLinesAndItsSubtotalBesideTheTotal()
    {
        var report = await EvaluateAsync(TestCatalog.Template());
        var cut = RenderTable(report);
        Assert.Equal(["", "compute", "network", "power", "cooling", "facility"], cut.FindAll("[data-testid='bom-filter']").Select(b => b.GetAttribute("data-category")));

        cut.Find("[data-testid='bom-filter'][data-category='network']").Click();

        Assert.Equal(["Spectrum-X Photonics switch (leaf)", "Spectrum-X Photonics switch (spine)"], Items(cut));
        // 13 leaves and 4 spines at 85,000 USD.
        Assert.Contains("Network: $1.45 M of", cut.Find("[data-testid='bom-subtotal']").TextContent, StringComparison.Ordinal);
        Assert.Equal("$227 M", cut.Find("[data-testid='bom-total']").TextContent);

        cut.Find("[data-testid='bom-filter'][data-category='']").Click();

        Assert.Equal(report.BillOfMaterials!.Lines.Count, Items(cut).Count());
    }

    [Fact]
    public async Task Sort_ExtendedPrice_OrdersTheLinesByPriceThenByCategory()
    {
        var report = await EvaluateAsync(TestCatalog.Template());
        var cut = RenderTable(report);

        cut.Find("[data-testid='sort-extended']").Click();

        Assert.Equal(report.BillOfMaterials!.Lines.OrderBy(l => l.ExtendedUsd).Select(l => l.ExtendedUsd),
            cut.FindAll("tr.bom-line .bom-extended .bom-number").Select(c => double.Parse(c.GetAttribute("title")!.Replace(" USD", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture)));

        cut.Find("[data-testid='sort-category']").Click();

        Assert.Equal(report.BillOfMaterials.Lines.Select(l => l.Category).OrderBy(BomCategories.Rank),
            cut.FindAll("tr.bom-line .bom-category").Select(c => c.GetAttribute("data-category")));
    }

    [Fact]
    public async Task Render_NoFactoryLaidOut_SaysWhyThereIsNoBill()
    {
        var document = TestCatalog.Template();
        document.Factory.Halls = [];
        var report = await EvaluateAsync(document);
        Assert.Null(report.BillOfMaterials);

        var cut = RenderTable(report);

        Assert.Empty(cut.FindAll("tr.bom-line"));
        Assert.Empty(cut.FindAll("[data-testid='bom-csv']"));
        Assert.StartsWith("No bill of materials: the factory lays out no racks yet.", cut.Find("[data-testid='bom-empty']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_GermanCulture_DownloadsAHeaderAndOneInvariantRowPerLine()
    {
        var download = Ctx.JSInterop.SetupModule(StudioFiles.ModulePath);
        download.SetupVoid("downloadText", _ => true).SetVoidResult();
        var report = await EvaluateAsync(TestCatalog.Template());
        var bill = report.BillOfMaterials!;
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var cut = RenderTable(report);

            cut.Find("[data-testid='bom-csv']").Click();

            var call = Assert.Single(download.Invocations, i => i.Identifier == "downloadText");
            Assert.Equal("bill-of-materials-vera-rubin-nvl72.csv", call.Arguments[0]);
            Assert.Equal("text/csv", call.Arguments[2]);
            var rows = Assert.IsType<string>(call.Arguments[1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', BomCsv.Columns), rows[0]);
            Assert.Equal(1 + bill.Lines.Count, rows.Length);
            // The facility line: 3.892 MW IT at 10 M$ per MW, written with a point whatever the culture.
            var facility = rows.Single(r => r.StartsWith("facility,", StringComparison.Ordinal));
            const string head = "facility,,\"Facility: shell, power train, cooling plant and fit-out\",3.892,MW IT,10000000,8000000,13000000,Estimate,S17,";
            Assert.StartsWith(head, facility, StringComparison.Ordinal);
            var extended = facility[head.Length..].Split(',')[0];
            Assert.Equal(bill.Lines.Single(l => l.Category == "facility").ExtendedUsd, double.Parse(extended, CultureInfo.InvariantCulture));
            Assert.DoesNotContain(rows.Skip(1), r => r.Contains("3,892", StringComparison.Ordinal));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
