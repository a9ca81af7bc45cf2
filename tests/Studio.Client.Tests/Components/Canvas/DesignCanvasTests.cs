using System.Text.Json;
using Blazor.Diagrams.Components.Renderers;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Studio.Client.Components.Canvas;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.Components.Canvas;

public sealed class DesignCanvasTests : StudioTestContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
    }

    private string DocumentJson => JsonSerializer.Serialize(Editor.Document, StudioJsonContext.Default.ScenarioDocument);

    private IRenderedComponent<DesignCanvas> RenderCanvas()
    {
        var cut = Ctx.Render<DesignCanvas>();
        cut.WaitForAssertion(() => cut.Find("[data-rack-id='rack-01']"));
        return cut;
    }

    [Fact]
    public void Render_DocumentWithOneRack_ShowsTheRackElevationTopToBottom()
    {
        var cut = RenderCanvas();

        Assert.Equal(["ps-01", "ct-01", "ct-02"], cut.FindAll("[data-rack-id='rack-01'] .rack-slot").Select(s => s.GetAttribute("data-part-id")));
        Assert.Equal("Rack 1", cut.Find(".rack-label").TextContent);
        Assert.Contains("45U free", cut.Find(".rack-free").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Drop_TrayOnRackFreeZone_AddsItAtTheBottomWithANewId()
    {
        var cut = RenderCanvas();
        Drag.Start(TestCatalog.ComputeTray);

        cut.Find("[data-rack-id='rack-01'] .rack-free").Drop(new DragEventArgs { ClientX = 100, ClientY = 300 });

        Assert.Equal(["ps-01", "ct-01", "ct-02", "ct-03"], Editor.FindRack("rack-01")!.Parts.Select(p => p.Id));
        Assert.Null(Drag.PartId);
        cut.WaitForAssertion(() =>
            Assert.Equal(["ps-01", "ct-01", "ct-02", "ct-03"], cut.FindAll("[data-rack-id='rack-01'] .rack-slot").Select(s => s.GetAttribute("data-part-id"))));
        Assert.Empty(Editor.Document.Equipment);
    }

    [Fact]
    public void Drop_TrayOnASlot_InsertsItBeforeThatSlot()
    {
        var cut = RenderCanvas();
        Drag.Start(TestCatalog.SwitchTray);

        cut.Find(".rack-slot[data-part-id='ct-01']").Drop(new DragEventArgs { ClientX = 100, ClientY = 60 });

        Assert.Equal(["ps-01", "nvs-01", "ct-01", "ct-02"], Editor.FindRack("rack-01")!.Parts.Select(p => p.Id));
        Assert.Equal("nvs-01", Editor.SelectedId);
        cut.WaitForAssertion(() => Assert.Contains("selected", cut.Find(".rack-slot[data-part-id='nvs-01']").ClassList));
    }

    [Fact]
    public void Drop_TwoTraysInARow_GetDistinctIds()
    {
        var cut = RenderCanvas();

        Drag.Start(TestCatalog.ComputeTray);
        cut.Find(".rack-free").Drop();
        Drag.Start(TestCatalog.ComputeTray);
        cut.Find(".rack-slot[data-part-id='ps-01']").Drop();

        Assert.Equal(["ct-04", "ps-01", "ct-01", "ct-02", "ct-03"], Editor.FindRack("rack-01")!.Parts.Select(p => p.Id));
    }

    [Fact]
    public async Task Drop_FloorPartOnCanvas_AddsEquipmentAtTheDropPointInCanvasUnits()
    {
        var cut = RenderCanvas();
        await SetViewAsync(cut, 2, 100, 50);
        Drag.Start(TestCatalog.InRowCdu);

        cut.Find(".canvas-host").Drop(new DragEventArgs { ClientX = 700, ClientY = 250 });

        // Container at (0, 0): ((700 - 100) / 2, (250 - 50) / 2).
        var cdu = Assert.Single(Editor.Document.Equipment);
        Assert.Equal(("cdu-01", TestCatalog.InRowCdu, 300.0, 100.0), (cdu.Id, cdu.PartId, cdu.Position!.X, cdu.Position.Y));
        cut.WaitForAssertion(() => cut.Find("[data-equipment-id='cdu-01']"));
        Assert.Contains("In-row CDU (2 MW)", cut.Find("[data-equipment-id='cdu-01'] .equipment-label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Drop_FloorPartOnARack_PlacesItOnTheCanvasNotInTheRack()
    {
        var cut = RenderCanvas();
        Drag.Start(TestCatalog.ScaleOutSwitch);

        cut.Find(".rack-slot[data-part-id='ct-01']").Drop(new DragEventArgs { ClientX = 140, ClientY = 90 });

        var sw = Assert.Single(Editor.Document.Equipment);
        Assert.Equal(("sw-01", 140.0, 90.0), (sw.Id, sw.Position!.X, sw.Position.Y));
        Assert.Equal(3, Editor.FindRack("rack-01")!.Parts.Count);
    }

    [Fact]
    public void Drop_TrayOnEmptyCanvas_IsRefusedAndTheDocumentIsUnchanged()
    {
        var snackbars = RenderSnackbars();
        var cut = RenderCanvas();
        var before = DocumentJson;
        Drag.Start(TestCatalog.ComputeTray);

        cut.Find(".canvas-host").Drop(new DragEventArgs { ClientX = 800, ClientY = 300 });

        Assert.Equal(before, DocumentJson);
        Assert.Null(Drag.PartId);
        snackbars.WaitForAssertion(() =>
            Assert.Contains("Vera Rubin compute tray mounts in a rack: drop it onto a rack.", snackbars.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Drop_WithNothingDragged_ChangesNothing()
    {
        var cut = RenderCanvas();
        var before = DocumentJson;

        cut.Find(".canvas-host").Drop(new DragEventArgs { ClientX = 800, ClientY = 300 });
        cut.Find(".rack-free").Drop();

        Assert.Equal(before, DocumentJson);
    }

    [Fact]
    public async Task Evaluation_RackHeader_ShowsTheRacksSummaryFromTheReport()
    {
        var cut = RenderCanvas();

        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        // 3 × 9.73 kW, rounded to one decimal; no coolant connection, so no return temperature.
        cut.WaitForAssertion(() => Assert.Equal("12 GPUs · 29.2 kW", cut.Find("[data-testid='rack-summary']").TextContent));
    }

    [Fact]
    public async Task Evaluation_RackOnACdu_SummaryAddsTheCoolantReturnAndTheLinksAreDrawn()
    {
        var cut = RenderCanvas();

        await EditAsync(e => e.Load(TestCatalog.Template()));

        // 45 °C supply + 9.96 °C rise = 54.96, shown as 55.
        cut.WaitForAssertion(() => Assert.Equal("16 GPUs · 38.9 kW · 55 °C out", cut.Find("[data-testid='rack-summary']").TextContent));
        Assert.Equal(["c-01", "c-02"], cut.Instance.Diagram.Links.Select(l => l.Id).Order());
        Assert.Contains("1 rack connected", cut.Find("[data-equipment-id='cdu-01']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_AfterADrop_RemovesTheSlotFromTheCanvas()
    {
        var cut = RenderCanvas();
        Drag.Start(TestCatalog.ComputeTray);
        cut.Find(".rack-free").Drop();
        cut.WaitForAssertion(() => cut.Find(".rack-slot[data-part-id='ct-03']"));

        await EditAsync(e => e.Undo());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".rack-slot[data-part-id='ct-03']")));
    }

    [Fact]
    public async Task DrawLink_FromRackPortToCduPort_AddsACoolantConnectionDrawnInItsColour()
    {
        var document = TestCatalog.Template();
        document.Connections.Clear();
        await EditAsync(e => e.Load(document));
        var cut = RenderCanvas();
        cut.WaitForAssertion(() => cut.Find("[data-node-id='cdu-01'] .diagram-port"));

        cut.Find("[data-node-id='rack-01'] .diagram-port").PointerDown(Pointer(300, 100));
        cut.Find("[data-node-id='cdu-01'] .diagram-port").PointerUp(Pointer(420, 60));

        var connection = Assert.Single(Editor.Document.Connections);
        Assert.Equal(("coolant", "rack-01", "cdu-01"), (connection.Kind, connection.From, connection.To));
        // The drawn link is replaced by the document's connection, in the coolant colour.
        Assert.Equal([connection.Id], cut.Instance.Diagram.Links.Select(l => l.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("path[stroke='#3aa6ff']")));
    }

    private static PointerEventArgs Pointer(double x, double y) =>
        new() { ClientX = x, ClientY = y, Button = 0, PointerType = "mouse", IsPrimary = true };

    [Fact]
    public async Task DeleteKey_WithAPartSelected_RemovesItThroughTheEditor()
    {
        var cut = RenderCanvas();
        await EditAsync(e => e.Select("ct-02"));

        cut.Find(".diagram-canvas").KeyDown(new KeyboardEventArgs { Key = "Delete" });

        Assert.Null(Editor.FindPart("ct-02"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".rack-slot[data-part-id='ct-02']")));
    }

    [Fact]
    public void ClickOnEmptyCanvas_WithAPartInARackSelected_ClearsTheSelection()
    {
        var cut = RenderCanvas();
        cut.Find(".rack-slot[data-part-id='ct-01']").PointerDown(Pointer(100, 60));
        cut.Find(".rack-slot[data-part-id='ct-01']").PointerUp(Pointer(100, 60));
        cut.Find(".rack-slot[data-part-id='ct-01']").Click();
        Assert.Equal("ct-01", Editor.SelectedId);

        // Pressed and released on the canvas itself, with no node under the pointer: the diagram calls that a click.
        cut.Find(".diagram-canvas").PointerDown(Pointer(900, 350));
        cut.Find(".diagram-canvas").PointerUp(Pointer(900, 350));

        Assert.Null(Editor.SelectedId);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".rack-slot.selected")));
    }

    [Fact]
    public async Task Load_AfterPanningAway_FitsTheNewDesignInView()
    {
        var cut = RenderCanvas();
        await SetViewAsync(cut, 2, -3000, -2000);

        await EditAsync(e => e.Load(TestCatalog.Template()));
        await MeasureNodesAsync(cut);

        cut.WaitForAssertion(() =>
        {
            var diagram = cut.Instance.Diagram;
            Assert.Equal(3, diagram.Nodes.Count);
            Assert.All(diagram.Nodes, node =>
            {
                // Every node's box on screen lies inside the 1000 × 400 canvas.
                Assert.NotNull(node.Size);
                var (x, y) = (diagram.Pan.X + node.Position.X * diagram.Zoom, diagram.Pan.Y + node.Position.Y * diagram.Zoom);
                Assert.InRange(x, 0, 1000);
                Assert.InRange(y, 0, 400);
                Assert.InRange(x + node.Size!.Width * diagram.Zoom, 0, 1000);
                Assert.InRange(y + node.Size.Height * diagram.Zoom, 0, 400);
            });
        });
    }

    [Fact]
    public async Task ZoomButtons_ZoomAboutTheMiddleOfTheCanvasWithinTheLimits()
    {
        var cut = RenderCanvas();
        await SetViewAsync(cut, 1, 100, 50);
        // The canvas point under the middle (500, 200) of the 1000 × 400 canvas.
        var middle = cut.Instance.Diagram.GetRelativeMousePoint(500, 200);

        cut.Find("[data-testid='zoom-in']").Click();

        Assert.Equal(1.25, cut.Instance.Diagram.Zoom, 6);
        var after = cut.Instance.Diagram.GetRelativeMousePoint(500, 200);
        Assert.Equal((middle.X, middle.Y), (Math.Round(after.X, 6), Math.Round(after.Y, 6)));

        for (var i = 0; i < 12; i++)
        {
            cut.Find("[data-testid='zoom-out']").Click();
        }

        Assert.Equal(0.3, cut.Instance.Diagram.Zoom, 6);
    }

    [Fact]
    public async Task FitButton_AfterPanningAway_BringsTheRackBack()
    {
        var cut = RenderCanvas();
        await MeasureNodesAsync(cut);
        await cut.InvokeAsync(() => cut.Instance.Diagram.SetPan(-5000, 3000));

        cut.Find("[data-testid='zoom-fit']").Click();

        var diagram = cut.Instance.Diagram;
        var rack = diagram.Nodes[0];
        Assert.InRange(diagram.Pan.X + rack.Position.X * diagram.Zoom, 0, 1000);
        Assert.InRange(diagram.Pan.Y + rack.Position.Y * diagram.Zoom, 0, 400);
        Assert.InRange(diagram.Zoom, 0.3, 1);
    }

    /// <summary>
    /// What the browser's resize observer does once a node is on screen: reports its size (here, a rack's 300 × 800
    /// screen pixels). bUnit runs no observer, and a fit waits for every node's size.
    /// </summary>
    private static async Task MeasureNodesAsync(IRenderedComponent<DesignCanvas> cut)
    {
        cut.WaitForAssertion(() => Assert.Equal(cut.Instance.Diagram.Nodes.Count, cut.FindComponents<NodeRenderer>().Count));
        foreach (var renderer in cut.FindComponents<NodeRenderer>())
        {
            await cut.InvokeAsync(() => renderer.Instance.OnResize(new Size(300, 800)));
        }
    }

    private static Task SetViewAsync(IRenderedComponent<DesignCanvas> cut, double zoom, double panX, double panY) =>
        cut.InvokeAsync(() =>
        {
            cut.Instance.Diagram.SetZoom(zoom);
            cut.Instance.Diagram.SetPan(panX, panY);
        });
}
