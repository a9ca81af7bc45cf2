using Bunit;
using Studio.Client.Pages;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Pages;

/// <summary>The studio's two views: the toggle, the factory in the middle with its design list, and back to a rack.</summary>
public sealed class StudioPageFactoryTests : StudioTestContext
{
    private protected override bool PreloadCatalog => false;

    private async Task<IRenderedComponent<StudioPage>> RenderWithFactoryAsync()
    {
        var cut = Ctx.Render<StudioPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid='studio']"));
        await EditAsync(e => e.Load(TestFactory.TwoDesignsOneRow(rackCount: 10)));
        return cut;
    }

    [Fact]
    public async Task ViewToggle_Factory_ShowsTheFactoryAndTheRackDesignsInsteadOfTheCanvasAndPalette()
    {
        var cut = await RenderWithFactoryAsync();
        Assert.Equal("true", cut.Find("button[data-testid='view-rack']").GetAttribute("aria-pressed"));

        cut.Find("button[data-testid='view-factory']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='factory-view']"));
        Assert.Equal("true", cut.Find("button[data-testid='view-factory']").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("[data-testid='canvas']"));
        Assert.Empty(cut.FindAll(".palette-item"));
        Assert.Equal(2, cut.FindAll("[data-testid='rack-design-list'] .design-item").Count);
        Assert.Single(cut.FindAll("[data-testid='row-block']"));
    }

    [Fact]
    public async Task FactoryRow_Selected_ShowsTheRowInspectorAndItsCountEditsTheFactory()
    {
        var cut = await RenderWithFactoryAsync();
        cut.Find("button[data-testid='view-factory']").Click();
        cut.WaitForAssertion(() => cut.Find("[data-row-id='row-1']"));

        cut.Find("[data-row-id='row-1']").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid='row-inspector']"));

        // Once in a full run under load the first change left the count at 10 (likely a report re-rendering the
        // inspector between finding the field and changing it; not proven). Set it until it holds: 30 twice is one edit.
        cut.WaitForAssertion(() =>
        {
            cut.Find("input[data-testid='row-count-field']").Change("30");
            Assert.Equal(30, Editor.FindRow("row-1")!.Value.Row.RackCount);
        });
        cut.WaitForAssertion(() => Assert.Equal("30 racks", cut.Find("[data-row-id='row-1'] [data-testid='row-rack-count']").TextContent));
        await WaitForEvaluationAsync();
        cut.WaitForAssertion(() => Assert.Equal("480 GPUs", cut.Find("[data-row-id='row-1'] [data-figure='gpus']").TextContent));
    }

    [Fact]
    public async Task FactoryRow_DoubleClicked_OpensTheRackCanvasWithItsDesignSelected()
    {
        var cut = await RenderWithFactoryAsync();
        await EditAsync(e => e.SetRowRackDesign("row-1", "rack-02"));
        cut.Find("button[data-testid='view-factory']").Click();
        cut.WaitForAssertion(() => cut.Find("[data-row-id='row-1']"));

        cut.Find("[data-row-id='row-1']").DoubleClick();

        cut.WaitForAssertion(() => cut.Find("[data-testid='canvas']"));
        Assert.Empty(cut.FindAll("[data-testid='factory-view']"));
        Assert.Equal("rack-02", Editor.SelectedId);
        Assert.Contains("selected", cut.Find("[data-rack-id='rack-02']").ClassList);
    }
}
