using AngleSharp.Dom;
using Bunit;
using Studio.Client.Components.Inspector;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Factory;

/// <summary>A selected row in the inspector: its count is text that is never clamped; valid text edits the document.</summary>
public sealed class RowInspectorTests : StudioTestContext
{
    private async Task<IRenderedComponent<InspectorPanel>> RenderRowAsync(int rackCount = 10)
    {
        await EditAsync(e => e.Load(TestFactory.TwoDesignsOneRow(rackCount)));
        await EditAsync(e => e.Select("row-1"));
        var cut = Ctx.Render<InspectorPanel>();
        cut.WaitForAssertion(() => cut.Find("[data-testid='row-inspector']"));
        return cut;
    }

    private static IElement CountInput(IRenderedComponent<InspectorPanel> cut) => cut.Find("input[data-testid='row-count-field']");

    private static string? ErrorOf(IElement input) =>
        input.Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    [Fact]
    public async Task CountField_WholeNumber_SetsTheRowsCountAndIsEvaluated()
    {
        var cut = await RenderRowAsync(rackCount: 10);

        CountInput(cut).Change("250");

        Assert.Equal(250, Editor.FindRow("row-1")!.Value.Row.RackCount);
        await WaitForEvaluationAsync();
        Assert.Equal(250, Api.Evaluated[^1].Factory.Halls[0].Rows[0].RackCount);
        cut.WaitForAssertion(() => Assert.Contains("4,000", cut.Find("[data-testid='row-inspector-figures']").TextContent, StringComparison.Ordinal));
        Assert.Null(ErrorOf(CountInput(cut)));
    }

    [Theory]
    [InlineData("12.5", "Use a whole number: a row holds whole racks.")]
    [InlineData("-3", "Out of range: use a whole number from 0 to 1000000.")]
    [InlineData("1000001", "Out of range: use a whole number from 0 to 1000000.")]
    [InlineData("1,000", "No thousands separators: write 1000, not 1,000.")]
    [InlineData("lots", "Not a number: use a whole number from 0 to 1000000.")]
    [InlineData("", "Enter the racks in the row: use a whole number from 0 to 1000000.")]
    public async Task CountField_InvalidText_ShowsWhyKeepsTheTextAndLeavesTheDocument(string text, string error)
    {
        var cut = await RenderRowAsync(rackCount: 10);
        var edits = 0;
        Editor.Changed += _ => edits++;

        CountInput(cut).Change(text);

        cut.WaitForAssertion(() => Assert.Equal(error, ErrorOf(CountInput(cut))));
        Assert.Equal(text, CountInput(cut).GetAttribute("value"));
        Assert.Equal(10, Editor.FindRow("row-1")!.Value.Row.RackCount);
        Assert.Equal(0, edits);
    }

    [Fact]
    public async Task CountField_UndoAfterAnEdit_ShowsTheDocumentsCountAgain()
    {
        var cut = await RenderRowAsync(rackCount: 10);
        CountInput(cut).Change("40");

        await EditAsync(e => e.Undo());

        cut.WaitForAssertion(() => Assert.Equal("10", CountInput(cut).GetAttribute("value")));
    }

    [Fact]
    public async Task LabelField_RenamesTheRow()
    {
        var cut = await RenderRowAsync();

        cut.Find("input[data-testid='row-label-field']").Change("Pod A");

        Assert.Equal("Pod A", Editor.FindRow("row-1")!.Value.Row.Label);
    }

    [Fact]
    public async Task DeleteButton_RemovesTheRowAndShowsTheScenarioAgain()
    {
        var cut = await RenderRowAsync();

        cut.Find("button[data-testid='delete-row']").Click();

        Assert.Empty(Editor.FindHall("hall-1")!.Rows);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='row-inspector']")));
    }

    [Fact]
    public async Task SelectedHall_ShowsTheHallInspector()
    {
        await EditAsync(e => e.Load(TestFactory.TwoDesignsOneRow(rackCount: 10)));
        await EditAsync(e => e.Select("hall-1"));

        var cut = Ctx.Render<InspectorPanel>();

        Assert.Contains("hall-1 · 1 row · 10 racks", cut.Find("[data-testid='hall-inspector']").TextContent, StringComparison.Ordinal);
    }
}
