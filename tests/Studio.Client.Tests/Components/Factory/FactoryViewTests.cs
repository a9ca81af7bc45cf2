using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Studio.Client.Components.Factory;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.Components.Factory;

/// <summary>The factory canvas: a block per hall with its rows, drops of rack designs, and opening a row's design.</summary>
public sealed class FactoryViewTests : StudioTestContext
{
    /// <summary>The template's rack: 4 compute trays of 4 × 1.8 kW GPUs + 2.53 kW (the fake's arithmetic).</summary>
    private const double TemplateRackKw = 4 * (4 * TestCatalog.RubinGpuPowerKw + FakeStudioApi.TrayOverheadKw);

    private StudioView View => Ctx.Services.GetRequiredService<StudioView>();

    private RackDesignDrag DesignDrag => Ctx.Services.GetRequiredService<RackDesignDrag>();

    private async Task<IRenderedComponent<FactoryView>> RenderFactoryAsync(Contracts.Scenarios.ScenarioDocument document)
    {
        await EditAsync(e => e.Load(document));
        await WaitForEvaluationAsync();
        var cut = Ctx.Render<FactoryView>();
        cut.WaitForAssertion(() => cut.Find("[data-testid='hall-block']"));
        return cut;
    }

    [Fact]
    public async Task Render_FiveThousandRackFactory_DrawsOneBlockPerRowNotPerRack()
    {
        var cut = await RenderFactoryAsync(TestFactory.Large(halls: 2, rowsPerHall: 5, racksPerRow: 500));

        Assert.Equal(2, cut.FindAll("[data-testid='hall-block']").Count);
        Assert.Equal(10, cut.FindAll("[data-testid='row-block']").Count);
        Assert.Equal(2, cut.Instance.Diagram.Nodes.Count);
        Assert.Equal("2 halls · 10 rows · 5,000 racks", cut.Find("[data-testid='factory-totals']").TextContent);
        Assert.All(cut.FindAll("[data-testid='row-rack-count']"), count => Assert.Equal("500 racks", count.TextContent));
    }

    [Fact]
    public async Task Render_AfterEvaluation_RowAndHallShowTheReportsSizing()
    {
        var cut = await RenderFactoryAsync(TestFactory.Large(halls: 1, rowsPerHall: 1, racksPerRow: 500));

        // 500 racks × 38.92 kW = 19,460 kW of heat: 10 CDUs needed, 11 with n+1; 500 / 8 = 63 leaves; 63 / 4 = 16 spines.
        var row = cut.Find("[data-row-id='row-1']");
        cut.WaitForAssertion(() => Assert.Equal("8,000 GPUs", row.QuerySelector("[data-figure='gpus']")!.TextContent));
        Assert.Equal($"{Studio.Client.Components.Shared.Format.Number(Math.Round(500 * TemplateRackKw, 1))} kW IT",
            row.QuerySelector("[data-figure='it']")!.TextContent);
        Assert.Equal("11 CDUs (n+1)", row.QuerySelector("[data-figure='cdus']")!.TextContent);
        Assert.Equal("63 leaf switches", row.QuerySelector("[data-figure='leaves']")!.TextContent);
        Assert.Equal("Rack 1", row.QuerySelector("[data-testid='row-design']")!.TextContent);
        Assert.Equal("16 spine switches", cut.Find("[data-hall-id='hall-1'] [data-testid='hall-spines']").TextContent);
    }

    [Fact]
    public async Task Edit_RedundancyTo2N_RowShowsTheDoubledCdusOnceReEvaluated()
    {
        var cut = await RenderFactoryAsync(TestFactory.Large(halls: 1, rowsPerHall: 1, racksPerRow: 500));

        await EditAsync(e => e.SetRowRedundancy("row-1", "2n"));
        await WaitForEvaluationAsync();

        cut.WaitForAssertion(() => Assert.Equal("20 CDUs (2n)", cut.Find("[data-row-id='row-1'] [data-figure='cdus']").TextContent));
    }

    [Fact]
    public async Task Drop_DesignOnHall_AddsARowOfItWithOneRack()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        DesignDrag.Start("rack-02");

        cut.Find("[data-hall-id='hall-1']").Drop();

        var hall = Editor.FindHall("hall-1")!;
        Assert.Equal([("row-1", "rack-01"), ("row-2", "rack-02")], hall.Rows.Select(r => (r.Id, r.Rack)));
        Assert.Equal(1, hall.Rows[1].RackCount);
        Assert.Null(DesignDrag.RackId);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='row-block']").Count));
        Assert.Equal("Rack 2", cut.Find("[data-row-id='row-2'] [data-testid='row-design']").TextContent);
    }

    [Fact]
    public async Task Drop_DesignOnRow_ChangesTheRowsDesignAndAddsNoRow()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow(rackCount: 7));
        DesignDrag.Start("rack-02");

        cut.Find("[data-row-id='row-1']").Drop();

        var row = Assert.Single(Editor.FindHall("hall-1")!.Rows);
        Assert.Equal(("rack-02", 7), (row.Rack, row.RackCount));
        cut.WaitForAssertion(() => Assert.Equal("Rack 2", cut.Find("[data-row-id='row-1'] [data-testid='row-design']").TextContent));
    }

    [Fact]
    public async Task Drop_WithNothingDragged_ChangesNothing()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        var before = JsonSerializer.Serialize(Editor.Document, StudioJsonContext.Default.ScenarioDocument);
        var edits = 0;
        Editor.Changed += _ => edits++;

        cut.Find("[data-hall-id='hall-1']").Drop();
        cut.Find("[data-row-id='row-1']").Drop();

        Assert.Equal(0, edits);
        Assert.Equal(before, JsonSerializer.Serialize(Editor.Document, StudioJsonContext.Default.ScenarioDocument));
    }

    [Fact]
    public async Task DoubleClick_Row_OpensItsRackDesignInTheRackView()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await EditAsync(e => e.SetRowRackDesign("row-1", "rack-02"));
        await EditAsync(_ => View.Show(StudioViewKind.Factory));

        cut.Find("[data-row-id='row-1']").DoubleClick();

        Assert.Equal(StudioViewKind.Rack, View.Current);
        Assert.Equal("rack-02", Editor.SelectedId);
    }

    [Fact]
    public async Task DeleteKey_SelectedRow_RemovesItAndUndoBringsItBack()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        cut.Find("[data-row-id='row-1']").Click();

        cut.Find(".diagram-canvas").KeyDown(new KeyboardEventArgs { Key = "Delete" });

        Assert.Empty(Editor.FindHall("hall-1")!.Rows);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='row-block']")));
        await EditAsync(e => e.Undo());
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='row-block']")));
    }

    [Fact]
    public async Task DeleteKey_RackDesignSelected_LeavesItForTheRackCanvas()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await EditAsync(e => e.Select("rack-01"));

        cut.Find(".diagram-canvas").KeyDown(new KeyboardEventArgs { Key = "Delete" });

        Assert.NotNull(Editor.FindRack("rack-01"));
        Assert.Single(Editor.FindHall("hall-1")!.Rows);
    }

    [Fact]
    public async Task Keyboard_EnterSelectsARowAndShiftEnterOpensItsDesign()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await EditAsync(_ => View.Show(StudioViewKind.Factory));

        cut.Find("[data-row-id='row-1']").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal("row-1", Editor.SelectedId);

        cut.Find("[data-row-id='row-1']").KeyDown(new KeyboardEventArgs { Key = "Enter", ShiftKey = true });
        Assert.Equal((StudioViewKind.Rack, "rack-01"), (View.Current, Editor.SelectedId));
    }

    [Fact]
    public async Task Click_Row_SelectsItAndMarksTheBlock()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());

        cut.Find("[data-row-id='row-1']").Click();

        Assert.Equal("row-1", Editor.SelectedId);
        cut.WaitForAssertion(() => Assert.Contains("selected", cut.Find("[data-row-id='row-1']").ClassList));
    }

    [Fact]
    public async Task AddHallButton_AddsASecondHallBlock()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());

        cut.Find("button[data-testid='add-hall']").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='hall-block']").Count));
        Assert.Equal("hall-2", Editor.SelectedId);
        Assert.Equal("Hall 2", cut.Find("[data-hall-id='hall-2'] .hall-label").TextContent);
    }

    [Fact]
    public async Task AddRowButton_WithASelectedRow_AddsARowOfItsDesignToItsHall()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await EditAsync(e => e.SetRowRackDesign("row-1", "rack-02"));
        await EditAsync(e => e.Select("row-1"));

        cut.Find("button[data-testid='add-row']").Click();

        Assert.Equal(["rack-02", "rack-02"], Editor.FindHall("hall-1")!.Rows.Select(r => r.Rack));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='row-block']").Count));
    }

    [Fact]
    public async Task Undo_AfterAddingARow_RemovesItsBlock()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await EditAsync(e => e.AddRow("hall-1", "rack-02"));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='row-block']").Count));

        await EditAsync(e => e.Undo());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='row-block']")));
    }

    [Fact]
    public async Task Undo_AfterRemovingAHall_DrawsItsBlockAgain()
    {
        var cut = await RenderFactoryAsync(TestFactory.Large(halls: 2, rowsPerHall: 1, racksPerRow: 10));
        await EditAsync(e => e.Remove("hall-2"));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='hall-block']")));

        await EditAsync(e => e.Undo());

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='hall-block']").Count));
        Assert.Equal(2, cut.Instance.Diagram.Nodes.Count);
    }

    [Fact]
    public async Task ZoomButtons_ZoomInAndOutAndShowTheLevel()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());

        cut.Find("button[data-testid='zoom-in']").Click();
        Assert.Equal(1.25, cut.Instance.Diagram.Zoom, 6);
        cut.WaitForAssertion(() => Assert.Equal("125%", cut.Find("[data-testid='zoom-level']").TextContent));

        cut.Find("button[data-testid='zoom-out']").Click();
        cut.Find("button[data-testid='zoom-out']").Click();
        Assert.Equal(0.8, cut.Instance.Diagram.Zoom, 6);
    }

    [Fact]
    public async Task ZoomToFit_TwoTallHalls_FramesBothCentredInTheContainer()
    {
        var cut = await RenderFactoryAsync(TestFactory.Large(halls: 2, rowsPerHall: 5, racksPerRow: 500));
        // The browser measures blocks; bUnit has no layout, so give the nodes the size a browser would report.
        await cut.InvokeAsync(() =>
        {
            foreach (var node in cut.Instance.Diagram.Nodes)
            {
                node.Size = new Blazor.Diagrams.Core.Geometry.Size(340, 700);
            }
        });

        cut.Find("button[data-testid='zoom-fit']").Click();

        // Halls span x 40–800 and y 40–740; with 40 of margin the 1000 × 400 container fits 400 / 780 of them.
        var zoom = 400.0 / 780;
        Assert.Equal(zoom, cut.Instance.Diagram.Zoom, 6);
        Assert.Equal(500 - 420 * zoom, cut.Instance.Diagram.Pan.X, 6);
        Assert.Equal(200 - 390 * zoom, cut.Instance.Diagram.Pan.Y, 6);
    }

    [Fact]
    public async Task ZoomToFit_OneSmallHall_StopsAtFullSizeRatherThanBlowingItUp()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());
        await cut.InvokeAsync(() => cut.Instance.Diagram.Nodes[0].Size = new Blazor.Diagrams.Core.Geometry.Size(340, 120));

        cut.Find("button[data-testid='zoom-fit']").Click();

        Assert.Equal(1, cut.Instance.Diagram.Zoom, 6);
        Assert.Equal(500 - 210, cut.Instance.Diagram.Pan.X, 6);
    }

    [Fact]
    public async Task Render_ReportWithoutHallSummaries_SaysTheRowIsNotSizedRatherThanEvaluating()
    {
        Api.SizesLayout = false;

        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow());

        Assert.Equal("not sized in the last report", cut.Find("[data-row-id='row-1'] [data-testid='row-figures']").TextContent.Trim());
        Assert.Equal("10 racks", cut.Find("[data-row-id='row-1'] [data-testid='row-rack-count']").TextContent);
    }

    [Fact]
    public async Task Render_OneRackInOneRow_SaysRackNotRacks()
    {
        var cut = await RenderFactoryAsync(TestFactory.TwoDesignsOneRow(rackCount: 1));

        Assert.Equal("1 hall · 1 row · 1 rack", cut.Find("[data-testid='factory-totals']").TextContent);
        Assert.Equal("1 rack", cut.Find("[data-row-id='row-1'] [data-testid='row-rack-count']").TextContent);
    }

    [Fact]
    public async Task Render_NoRackDesigns_SaysToDesignARackFirst()
    {
        await EditAsync(e => e.NewEmpty());
        var cut = Ctx.Render<FactoryView>();

        Assert.Contains("design a rack on the rack canvas first", cut.Find("[data-testid='factory-empty']").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("button[data-testid='add-row']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid='hall-block']"));
    }
}
