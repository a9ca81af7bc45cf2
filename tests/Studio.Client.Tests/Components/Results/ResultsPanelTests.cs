using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Studio.Client.Components.Results;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.Components.Results;

public sealed class ResultsPanelTests : StudioTestContext
{
    private async Task<IRenderedComponent<ResultsPanel>> RenderEvaluatedAsync(ScenarioDocument document, string status = "UpToDate")
    {
        var cut = Ctx.Render<ResultsPanel>();
        await EditAsync(e => e.Load(document));
        cut.WaitForAssertion(() => Assert.Equal(status, cut.Find("[data-testid='results']").GetAttribute("data-status")));
        return cut;
    }

    private static IElement Row(IRenderedComponent<ResultsPanel> cut, string metricId) => cut.Find($"tr[data-metric='{metricId}']");

    private static string Text(IElement row, string selector) => row.QuerySelector(selector)!.TextContent.Trim();

    /// <summary>The metric ids in the table that follows the group title <paramref name="title"/> (past its button or caption).</summary>
    private static IEnumerable<string?> MetricsUnder(IRenderedComponent<ResultsPanel> cut, string title)
    {
        var next = cut.FindAll(".mud-typography-overline").Single(t => t.TextContent == title).NextElementSibling;
        while (next is not null && next.LocalName != "table")
        {
            next = next.NextElementSibling;
        }

        return next!.QuerySelectorAll("tr.metric").Select(r => r.GetAttribute("data-metric"));
    }

    private static readonly string[] s_factoryIds =
    [
        "factory.rackCount", "factory.rowCount", "factory.gpuCount", "factory.itPowerMw", "power.facilityMw", "power.gridPeakMw",
        "factory.cduCount", "factory.leafSwitchCount", "factory.spineSwitchCount", "factory.designDayAmbientC", "factory.heatRejectionMw",
        "factory.chillerMw", "economics.capexUsd", "economics.costPerMillionTokensUsd", "economics.annualRevenueUsd",
    ];

    [Fact]
    public void Render_BeforeAnyEdit_ShowsNoReport()
    {
        var cut = Ctx.Render<ResultsPanel>();

        Assert.Equal(nameof(EvaluationStatus.Idle), cut.Find("[data-testid='results']").GetAttribute("data-status"));
        Assert.Empty(cut.FindAll("tr.metric"));
    }

    [Fact]
    public async Task Report_WhileTheNextEditIsEvaluated_SweptGroupsAreMarkedRefiningAndOthersAreNot()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());
        Assert.Empty(cut.FindAll("[data-testid='refining']"));
        var release = new TaskCompletionSource();
        Api.BeforeEvaluate = (_, token) => release.Task.WaitAsync(token);

        await EditAsync(e => e.Edit(d => d.Factory.Halls[0].Rows[0].RackCount = 200));

        // The economics come out of the server's Monte Carlo: the factory group that shows them is marked while the
        // answer is out; the rack figures are not.
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='refining']")));
        var refining = cut.Find("table.metric-table.refining");
        Assert.Contains(refining.QuerySelectorAll("tr.metric"), r => r.GetAttribute("data-metric") == "economics.annualRevenueUsd");
        Assert.DoesNotContain("refining", Row(cut, "rack.gpuCount").ParentElement!.ParentElement!.ClassName, StringComparison.Ordinal);

        release.SetResult();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='refining']")));
    }

    [Fact]
    public async Task Report_EveryMetricRow_HasItsIdValueUnitAndGroup()
    {
        var document = TestCatalog.Template();
        document.Factory.Halls[0].Rows[0].RackCount = 100_000;
        var cut = await RenderEvaluatedAsync(document);

        // The factory first; the economics and power it shows are not listed again under their own groups.
        Assert.Equal(
            [
                .. s_factoryIds,
                "rack.gpuCount", "rack.itPowerKw", "rack.nvlinkTbps",
                "thermal.coolantFlowLpm", "thermal.coolantReturnC", "facility.pue", "facility.waterLitresPerYear",
                "assembly.computeTrayMinutes", "design.rackCount",
            ],
            cut.FindAll("tr.metric").Select(r => r.GetAttribute("data-metric")));
        Assert.Equal(["Factory", "Per rack design", "Cooling", "Heat rejection at the site", "Assembly and build-out", "Design on the canvas"],
            cut.FindAll(".mud-typography-overline").Skip(1).Select(t => t.TextContent));
        Assert.Contains("up to date", cut.Find("[data-testid='evaluation-status']").TextContent, StringComparison.Ordinal);

        var gpus = Row(cut, "rack.gpuCount");
        Assert.Equal(("GPUs", "16", "GPUs"), (Text(gpus, ".metric-label"), Text(gpus, "[data-testid='metric-value']"), Text(gpus, ".metric-unit")));
        var power = Row(cut, "rack.itPowerKw");
        Assert.Equal(("38.92", "kW"), (Text(power, ".metric-number"), Text(power, ".metric-unit")));
        // 38.92 kW × 100,000 racks.
        Assert.Equal(("3,892", "MW"), (Text(Row(cut, "factory.itPowerMw"), ".metric-number"), Text(Row(cut, "factory.itPowerMw"), ".metric-unit")));
    }

    [Fact]
    public async Task Report_WithoutFacilityMetrics_ShowsNoFacilityGroups()
    {
        // A server from before issue 4 sends none of them: their groups are left out, not shown empty.
        Api.MetricFilter = m => !m.Id.StartsWith("economics.", StringComparison.Ordinal) && !m.Id.StartsWith("power.", StringComparison.Ordinal)
            && !m.Id.StartsWith("facility.", StringComparison.Ordinal) && !m.Id.StartsWith("assembly.", StringComparison.Ordinal);

        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        Assert.Equal(["Factory", "Per rack design", "Cooling", "Design on the canvas"],
            cut.FindAll(".mud-typography-overline").Skip(1).Select(t => t.TextContent));
        Assert.Equal(s_factoryIds.Where(id => id.StartsWith("factory.", StringComparison.Ordinal)), MetricsUnder(cut, "Factory"));
    }

    [Fact]
    public async Task Report_FacilityMetrics_ShowUnderTheirGroupsWithTheirNumbers()
    {
        var document = TestCatalog.Template();
        document.Site.HeatRejection = "coolingTower";

        var cut = await RenderEvaluatedAsync(document);

        Assert.Contains("economics.annualRevenueUsd", MetricsUnder(cut, "Factory"));
        Assert.Contains("power.facilityMw", MetricsUnder(cut, "Factory"));
        Assert.Equal(["facility.pue", "facility.waterLitresPerYear"], MetricsUnder(cut, "Heat rejection at the site"));
        Assert.Equal(["assembly.computeTrayMinutes"], MetricsUnder(cut, "Assembly and build-out"));
        // 38.92 kW × 100 racks = 3.892 MW IT × PUE 1.1 = 4.281 MW, shown as 4.28; 16 GPUs × 100 racks × 100 M tokens × 2.19 USD.
        Assert.Equal(("4.28", "MW"), (Text(Row(cut, "power.facilityMw"), ".metric-number"), Text(Row(cut, "power.facilityMw"), ".metric-unit")));
        Assert.Equal(("$350 k", "/year"), (Text(Row(cut, "economics.annualRevenueUsd"), ".metric-number"), Text(Row(cut, "economics.annualRevenueUsd"), ".metric-unit")));
        Assert.Equal(("5", "min"), (Text(Row(cut, "assembly.computeTrayMinutes"), ".metric-number"), Text(Row(cut, "assembly.computeTrayMinutes"), ".metric-unit")));
        Assert.NotEqual("0", Text(Row(cut, "facility.waterLitresPerYear"), ".metric-number"));
    }

    [Fact]
    public async Task Report_AfterAnOutputPriceEdit_RevenueFollows()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        await EditAsync(e => e.Edit(d => (d.Economics ??= new()).OutputUsdPerMillionTokens = 4.38));

        // Twice the default 2.19 USD: twice the revenue.
        cut.WaitForAssertion(() => Assert.Equal("$701 k", Text(Row(cut, "economics.annualRevenueUsd"), ".metric-number")));
    }

    [Fact]
    public async Task Report_BandShowsOnlyWhenLowAndHighDiffer()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        // 38.92 kW × 0.9 and × 1.2, from the fake report.
        Assert.Equal("35.03 – 46.7", Text(Row(cut, "rack.itPowerKw"), ".metric-band"));
        Assert.Equal("", Text(Row(cut, "rack.gpuCount"), ".metric-band"));
        Assert.Equal("", Text(Row(cut, "thermal.coolantReturnC"), ".metric-band"));
    }

    [Theory]
    [InlineData("rack.nvlinkTbps", "V", "vendor")]
    [InlineData("thermal.coolantFlowLpm", "E", "estimate")]
    [InlineData("rack.gpuCount", "D·V", "derived")]
    [InlineData("rack.itPowerKw", "D·E", "derived")]
    [InlineData("design.rackCount", "U", "user")]
    public async Task Report_ProvenanceMarker_LetterFollowsKindAndBasis(string metricId, string letter, string kind)
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        var marker = Row(cut, metricId).QuerySelector(".provenance")!;

        Assert.Equal(letter, marker.TextContent);
        Assert.Equal(kind, marker.GetAttribute("data-provenance"));
    }

    [Fact]
    public async Task Report_AfterAUserSetting_PowerIsDerivedFromYourValues()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        await EditAsync(e => e.SetSetting("ct-01", TestCatalog.GpuPowerSetting, 2.3));

        cut.WaitForAssertion(() =>
        {
            var power = Row(cut, "rack.itPowerKw");
            Assert.Equal("40.92", Text(power, ".metric-number"));
            Assert.Equal("D·U", Text(power, ".provenance"));
            // The marker's name starts with its kind; the tooltip's note follows, for a screen reader that cannot hover.
            Assert.StartsWith("Derived; includes scenario inputs. ", power.QuerySelector(".provenance")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Report_BlockedMetric_IsWithheldAndTheErrorIsListed()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.OneRack(2));

        var blocked = Row(cut, "thermal.coolantReturnC");
        Assert.Contains("blocked", blocked.ClassList);
        Assert.Null(blocked.QuerySelector(".metric-number"));
        var withheld = blocked.QuerySelector(".withheld")!;
        Assert.Equal("withheld: design error", withheld.TextContent);
        Assert.Equal("thermal.noCoolantLoop", withheld.GetAttribute("title"));

        var error = cut.Find("li.diagnostic[data-code='thermal.noCoolantLoop']");
        Assert.Contains("diagnostic-error", error.ClassList);
        Assert.Contains("1 rack(s) have no coolant connection.", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("Drag a link from the rack's port to an in-row CDU.", error.QuerySelector(".diagnostic-fix")!.TextContent);
        // Named as the canvas names the rack (its label), with its id for the tooltip.
        Assert.Equal([("Rack 1", "rack-01")], error.QuerySelectorAll(".diagnostic-part").Select(b => (b.TextContent, b.GetAttribute("title"))));
    }

    [Fact]
    public async Task Report_Diagnostics_AreListedWithTheirSeverityAndCounted()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks[0].Parts.RemoveAt(0);
        document.Racks.Add(new RackDocument { Id = "rack-02", PartId = TestCatalog.Rack, Label = "Rack 2" });

        var cut = await RenderEvaluatedAsync(document);

        var items = cut.FindAll("li.diagnostic");
        Assert.Equal(["thermal.noCoolantLoop", "rack.noPowerShelf", "rack.empty"], items.Select(d => d.GetAttribute("data-code")));
        Assert.Equal(["diagnostic-error", "diagnostic-warning", "diagnostic-info"],
            items.Select(d => d.ClassList.Single(c => c.StartsWith("diagnostic-", StringComparison.Ordinal))));
        Assert.Equal("Design rules · 1 error · 1 warning", cut.FindAll(".mud-typography-overline")[0].TextContent);
    }

    [Fact]
    public async Task Report_ClickOnADiagnosticsPart_SelectsIt()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.OneRack(1));

        cut.Find("li[data-code='thermal.noCoolantLoop'] .diagnostic-part").Click();

        Assert.Equal("rack-01", Editor.SelectedId);
    }

    [Fact]
    public async Task Report_CleanDesign_SaysNoFindings()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        Assert.Empty(cut.FindAll("li.diagnostic"));
        Assert.Equal("Design rules · no findings", cut.FindAll(".mud-typography-overline")[0].TextContent);
    }

    [Fact]
    public async Task Report_AfterAnEdit_ValuesFollowTheDocument()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        cut.WaitForAssertion(() => Assert.Equal("20", Text(Row(cut, "rack.gpuCount"), ".metric-number")));
        Assert.Equal(5, Api.Evaluated[^1].Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
    }

    [Fact]
    public async Task RejectedScenario_ShowsEachErrorsPathAndMessage()
    {
        var document = TestCatalog.OneRack(2);
        document.Racks[0].Parts[2].PartId = "vr.compute-tary";

        var cut = await RenderEvaluatedAsync(document, nameof(EvaluationStatus.Rejected));

        var alert = cut.Find(".mud-alert");
        Assert.Contains("The scenario is not valid", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("$.racks[0].parts[2].partId", alert.QuerySelector("code")!.TextContent);
        Assert.Contains(": Unknown part 'vr.compute-tary'. GET /api/catalog lists the parts.", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("not evaluated", cut.Find("[data-testid='evaluation-status']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectedScenario_FixedByTheNextEdit_ClearsTheProblem()
    {
        var document = TestCatalog.OneRack(2);
        document.Racks[0].Parts[2].PartId = "vr.compute-tary";
        var cut = await RenderEvaluatedAsync(document, nameof(EvaluationStatus.Rejected));

        await EditAsync(e => e.Remove("ct-02"));

        cut.WaitForAssertion(() => Assert.Equal("UpToDate", cut.Find("[data-testid='results']").GetAttribute("data-status")));
        Assert.Empty(cut.FindAll(".mud-alert"));
        Assert.Equal("4", Text(Row(cut, "rack.gpuCount"), ".metric-number"));
    }

    [Fact]
    public async Task RejectedEdit_AfterAGoodReport_KeepsTheLastMetricsMarkedAsTheLastEvaluatedDesign()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.OneRack(2));
        Assert.Empty(cut.FindAll("[data-testid='stale-report']"));

        await EditAsync(e => e.Edit(d => d.Racks[0].Parts[0].PartId = "vr.compute-tary"));

        cut.WaitForAssertion(() => Assert.Equal("Rejected", cut.Find("[data-testid='results']").GetAttribute("data-status")));
        Assert.Contains("the last design that could be evaluated", cut.Find("[data-testid='stale-report']").TextContent, StringComparison.Ordinal);
        Assert.Equal("8", Text(Row(cut, "rack.gpuCount"), ".metric-number"));
    }

    [Fact]
    public async Task ServerUnreachable_ShowsOfflineWithTheReason()
    {
        Api.Offline = true;

        var cut = await RenderEvaluatedAsync(TestCatalog.OneRack(1), nameof(EvaluationStatus.Failed));

        Assert.Contains("offline", cut.Find("[data-testid='evaluation-status']").TextContent, StringComparison.Ordinal);
        Assert.Contains("The server could not be reached (Connection refused", cut.Find(".mud-alert").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FactoryGroup_ComesFirstWithItsMetricsInOrderAndTheirNumbers()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        Assert.Equal("Factory", cut.FindAll(".mud-typography-overline")[1].TextContent);
        Assert.Equal(s_factoryIds, MetricsUnder(cut, "Factory"));
        // Row 1 places 100 racks of 16 GPUs and 38.92 kW: 3.892 MW IT, × 1.1 facility, × 1.25 grid; 3,892 kW of heat
        // needs 2 CDUs + 1 spare; a leaf per 8 racks (13), a spine per 4 leaves (4).
        Assert.Equal(("100", "racks"), (Text(Row(cut, "factory.rackCount"), ".metric-number"), Text(Row(cut, "factory.rackCount"), ".metric-unit")));
        Assert.Equal("1", Text(Row(cut, "factory.rowCount"), ".metric-number"));
        Assert.Equal("1,600", Text(Row(cut, "factory.gpuCount"), ".metric-number"));
        Assert.Equal("3.89", Text(Row(cut, "factory.itPowerMw"), ".metric-number"));
        Assert.Equal("5.35", Text(Row(cut, "power.gridPeakMw"), ".metric-number"));
        Assert.Equal("3", Text(Row(cut, "factory.cduCount"), ".metric-number"));
        Assert.Equal(("13", "4"), (Text(Row(cut, "factory.leafSwitchCount"), ".metric-number"), Text(Row(cut, "factory.spineSwitchCount"), ".metric-number")));
        Assert.Equal(("35", "°C"), (Text(Row(cut, "factory.designDayAmbientC"), ".metric-number"), Text(Row(cut, "factory.designDayAmbientC"), ".metric-unit")));
        Assert.Equal("4.09", Text(Row(cut, "factory.heatRejectionMw"), ".metric-number"));
        // Frames 15 M$ + shelves 2.4 M$ + 400 trays 168 M$ + CDUs 1.05 M$ + 17 switches 1.445 M$ + facility 38.92 M$.
        Assert.Equal(("$227 M", ""), (Text(Row(cut, "economics.capexUsd"), ".metric-number"), Text(Row(cut, "economics.capexUsd"), ".metric-unit")));
        Assert.Equal("D·E", Text(Row(cut, "economics.capexUsd"), ".provenance"));
        Assert.NotEqual("", Text(Row(cut, "economics.capexUsd"), ".metric-band"));
        Assert.Equal("$350 k", Text(Row(cut, "economics.annualRevenueUsd"), ".metric-number"));
    }

    [Fact]
    public async Task Report_AfterARowEdit_FactoryFiguresFollowTheLayout()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        await EditAsync(e => e.Edit(d => d.Factory.Halls[0].Rows.Add(new RowDocument { Id = "row-2", Label = "Row 2", Rack = "rack-01", RackCount = 20 })));

        cut.WaitForAssertion(() => Assert.Equal("120", Text(Row(cut, "factory.rackCount"), ".metric-number")));
        Assert.Equal("2", Text(Row(cut, "factory.rowCount"), ".metric-number"));
        Assert.Equal("1,920", Text(Row(cut, "factory.gpuCount"), ".metric-number"));
    }

    [Fact]
    public async Task Report_ManyRacksAndDesigns_ListsMetricsNeverOneEntryPerRack()
    {
        var document = TestCatalog.Template();
        document.Racks.Add(new RackDocument { Id = "rack-02", PartId = TestCatalog.Rack, Label = "Rack 2", Parts = [new PartDocument { Id = "ct-09", PartId = TestCatalog.ComputeTray }] });
        document.Factory.Halls[0].Rows.Add(new RowDocument { Id = "row-2", Label = "Row 2", Rack = "rack-02", RackCount = 400 });

        var cut = await RenderEvaluatedAsync(document);

        Assert.Equal(Evaluation.Report!.Metrics.Count, cut.FindAll("tr.metric").Count);
        Assert.Equal("500", Text(Row(cut, "factory.rackCount"), ".metric-number"));
        Assert.Single(cut.FindAll("[data-testid='rack-design']"));
    }

    [Fact]
    public async Task Report_PerRackDesign_NamesTheFirstDesignThenTheSelectedOne()
    {
        var document = TestCatalog.Template();
        document.Racks.Add(new RackDocument { Id = "rack-02", PartId = TestCatalog.Rack, Label = "Rack 2", Parts = [new PartDocument { Id = "ct-09", PartId = TestCatalog.ComputeTray }] });
        var cut = await RenderEvaluatedAsync(document);

        var design = cut.Find("[data-testid='rack-design']");
        Assert.Equal("rack-01", design.GetAttribute("data-rack"));
        Assert.Equal("Rack 1", Text(design, ".rack-design-name"));
        Assert.Equal("16 GPUs · 38.92 kW IT · 38.92 kW to liquid", Text(design, ".muted"));

        await EditAsync(e => e.Select("ct-09"));

        cut.WaitForAssertion(() => Assert.Equal("Rack 2 (selected)", Text(cut.Find("[data-testid='rack-design']"), ".rack-design-name")));
        Assert.Equal("4 GPUs · 9.73 kW IT · 9.73 kW to liquid", Text(cut.Find("[data-testid='rack-design']"), ".muted"));
        Assert.Equal(["rack.gpuCount", "rack.itPowerKw", "rack.nvlinkTbps"], MetricsUnder(cut, "Per rack design"));
    }

    [Fact]
    public async Task BillOfMaterialsButton_Click_OpensTheTableOfTheReport()
    {
        var dialogs = Ctx.Render<MudDialogProvider>();
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        cut.Find("[data-testid='bom-open']").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(Evaluation.Report!.BillOfMaterials!.Lines.Count, dialogs.FindAll("tr.bom-line").Count));
        Assert.Equal(Text(Row(cut, "economics.capexUsd"), ".metric-number"), dialogs.Find("[data-testid='bom-total']").TextContent.Trim());
    }

    [Fact]
    public async Task BillOfMaterialsButton_NoFactoryLaidOut_OpensAMessageSayingWhy()
    {
        var dialogs = Ctx.Render<MudDialogProvider>();
        var document = TestCatalog.Template();
        document.Factory.Halls = [];
        var cut = await RenderEvaluatedAsync(document);

        cut.Find("[data-testid='bom-open']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("the factory lays out no racks yet", dialogs.Find("[data-testid='bom-empty']").TextContent, StringComparison.Ordinal));
        Assert.Equal("0", Text(Row(cut, "factory.rackCount"), ".metric-number"));
    }

    [Fact]
    public async Task Report_Shown_ALegendSaysWhatEveryBadgeMeans()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        var legend = cut.Find("[data-testid='provenance-legend']");
        Assert.Equal(["vendor", "estimate", "user", "derived"], legend.QuerySelectorAll(".legend-entry").Select(e => e.GetAttribute("data-provenance")));
        Assert.Contains("vendor claim", legend.TextContent, StringComparison.Ordinal);
        Assert.Contains("estimate", legend.TextContent, StringComparison.Ordinal);
        Assert.Contains("derived", legend.TextContent, StringComparison.Ordinal);
        // The legend's badges are pictures of the markers, not more tab stops.
        Assert.Empty(legend.QuerySelectorAll("[tabindex]"));
    }

    [Fact]
    public async Task Report_CountsAndFractions_WholeSingularAndInPercent()
    {
        var cut = await RenderEvaluatedAsync(TestCatalog.Template());

        Assert.Equal(("1", "row"), (Text(Row(cut, "factory.rowCount"), ".metric-number"), Text(Row(cut, "factory.rowCount"), ".metric-unit")));
        Assert.DoesNotContain(cut.FindAll(".metric-unit"), u => u.TextContent is "fraction" or "ratio" or "USD" or "USD/year");
        // The rounded text is for people; the exact value stays on the element for anything that reads the page.
        var capex = Row(cut, "economics.capexUsd").QuerySelector(".metric-number")!;
        Assert.Equal(Evaluation.Report!.Metrics.Single(m => m.Id == "economics.capexUsd").Value,
            double.Parse(capex.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
