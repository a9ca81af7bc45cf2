using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Studio.Client.Components.Canvas;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Canvas;

/// <summary>The canvas by keyboard: racks, slots and floor equipment as tab stops that select, move and delete.</summary>
public sealed class CanvasKeyboardTests : StudioTestContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await EditAsync(e => e.Load(TestCatalog.Template()));
    }

    private IRenderedComponent<DesignCanvas> RenderCanvas()
    {
        var cut = Ctx.Render<DesignCanvas>();
        cut.WaitForAssertion(() => cut.Find("[data-equipment-id='cdu-01']"));
        return cut;
    }

    private static KeyboardEventArgs Key(string key, bool shift = false) => new() { Key = key, ShiftKey = shift };

    /// <summary>Finds and presses on the renderer's thread: an evaluation's re-render cannot slip in between.</summary>
    private static Task PressAsync(IRenderedComponent<DesignCanvas> cut, string selector, KeyboardEventArgs key) =>
        cut.InvokeAsync(() => cut.Find(selector).KeyDown(key));

    private static string Slot(string id) => $".rack-slot[data-part-id='{id}']";

    [Fact]
    public void Render_RackHeadSlotsAndEquipment_AreNamedTabStops()
    {
        var cut = RenderCanvas();

        var head = cut.Find("[data-rack-id='rack-01'] .rack-head");
        Assert.Equal(("0", "button"), (head.GetAttribute("tabindex"), head.GetAttribute("role")));
        // Named by what it shows (axe: the visible text must be part of the name).
        Assert.False(head.HasAttribute("aria-label"));
        Assert.Contains("Rack 1", head.TextContent, StringComparison.Ordinal);
        var slot = cut.Find(Slot("ct-01"));
        Assert.Equal(("0", "button", "false"), (slot.GetAttribute("tabindex"), slot.GetAttribute("role"), slot.GetAttribute("aria-pressed")));
        Assert.Equal("Vera Rubin compute tray ct-01, slot 2 of 5 in Rack 1", slot.GetAttribute("aria-label"));
        var cdu = cut.Find("[data-equipment-id='cdu-01']");
        Assert.Equal("0", cdu.GetAttribute("tabindex"));
        Assert.Contains("1 rack connected", cdu.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Enter")]
    [InlineData(" ")]
    public async Task KeyDown_SelectKeyOnASlot_SelectsThePartForTheInspector(string key)
    {
        var cut = RenderCanvas();

        await PressAsync(cut, Slot("ct-02"), Key(key));

        Assert.Equal("ct-02", Editor.SelectedId);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(Slot("ct-02")).GetAttribute("aria-pressed")));
    }

    [Fact]
    public async Task KeyDown_EnterOnTheRackHead_SelectsTheRackNotAPart()
    {
        var cut = RenderCanvas();

        await PressAsync(cut, "[data-rack-id='rack-01'] .rack-head", Key("Enter"));

        Assert.Equal("rack-01", Editor.SelectedId);
    }

    [Fact]
    public async Task KeyDown_DeleteOnASlot_RemovesThatPartAndOffersTheUndo()
    {
        var snackbars = RenderSnackbars();
        var cut = RenderCanvas();

        await PressAsync(cut, Slot("ct-01"), Key("Delete"));

        Assert.Null(Editor.FindPart("ct-01"));
        Assert.NotNull(Editor.FindRack("rack-01"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(Slot("ct-01"))));
        snackbars.WaitForAssertion(() => Assert.Contains("Undo", snackbars.Markup, StringComparison.Ordinal));
    }

    /// <summary>Which element gets focus is seen in the browser test; here, that up and down move focus and select nothing.</summary>
    [Fact]
    public async Task KeyDown_ArrowDownAndUpOnSlots_MoveFocusWithoutSelecting()
    {
        var cut = RenderCanvas();

        await PressAsync(cut, Slot("ct-01"), Key("ArrowDown"));
        await PressAsync(cut, Slot("ps-01"), Key("ArrowUp"));

        cut.WaitForAssertion(() => Assert.Equal(2, Ctx.JSInterop.VerifyFocusAsyncInvoke(2).Count));
        var targets = Ctx.JSInterop.VerifyFocusAsyncInvoke(2).Select(i => Assert.IsType<ElementReference>(i.Arguments[0]).Id).ToList();
        Assert.NotEqual(targets[0], targets[1]);
        Assert.Null(Editor.SelectedId);
    }

    [Fact]
    public async Task KeyDown_ArrowDownOnTheBottomSlot_StaysPut()
    {
        var cut = RenderCanvas();

        await PressAsync(cut, Slot("ct-04"), Key("ArrowDown"));

        Assert.DoesNotContain(Ctx.JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");
    }

    [Fact]
    public async Task KeyDown_ArrowsOnTheRackHead_MoveTheRackByGridSteps()
    {
        var cut = RenderCanvas();
        var start = Editor.FindRack("rack-01")!.Position!;
        var (x, y) = (start.X, start.Y);

        await PressAsync(cut, "[data-rack-id='rack-01'] .rack-head", Key("ArrowRight"));
        await PressAsync(cut, "[data-rack-id='rack-01'] .rack-head", Key("ArrowDown", shift: true));

        var moved = Editor.FindRack("rack-01")!.Position!;
        Assert.Equal((x + 20, y + 100), (moved.X, moved.Y));
        cut.WaitForAssertion(() => Assert.Equal((x + 20, y + 100), (cut.Instance.Diagram.Nodes.Single(n => n.Id == "rack-01").Position.X, cut.Instance.Diagram.Nodes.Single(n => n.Id == "rack-01").Position.Y)));
    }

    [Fact]
    public async Task KeyDown_DeleteOnEquipment_RemovesItWithItsConnection()
    {
        var cut = RenderCanvas();

        await PressAsync(cut, "[data-equipment-id='sw-01']", Key("Delete"));

        Assert.Null(Editor.FindEquipment("sw-01"));
        Assert.Equal(["c-01"], Editor.Document.Connections.Select(c => c.Id));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-equipment-id='sw-01']")));
    }

    [Fact]
    public async Task KeyDown_CtrlDeleteOnASlot_RemovesNothing()
    {
        var cut = RenderCanvas();
        var before = Editor.Revision;

        await PressAsync(cut, Slot("ct-01"), new KeyboardEventArgs { Key = "Delete", CtrlKey = true });

        Assert.Equal(before, Editor.Revision);
        Assert.NotNull(Editor.FindPart("ct-01"));
    }
}
