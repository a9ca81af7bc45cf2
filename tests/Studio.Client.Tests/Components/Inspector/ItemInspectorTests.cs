using Bunit;
using Studio.Client.Components.Inspector;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Inspector;

/// <summary>The inspector's "Connect to…": the keyboard's way to make a connection that otherwise needs a drag.</summary>
public sealed class ItemInspectorTests : StudioTestContext
{
    /// <summary>One rack, and a CDU and a switch on the floor with nothing connected.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await EditAsync(e =>
        {
            e.Load(TestCatalog.OneRack(2));
            e.AddToCanvas(TestCatalog.InRowCdu, 400, 40);
            e.AddToCanvas(TestCatalog.ScaleOutSwitch, 400, 240);
        });
    }

    private static IEnumerable<string?> Targets(IRenderedComponent<ItemInspector> cut) =>
        cut.FindAll("[data-testid='connect-to']").Select(b => b.GetAttribute("data-target"));

    [Fact]
    public void ConnectTo_RackWithUnconnectedEquipment_ListsTheCduAndTheSwitch()
    {
        var cut = Ctx.Render<ItemInspector>(p => p.Add(i => i.ItemId, "rack-01"));

        Assert.Equal(["cdu-01", "sw-01"], Targets(cut));
        Assert.Equal("connect-to-title", cut.Find("[data-testid='connect-targets']").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void ConnectTo_ClickOnTheCdu_ConnectsTheRacksCoolantAndDropsItFromTheList()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<ItemInspector>(p => p.Add(i => i.ItemId, "rack-01"));

        cut.Find("[data-testid='connect-to'][data-target='cdu-01']").Click();

        var connection = Assert.Single(Editor.Document.Connections);
        Assert.Equal(("coolant", "rack-01", "cdu-01"), (connection.Kind, connection.From, connection.To));
        cut.WaitForAssertion(() => Assert.Equal(["sw-01"], Targets(cut)));
        snackbars.WaitForAssertion(() => Assert.Contains("Connected Rack 1 to", snackbars.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ConnectTo_FromTheSwitch_ConnectsTheRackByNetworkAndThenListsNothing()
    {
        var cut = Ctx.Render<ItemInspector>(p => p.Add(i => i.ItemId, "sw-01"));
        Assert.Equal(["rack-01"], Targets(cut));

        cut.Find("[data-testid='connect-to'][data-target='rack-01']").Click();

        Assert.Equal("network", Assert.Single(Editor.Document.Connections).Kind);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='connect-targets']")));
    }

    [Fact]
    public void ConnectTo_PartInARack_IsNotOffered()
    {
        var cut = Ctx.Render<ItemInspector>(p => p.Add(i => i.ItemId, "ct-01"));

        Assert.Empty(cut.FindAll("[data-testid='connect-targets']"));
    }
}
