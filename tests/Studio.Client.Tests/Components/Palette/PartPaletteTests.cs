using Bunit;
using Studio.Client.Components.Palette;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Palette;

public sealed class PartPaletteTests : StudioTestContext
{
    [Fact]
    public void Render_Catalog_OneGroupPerGenerationWithParts()
    {
        var cut = Ctx.Render<PartPalette>();

        var groups = cut.FindAll(".palette-group");
        // GB200 has no parts in the test catalog: it gets no group.
        Assert.Equal(["veraRubin", "gb300"], groups.Select(g => g.GetAttribute("data-generation")));
        Assert.Equal(["Vera Rubin", "GB300"], groups.Select(g => g.QuerySelector(".palette-group-title")!.TextContent));
        // The frame first, then what goes in it, then what stands beside it.
        Assert.Equal(
            [TestCatalog.Rack, TestCatalog.ComputeTray, TestCatalog.SwitchTray, TestCatalog.PowerShelf, TestCatalog.InRowCdu, TestCatalog.ScaleOutSwitch],
            groups[0].QuerySelectorAll(".palette-item").Select(i => i.GetAttribute("data-part-id")));
        Assert.Equal([TestCatalog.Gb300ComputeTray], groups[1].QuerySelectorAll(".palette-item").Select(i => i.GetAttribute("data-part-id")));
    }

    [Fact]
    public void Render_KindTheClientHasNoCodeFor_ListsItAtItsPaletteOrder()
    {
        Catalog.Use(TestCatalog.WithStorageTray, TestCatalog.Templates);

        var cut = Ctx.Render<PartPalette>();

        // Order 35 sits between the switch tray (30) and the power shelf (40), though the catalog lists it last.
        Assert.Equal(
            [TestCatalog.Rack, TestCatalog.ComputeTray, TestCatalog.SwitchTray, TestCatalog.StorageTray.Id, TestCatalog.PowerShelf, TestCatalog.InRowCdu, TestCatalog.ScaleOutSwitch],
            cut.Find(".palette-group[data-generation='veraRubin']").QuerySelectorAll(".palette-item").Select(i => i.GetAttribute("data-part-id")));
    }

    [Fact]
    public void Render_EachItem_IsDraggableWithItsIconNameAndMeta()
    {
        var cut = Ctx.Render<PartPalette>();

        foreach (var part in TestCatalog.Catalog.Parts)
        {
            var item = cut.Find($".palette-item[data-part-id='{part.Id}']");
            Assert.Equal("true", item.GetAttribute("draggable"));
            Assert.Equal(part.Icon, item.QuerySelector("img.palette-icon")!.GetAttribute("src"));
            Assert.Equal(part.Name, item.QuerySelector(".palette-name")!.TextContent);
        }

        Assert.Equal("1U · 9.73 kW", cut.Find($"[data-part-id='{TestCatalog.ComputeTray}'] .palette-meta").TextContent);
        Assert.Equal("floor · 20 kW", cut.Find($"[data-part-id='{TestCatalog.InRowCdu}'] .palette-meta").TextContent);
        Assert.Equal("floor", cut.Find($"[data-part-id='{TestCatalog.Rack}'] .palette-meta").TextContent);
    }

    [Fact]
    public void DragStart_OnItem_SetsPaletteDragAndDragEndClearsIt()
    {
        var cut = Ctx.Render<PartPalette>();
        var item = cut.Find($".palette-item[data-part-id='{TestCatalog.InRowCdu}']");

        item.DragStart();
        Assert.Equal(TestCatalog.InRowCdu, Drag.PartId);

        item.DragEnd();
        Assert.Null(Drag.PartId);
    }

    [Fact]
    public async Task AddButton_TrayWithARackSelected_AddsTheTrayToThatRack()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks.Add(new() { Id = "rack-02", PartId = TestCatalog.Rack, Label = "Rack 2" });
        await EditAsync(e => e.Load(document));
        await EditAsync(e => e.Select("rack-02"));
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<PartPalette>();

        cut.Find("button[aria-label='Add Vera Rubin compute tray']").Click();

        var added = Assert.Single(Editor.FindRack("rack-02")!.Parts);
        Assert.Equal(("ct-02", TestCatalog.ComputeTray), (added.Id, added.PartId));
        Assert.Equal(2, Editor.FindRack("rack-01")!.Parts.Count);
        snackbars.WaitForAssertion(() => Assert.Contains("Added Vera Rubin compute tray to Rack 2.", snackbars.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddButton_TrayWithAPartSelected_AddsToThatPartsRack()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks.Insert(0, new() { Id = "rack-02", PartId = TestCatalog.Rack });
        await EditAsync(e => e.Load(document));
        await EditAsync(e => e.Select("ct-01"));
        var cut = Ctx.Render<PartPalette>();

        cut.Find("button[aria-label='Add NVLink 6 switch tray']").Click();

        Assert.Equal("nvs-01", Editor.FindRack("rack-01")!.Parts[^1].Id);
        Assert.Empty(Editor.FindRack("rack-02")!.Parts);
    }

    [Fact]
    public void AddButton_TrayWithNoRack_ShowsARefusalAndChangesNothing()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<PartPalette>();

        cut.Find("button[aria-label='Add Vera Rubin compute tray']").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Add a rack first: Vera Rubin compute tray mounts in one.", snackbars.Markup, StringComparison.Ordinal));
        Assert.True(Editor.IsEmpty);
        Assert.False(Editor.CanUndo);
    }

    [Fact]
    public async Task AddButton_FloorParts_LandRightOfEverythingOnTheCanvas()
    {
        await EditAsync(e => e.Load(TestCatalog.OneRack(1)));
        var cut = Ctx.Render<PartPalette>();

        cut.Find("button[aria-label='Add In-row CDU (2 MW)']").Click();
        cut.Find("button[aria-label='Add Vera Rubin NVL72 rack']").Click();

        var cdu = Assert.Single(Editor.Document.Equipment);
        Assert.Equal(("cdu-01", 380.0, 40.0), (cdu.Id, cdu.Position!.X, cdu.Position.Y));
        Assert.Equal((700.0, 40.0), (Editor.FindRack("rack-02")!.Position!.X, Editor.FindRack("rack-02")!.Position!.Y));
    }

    [Fact]
    public void Search_AsYouType_ListsOnlyMatchingPartsInTheirGroups()
    {
        var cut = Ctx.Render<PartPalette>();

        cut.Find("input[data-testid='palette-search']").Input("compute TRAY");

        cut.WaitForAssertion(() => Assert.Equal([TestCatalog.ComputeTray, TestCatalog.Gb300ComputeTray],
            cut.FindAll(".palette-item").Select(i => i.GetAttribute("data-part-id"))));

        // A generation's name matches its parts; words may match different fields.
        cut.Find("input[data-testid='palette-search']").Input("gb300");

        cut.WaitForAssertion(() => Assert.Equal(["gb300"], cut.FindAll(".palette-group").Select(g => g.GetAttribute("data-generation"))));

        cut.Find("input[data-testid='palette-search']").Input("busbar shelf");

        cut.WaitForAssertion(() => Assert.Equal([TestCatalog.PowerShelf], cut.FindAll(".palette-item").Select(i => i.GetAttribute("data-part-id"))));
    }

    [Fact]
    public void Search_NothingMatches_SaysSoAndClearingBringsAllBack()
    {
        var cut = Ctx.Render<PartPalette>();

        cut.Find("input[data-testid='palette-search']").Input("flux capacitor");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".palette-item")));
        Assert.Contains("flux capacitor", cut.Find("[data-testid='palette-no-match']").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid='palette-search']").Input("");

        cut.WaitForAssertion(() => Assert.Equal(TestCatalog.Catalog.Parts.Count, cut.FindAll(".palette-item").Count));
        Assert.Empty(cut.FindAll("[data-testid='palette-no-match']"));
    }
}
