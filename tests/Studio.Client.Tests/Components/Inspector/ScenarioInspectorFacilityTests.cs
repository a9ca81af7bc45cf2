using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Studio.Client.Components.Inspector;
using Studio.Client.Tests.Support;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.Components.Inspector;

/// <summary>
/// The scenario inspector's facility fields (heat rejection, cooler approach, power mode, peak smoothing, crews,
/// test stations, token prices, the projection's rates, utilisation): each edits the document the way the wire
/// format reads it, and the optional ones go back to "not given" when cleared.
/// </summary>
public sealed class ScenarioInspectorFacilityTests : StudioTestContext
{
    private IRenderedComponent<MudPopoverProvider> _popovers = null!;

    private async Task<IRenderedComponent<InspectorPanel>> RenderScenarioAsync(ScenarioDocument? document = null)
    {
        // MudSelect's list opens in the popover provider, as in the studio's layout.
        _popovers = Ctx.Render<MudPopoverProvider>();
        await EditAsync(e => e.Load(document ?? TestCatalog.Template()));
        return Ctx.Render<InspectorPanel>();
    }

    /// <summary>A MudNumericField's input, found through its label as a user would.</summary>
    private static IElement Field(IRenderedComponent<InspectorPanel> cut, string label)
    {
        var labels = cut.FindAll("label.mud-input-label").Where(l => l.TextContent == label).ToList();
        Assert.True(labels.Count == 1, $"{labels.Count} fields are labelled '{label}'");
        return cut.Find($"input#{labels[0].GetAttribute("for")}");
    }

    /// <summary>Opens the select labelled <paramref name="label"/> and clicks the item that reads <paramref name="item"/>.</summary>
    private void Choose(IRenderedComponent<InspectorPanel> cut, string label, string item)
    {
        cut.Find($"[role='combobox'][aria-label='{label}']").Closest(".mud-input-control")!.MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == item));
        _popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == item).Click();
    }

    private static string Shown(IRenderedComponent<InspectorPanel> cut, string label) =>
        cut.Find($"[role='combobox'][aria-label='{label}']").TextContent;

    [Fact]
    public async Task Render_NewScenario_ShowsTheFacilityDefaults()
    {
        var cut = await RenderScenarioAsync();

        Assert.Equal("Dry coolers, chiller trim", Shown(cut, "Heat rejection"));
        Assert.Equal("Max-Q (efficiency)", Shown(cut, "GPU power mode"));
        Assert.Equal("4", Field(cut, "Integration crews").GetAttribute("value"));
        Assert.Equal("8", Field(cut, "Test stations").GetAttribute("value"));
        Assert.Equal("0.55", Field(cut, "Input price (USD/M tokens)").GetAttribute("value"));
        Assert.Equal("2.19", Field(cut, "Output price (USD/M tokens)").GetAttribute("value"));
        Assert.Equal("0.3", Field(cut, "Price decline a year").GetAttribute("value"));
        Assert.Equal("0.2", Field(cut, "Demand growth a year").GetAttribute("value"));
        // Left out, the Engine's default and range apply: the field is empty and says what they are.
        Assert.True(string.IsNullOrEmpty(Field(cut, "Utilisation").GetAttribute("value")));
        Assert.Equal("default 0.7 (0.5–0.9)", Field(cut, "Utilisation").GetAttribute("placeholder"));
        Assert.Equal("default 8 (5–12)", Field(cut, "Cooler approach (K)").GetAttribute("placeholder"));
        // Showing the defaults writes nothing: the document still leaves power and economics out.
        Assert.Null(Editor.Document.Power);
        Assert.Null(Editor.Document.Economics);
    }

    [Fact]
    public async Task ChoosingMaxP_SetsThePowerModeAndReEvaluatesAtMaxPPower()
    {
        var cut = await RenderScenarioAsync();

        Choose(cut, "GPU power mode", "Max-P (performance)");

        Assert.Equal("maxP", Editor.Document.Power?.Mode);
        Assert.False(Editor.Document.Power!.PeakSmoothing);
        Assert.Null(Editor.Document.Power.DistributionLossFraction);
        cut.WaitForAssertion(() => Assert.Equal("Max-P (performance)", Shown(cut, "GPU power mode")));
        // The fake server prices the GPUs at Max-P: 4 trays × (4 × 2.3 + 2.53) kW.
        await WaitUntilAsync(() => Evaluation.RackSummary("rack-01")?.ItPowerKw == 46.92, "the report at Max-P");
        Assert.Equal("maxP", Api.Evaluated[^1].Power?.Mode);
    }

    [Fact]
    public async Task ChoosingMaxQAfterMaxP_SetsMaxQ()
    {
        var cut = await RenderScenarioAsync();
        Choose(cut, "GPU power mode", "Max-P (performance)");

        Choose(cut, "GPU power mode", "Max-Q (efficiency)");

        Assert.Equal("maxQ", Editor.Document.Power?.Mode);
    }

    [Fact]
    public async Task Undo_AfterChoosingMaxP_LeavesPowerOutAgain()
    {
        var cut = await RenderScenarioAsync();
        Choose(cut, "GPU power mode", "Max-P (performance)");

        await EditAsync(e => e.Undo());

        Assert.Null(Editor.Document.Power);
        cut.WaitForAssertion(() => Assert.Equal("Max-Q (efficiency)", Shown(cut, "GPU power mode")));
    }

    [Fact]
    public async Task ChoosingEvaporativeTowers_SetsTheHeatRejection()
    {
        var cut = await RenderScenarioAsync();

        Choose(cut, "Heat rejection", "Evaporative towers");

        Assert.Equal("coolingTower", Editor.Document.Site.HeatRejection);
        await WaitUntilAsync(() => Api.Evaluated.Count > 0 && Api.Evaluated[^1].Site.HeatRejection == "coolingTower", "the towers evaluated");
    }

    [Fact]
    public async Task PeakSmoothingSwitch_TurnsItOnInThePowerPlan()
    {
        var cut = await RenderScenarioAsync();

        cut.FindAll("label.mud-switch").Single(l => l.TextContent.Contains("Peak smoothing", StringComparison.Ordinal))
            .QuerySelector("input[type='checkbox']")!.Change(true);

        Assert.True(Editor.Document.Power?.PeakSmoothing);
        // The switch creates the power plan with its other members at their defaults.
        Assert.Equal("maxQ", Editor.Document.Power!.Mode);
    }

    [Fact]
    public async Task ApproachSet_ThenCleared_GoesBackToTheDefault()
    {
        var cut = await RenderScenarioAsync();

        Field(cut, "Cooler approach (K)").Change("6");
        Assert.Equal(6, Editor.Document.Site.ApproachK);

        Field(cut, "Cooler approach (K)").Change("");

        // Clearing goes through the text field's own change handling, which can finish after Change returns under load.
        cut.WaitForAssertion(() => Assert.Null(Editor.Document.Site.ApproachK));
    }

    [Fact]
    public async Task CrewsAndTestStations_EditTheFactoryPlan()
    {
        var cut = await RenderScenarioAsync();

        Field(cut, "Integration crews").Change("12");
        Field(cut, "Test stations").Change("30");

        Assert.Equal((12, 30), (Editor.Document.Factory.Crews, Editor.Document.Factory.TestStations));
    }

    [Fact]
    public async Task OutputPrice_SetsItAndCreatesEconomicsWithTheOtherDefaults()
    {
        var cut = await RenderScenarioAsync();

        cut.Find("input[data-field='economics.outputUsdPerMillionTokens']").Change("3.5");

        var economics = Editor.Document.Economics;
        Assert.NotNull(economics);
        Assert.Equal(3.5, economics.OutputUsdPerMillionTokens);
        Assert.Equal(0.55, economics.InputUsdPerMillionTokens);
        Assert.Equal((0.3, 0.2), (economics.PriceDeclinePerYear, economics.DemandGrowthPerYear));
        Assert.Null(economics.Utilisation);
        await WaitUntilAsync(() => Api.Evaluated.Count > 0 && Api.Evaluated[^1].Economics?.OutputUsdPerMillionTokens == 3.5, "the new price evaluated");
    }

    [Theory]
    [InlineData("Input price (USD/M tokens)", "0.4")]
    [InlineData("Price decline a year", "0.45")]
    [InlineData("Demand growth a year", "0.6")]
    [InlineData("Utilisation", "0.85")]
    public async Task EconomicsField_SetsItsMember(string label, string value)
    {
        var cut = await RenderScenarioAsync();

        Field(cut, label).Change(value);

        var economics = Editor.Document.Economics!;
        var expected = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, label switch
        {
            "Input price (USD/M tokens)" => economics.InputUsdPerMillionTokens,
            "Price decline a year" => economics.PriceDeclinePerYear,
            "Demand growth a year" => economics.DemandGrowthPerYear,
            _ => economics.Utilisation,
        });
    }

    [Fact]
    public async Task UtilisationCleared_GoesBackToNull()
    {
        var document = TestCatalog.Template();
        document.Economics = new EconomicsDocument { Utilisation = 0.6, OutputUsdPerMillionTokens = 3 };
        var cut = await RenderScenarioAsync(document);
        Assert.Equal("0.6", Field(cut, "Utilisation").GetAttribute("value"));

        Field(cut, "Utilisation").Change("");

        cut.WaitForAssertion(() => Assert.Null(Editor.Document.Economics!.Utilisation));
        // Only utilisation goes back to its default.
        Assert.Equal(3, Editor.Document.Economics!.OutputUsdPerMillionTokens);
    }

    [Fact]
    public async Task LoadingADocumentWithFacilityMembers_ShowsTheirValues()
    {
        var document = TestCatalog.Template();
        document.Site.HeatRejection = "coolingTower";
        document.Site.ApproachK = 4;
        document.Factory.Crews = 9;
        document.Power = new PowerDocument { Mode = "maxP", PeakSmoothing = true };
        document.Economics = new EconomicsDocument { OutputUsdPerMillionTokens = 1.5, PriceDeclinePerYear = 0.1 };

        var cut = await RenderScenarioAsync(document);

        Assert.Equal("Evaporative towers", Shown(cut, "Heat rejection"));
        Assert.Equal("Max-P (performance)", Shown(cut, "GPU power mode"));
        Assert.Equal("4", Field(cut, "Cooler approach (K)").GetAttribute("value"));
        Assert.Equal("9", Field(cut, "Integration crews").GetAttribute("value"));
        Assert.Equal("1.5", Field(cut, "Output price (USD/M tokens)").GetAttribute("value"));
        Assert.Equal("0.1", Field(cut, "Price decline a year").GetAttribute("value"));
        Assert.Equal("true", cut.FindAll("label.mud-switch").Single(l => l.TextContent.Contains("Peak smoothing", StringComparison.Ordinal))
            .QuerySelector("input")!.GetAttribute("aria-checked"));
    }
}
