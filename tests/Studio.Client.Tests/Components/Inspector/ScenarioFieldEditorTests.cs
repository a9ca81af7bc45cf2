using AngleSharp.Dom;
using Bunit;
using Studio.Client.Components.Inspector;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Inspector;

/// <summary>
/// The scenario inspector's numeric fields, built from the served field table: invalid text stays as typed with an
/// error on the field and the document unchanged; it is never clamped or rewritten.
/// </summary>
public sealed class ScenarioFieldEditorTests : StudioTestContext
{
    private const string Supply = "site.coolantSupplyC";

    public static TheoryData<string> Paths => [.. TestCatalog.Catalog.ScenarioFields.Select(f => f.Path)];

    private async Task<IRenderedComponent<InspectorPanel>> RenderScenarioAsync()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));
        return Ctx.Render<InspectorPanel>();
    }

    private static IElement Input(IRenderedComponent<InspectorPanel> cut, string path) => cut.Find($"input[data-field='{path}']");

    /// <summary>The error under a field, or null when it shows none.</summary>
    private static string? ErrorOf(IRenderedComponent<InspectorPanel> cut, string path) =>
        Input(cut, path).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    [Theory]
    [InlineData("45,5", "Use a point for decimals (45.5) and no thousands separators.")]
    [InlineData("-5", "Out of range: use a value from 5 to 70 °C.")]
    [InlineData("71", "Out of range: use a value from 5 to 70 °C.")]
    [InlineData("warm", "Not a number: use a value from 5 to 70 °C.")]
    [InlineData("", "Enter a value: use a value from 5 to 70 °C.")]
    public async Task InvalidText_ShowsTheErrorKeepsTheTextAndLeavesTheDocument(string text, string error)
    {
        var cut = await RenderScenarioAsync();
        var edits = 0;
        Editor.Changed += _ => edits++;

        Input(cut, Supply).Change(text);

        cut.WaitForAssertion(() => Assert.Equal(error, ErrorOf(cut, Supply)));
        Assert.Equal(text, Input(cut, Supply).GetAttribute("value"));
        Assert.Equal(45, Editor.Document.Site.CoolantSupplyC);
        Assert.Equal(0, edits);
    }

    [Fact]
    public async Task ExponentText_IsTheExactValueAndStaysAsTyped()
    {
        var cut = await RenderScenarioAsync();

        Input(cut, Supply).Change("4e1");

        Assert.Equal(40, Editor.Document.Site.CoolantSupplyC);
        cut.WaitForAssertion(() => Assert.Equal("4e1", Input(cut, Supply).GetAttribute("value")));
        Assert.Null(ErrorOf(cut, Supply));
    }

    [Fact]
    public async Task ValidTextAfterAnError_ClearsTheErrorAndUpdatesTheDocument()
    {
        var cut = await RenderScenarioAsync();
        Input(cut, Supply).Change("-5");

        Input(cut, Supply).Change("38.5");

        Assert.Equal(38.5, Editor.Document.Site.CoolantSupplyC);
        cut.WaitForAssertion(() => Assert.Null(ErrorOf(cut, Supply)));
    }

    [Fact]
    public async Task Undo_AfterAnEdit_ShowsTheDocumentsValueAgain()
    {
        var cut = await RenderScenarioAsync();
        Input(cut, Supply).Change("40");

        await EditAsync(e => e.Undo());

        cut.WaitForAssertion(() => Assert.Equal("45", Input(cut, Supply).GetAttribute("value")));
    }

    [Fact]
    public async Task FractionalText_InAWholeNumberField_IsAnError()
    {
        var cut = await RenderScenarioAsync();

        Input(cut, "factory.crews").Change("2.5");

        cut.WaitForAssertion(() => Assert.Equal("Use a whole number.", ErrorOf(cut, "factory.crews")));
        Assert.Equal(4, Editor.Document.Factory.Crews);
    }

    [Fact]
    public async Task ScaledField_ShowsTheRangeInItsOwnUnit()
    {
        var cut = await RenderScenarioAsync();

        Input(cut, "workload.training.trainingTokens").Change("20000");

        cut.WaitForAssertion(() => Assert.Equal("Out of range: use a value from 0.000001 to 10000 trillions.",
            ErrorOf(cut, "workload.training.trainingTokens")));
        Assert.Null(Editor.Document.Workload.Training);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryServedField_IsEditableThroughItsEditor(string path)
    {
        var field = TestCatalog.Catalog.ScenarioFields.Single(f => f.Path == path);
        var cut = await RenderScenarioAsync();
        // A third of the way into the range, in the editor's unit: valid and never a default.
        var edited = (field.Min + ((field.Max - field.Min) / 3)) / field.EditorScale;
        var text = (field.Integer ? Math.Floor(edited) : Math.Round(edited, 3)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Input(cut, path).Change(text);

        Assert.Null(ErrorOf(cut, path));
        var expected = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) * field.EditorScale;
        Assert.Equal(expected, ScenarioFieldAccessors.ByPath[path].Get(Editor.Document));
    }

    [Fact]
    public async Task OptionalFieldCleared_LeavesTheMemberOut()
    {
        var cut = await RenderScenarioAsync();
        Input(cut, "site.chillerCop").Change("6");
        Assert.Equal(6, Editor.Document.Site.ChillerCop);

        Input(cut, "site.chillerCop").Change("");

        cut.WaitForAssertion(() => Assert.Null(Editor.Document.Site.ChillerCop));
        Assert.Null(ErrorOf(cut, "site.chillerCop"));
    }
}
