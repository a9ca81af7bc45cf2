using AngleSharp.Dom;
using Bunit;
using Studio.Client.Components.Inspector;
using Studio.Client.Tests.Support;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.Components.Inspector;

public sealed class InspectorPanelTests : StudioTestContext
{
    private const string GpuPowerRow = $"[data-setting='{TestCatalog.GpuPowerSetting}']";

    private Dictionary<string, double>? Ct01Settings => Editor.FindPart("ct-01")!.Value.Part.Settings;

    private async Task<IRenderedComponent<InspectorPanel>> RenderWithSelectionAsync(string? id, ScenarioDocument? document = null)
    {
        await EditAsync(e => e.Load(document ?? TestCatalog.OneRack(2)));
        await EditAsync(e => e.Select(id));
        return Ctx.Render<InspectorPanel>();
    }

    private static IElement GpuPowerInput(IRenderedComponent<InspectorPanel> cut) => cut.Find($"{GpuPowerRow} input");

    [Fact]
    public async Task SelectedPart_ShowsItsNameSettingsAndFiguresWithProvenance()
    {
        var cut = await RenderWithSelectionAsync("ct-01");

        Assert.Equal("Vera Rubin compute tray", cut.Find(".inspector-title .mud-typography-subtitle1").TextContent);
        Assert.StartsWith("ct-01 · ", cut.Find(".inspector-title .muted").TextContent, StringComparison.Ordinal);
        Assert.Contains("In Rack 1, slot 2 of 3", cut.Find(".inspector-row").TextContent, StringComparison.Ordinal);
        Assert.Equal("1.8", GpuPowerInput(cut).GetAttribute("value"));
        Assert.Contains("Catalog: 1.8 kW.", cut.Find(GpuPowerRow).TextContent, StringComparison.Ordinal);
        Assert.Equal("E", cut.Find($"{GpuPowerRow} .provenance").TextContent);

        var rows = cut.FindAll(".figure-table tr");
        Assert.Equal(["GPUs", "GPU power", "Tray power"], rows.Select(r => r.QuerySelector(".figure-label")!.TextContent));
        Assert.Equal(["V", "E", "D·E"], rows.Select(r => r.QuerySelector(".provenance")!.TextContent));
        Assert.Equal(["vendor", "estimate", "derived"], rows.Select(r => r.QuerySelector(".provenance")!.GetAttribute("data-provenance")));
        Assert.Equal("9.73 kW9.5 – 11.9", rows[2].QuerySelector(".figure-value")!.TextContent);
    }

    [Fact]
    public async Task SettingChange_StoresTheOverrideInTheDocumentAndOffersAReset()
    {
        var cut = await RenderWithSelectionAsync("ct-01");

        GpuPowerInput(cut).Change("2.1");

        Assert.Equal(2.1, Ct01Settings![TestCatalog.GpuPowerSetting]);
        Assert.NotNull(cut.Find($"{GpuPowerRow} button[aria-label^='Reset GPU power limit']"));
        Assert.Empty(cut.FindAll($"{GpuPowerRow} .provenance"));
        Assert.Contains("Your value; the catalog says 1.8 kW.", cut.Find(GpuPowerRow).TextContent, StringComparison.Ordinal);
        // The fake evaluation sees the override: 4 × 2.1 + 2.53 kW for ct-01 plus 9.73 kW for ct-02.
        await WaitUntilAsync(() => Evaluation.RackSummary("rack-01")?.ItPowerKw == 20.66, "the report with the override");
    }

    [Fact]
    public async Task SettingChange_ToTheCatalogValue_IsNotAnOverride()
    {
        var cut = await RenderWithSelectionAsync("ct-01");

        GpuPowerInput(cut).Change("1.8");

        Assert.False(Ct01Settings?.ContainsKey(TestCatalog.GpuPowerSetting) ?? false);
    }

    [Fact]
    public async Task ResetButton_RemovesTheOverrideAndShowsTheCatalogValueAgain()
    {
        var cut = await RenderWithSelectionAsync("ct-01");
        GpuPowerInput(cut).Change("2.1");

        cut.Find($"{GpuPowerRow} button[aria-label^='Reset']").Click();

        Assert.False(Ct01Settings?.ContainsKey(TestCatalog.GpuPowerSetting) ?? false);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("1.8", GpuPowerInput(cut).GetAttribute("value"));
            Assert.Empty(cut.FindAll($"{GpuPowerRow} button[aria-label^='Reset']"));
            Assert.Equal("E", cut.Find($"{GpuPowerRow} .provenance").TextContent);
        });
    }

    [Fact]
    public async Task Undo_AfterASettingChange_ShowsTheRestoredValue()
    {
        var cut = await RenderWithSelectionAsync("ct-01");
        GpuPowerInput(cut).Change("2.1");

        await EditAsync(e => e.Undo());

        Assert.Equal("ct-01", Editor.SelectedId);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("1.8", GpuPowerInput(cut).GetAttribute("value"));
            Assert.Empty(cut.FindAll($"{GpuPowerRow} button[aria-label^='Reset']"));
        });
    }

    [Fact]
    public async Task SelectedRack_LosesItsCoolantConnection_ShowsTheNewFinding()
    {
        var cut = await RenderWithSelectionAsync("rack-01", TestCatalog.Template());
        Assert.Empty(cut.FindAll("[data-code='thermal.noCoolantLoop']"));

        await EditAsync(e => e.Remove("c-01"));

        cut.WaitForAssertion(() => Assert.Contains("no coolant connection", cut.Find("[data-code='thermal.noCoolantLoop']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteButton_RemovesThePartAndTheSnackbarsUndoRestoresIt()
    {
        var snackbars = RenderSnackbars();
        var cut = await RenderWithSelectionAsync("ct-01");

        cut.Find("[data-testid='delete-item']").Click();

        Assert.Null(Editor.FindPart("ct-01"));
        cut.WaitForAssertion(() => Assert.Equal("Scenario", cut.Find(".mud-typography-subtitle1").TextContent));
        snackbars.WaitForAssertion(() => Assert.Contains("Deleted Vera Rubin compute tray.", snackbars.Markup, StringComparison.Ordinal));

        snackbars.Find(".mud-snackbar button.mud-button").Click();

        Assert.Equal(["ps-01", "ct-01", "ct-02"], Editor.FindRack("rack-01")!.Parts.Select(p => p.Id));
    }

    [Fact]
    public async Task NothingSelected_ShowsTheScenarioFields()
    {
        var cut = await RenderWithSelectionAsync(null);

        Assert.Equal("Scenario", cut.Find(".mud-typography-subtitle1").TextContent);
        Assert.Equal("45", cut.Find("input[data-field='site.coolantSupplyC']").GetAttribute("value"));
        Assert.Equal("4", cut.Find("input[data-field='factory.crews']").GetAttribute("value"));
        Assert.Equal(["Location", "Coolant", "Heat rejection", "GPU power mode", "Rack feed", "Transformer redundancy", "UPS redundancy", "Generator redundancy", "Model", "Precision", "Training precision"], cut.FindAll(".mud-select [role='combobox']").Select(c => c.GetAttribute("aria-label")));
        Assert.Equal("Ashburn, VA", cut.Find(".mud-select [aria-label='Location']").TextContent);
    }

    [Fact]
    public async Task TrainingTokensChange_CreatesTheTrainingStudyWithTheValueInTokens()
    {
        var cut = await RenderWithSelectionAsync(null);
        Assert.Null(Editor.Document.Workload.Training);
        Assert.Equal("15", cut.Find("input[data-field='workload.training.trainingTokens']").GetAttribute("value"));

        cut.Find("input[data-field='workload.training.trainingTokens']").Change("2.5");

        // The field is in trillions: 2.5 × 10^12 tokens; the other fields keep their defaults.
        Assert.Equal(2.5e12, Editor.Document.Workload.Training!.TrainingTokens);
        Assert.Equal(90, Editor.Document.Workload.Training.TargetDays);
    }

    [Fact]
    public async Task CoolantSupplyChange_UpdatesTheSiteAndReEvaluates()
    {
        var cut = await RenderWithSelectionAsync(null, TestCatalog.Template());

        cut.Find("input[data-field='site.coolantSupplyC']").Change("40");

        Assert.Equal(40, Editor.Document.Site.CoolantSupplyC);
        await WaitUntilAsync(() => Evaluation.RackSummary("rack-01")?.CoolantReturnC == 40 + FakeStudioApi.CoolantRiseC, "the report at 40 °C supply");
    }

    [Fact]
    public async Task LoadingADocument_WithNothingSelected_ShowsTheNewScenariosFields()
    {
        var cut = await RenderWithSelectionAsync(null);
        var next = TestCatalog.Template();
        next.Site.CoolantSupplyC = 35;

        await EditAsync(e => e.Load(next));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("35", cut.Find("input[data-field='site.coolantSupplyC']").GetAttribute("value"));
            Assert.Equal("Vera Rubin NVL72", cut.Find(".inspector input").GetAttribute("value"));
        });
    }

    [Fact]
    public async Task SelectedConnection_ShowsItsKindAndEndsAndDeletes()
    {
        var cut = await RenderWithSelectionAsync("c-02", TestCatalog.Template());

        Assert.Equal("Network connection", cut.Find(".mud-typography-subtitle1").TextContent);
        Assert.Contains("From Rack 1 to sw-01.", cut.Find(".mud-typography-body2").TextContent, StringComparison.Ordinal);

        cut.Find("button.mud-button-outlined-error").Click();

        Assert.Null(Editor.FindConnection("c-02"));
    }
}
