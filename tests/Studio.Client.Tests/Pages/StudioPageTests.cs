using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Studio.Client.Components.Shared;
using Studio.Client.Pages;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Pages;

/// <summary>The whole studio: the page loads the catalog over the fake API itself, and the panels work together.</summary>
public sealed class StudioPageTests : StudioTestContext
{
    private protected override bool PreloadCatalog => false;

    private IRenderedComponent<StudioPage> RenderPage()
    {
        var cut = Ctx.Render<StudioPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid='studio']"));
        return cut;
    }

    [Fact]
    public void FirstRender_LoadsTheCatalogAndOffersTheTemplates()
    {
        var cut = RenderPage();

        Assert.Equal(TestCatalog.Catalog.Parts.Count, cut.FindAll(".palette-item").Count);
        Assert.Equal("Vera Rubin NVL72", cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").TextContent.Trim());
        Assert.Equal("Untitled design", cut.Find("[data-testid='scenario-name']").TextContent);
        Assert.True(cut.Find("button[aria-label='Undo']").HasAttribute("disabled"));
    }

    [Fact]
    public void CatalogUnreachable_ShowsWhyInsteadOfTheStudio()
    {
        Api.Offline = true;

        var cut = Ctx.Render<StudioPage>();

        cut.WaitForAssertion(() => Assert.Contains("could not reach its server to load the parts catalog", cut.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid='studio']"));
    }

    [Fact]
    public void TemplateButton_LoadsTheTemplateDrawsItAndEvaluatesIt()
    {
        var cut = RenderPage();

        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Vera Rubin NVL72", cut.Find("[data-testid='scenario-name']").TextContent);
            Assert.Empty(cut.FindAll("[data-testid='empty-state']"));
            Assert.Equal(["ps-01", "ct-01", "ct-02", "ct-03", "ct-04"],
                cut.FindAll("[data-rack-id='rack-01'] .rack-slot").Select(s => s.GetAttribute("data-part-id")));
            Assert.NotNull(cut.Find("[data-equipment-id='cdu-01']"));
            Assert.Equal("UpToDate", cut.Find("[data-testid='results']").GetAttribute("data-status"));
            Assert.Equal("16", cut.Find("tr[data-metric='rack.gpuCount'] .metric-number").TextContent);
        });
        Assert.Equal(TestCatalog.Template().Racks[0].Parts.Count, Api.Evaluated[^1].Racks[0].Parts.Count);
    }

    [Fact]
    public void QueryParameter_OpensTheTemplateDirectly()
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/?template={TestCatalog.TemplateId}");

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", cut.Find("[data-testid='scenario-name']").TextContent));
        Assert.Equal(2, Editor.Document.Equipment.Count);
    }

    [Fact]
    public void QueryParameter_UnknownTemplate_SaysSoAndKeepsTheEmptyDesign()
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/?template=nope");
        var snackbars = RenderSnackbars();

        var cut = RenderPage();

        snackbars.WaitForAssertion(() => Assert.Contains("Could not open the template 'nope'", snackbars.Markup, StringComparison.Ordinal));
        Assert.True(Editor.IsEmpty);
        Assert.NotNull(cut.Find("[data-testid='empty-state']"));
    }

    [Fact]
    public void Snackbars_ShowBottomLeft_AwayFromTheInspector()
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/?template=nope");
        var snackbars = RenderSnackbars();

        RenderPage();

        snackbars.WaitForAssertion(() => Assert.NotNull(snackbars.Find(".mud-snackbar-location-bottom-left .mud-snackbar")));
    }

    [Fact]
    public void PaletteToggle_TopLeft_HidesAndShowsThePalette()
    {
        var cut = RenderPage();
        var toggle = cut.Find("[data-testid='palette-toggle']");
        Assert.Equal(("true", "Hide the parts palette"), (toggle.GetAttribute("aria-expanded"), toggle.GetAttribute("aria-label")));

        toggle.Click();

        cut.WaitForAssertion(() =>
        {
            Assert.True(cut.Find("#studio-palette").HasAttribute("hidden"));
            Assert.Contains("palette-closed", cut.Find("[data-testid='studio']").ClassList);
            Assert.Equal("Show the parts palette", cut.Find("[data-testid='palette-toggle']").GetAttribute("aria-label"));
        });

        cut.Find("[data-testid='palette-toggle']").Click();

        cut.WaitForAssertion(() => Assert.False(cut.Find("#studio-palette").HasAttribute("hidden")));
        Assert.Equal("true", cut.Find("[data-testid='palette-toggle']").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void DragFromPaletteToRack_AddsTheTrayAndTheResultsFollow()
    {
        var cut = RenderPage();
        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();
        cut.WaitForAssertion(() => Assert.Equal("16", cut.Find("tr[data-metric='rack.gpuCount'] .metric-number").TextContent));

        cut.Find($".palette-item[data-part-id='{TestCatalog.ComputeTray}']").DragStart();
        cut.Find("[data-rack-id='rack-01'] .rack-free").Drop();

        Assert.Equal("ct-05", Editor.FindRack("rack-01")!.Parts[^1].Id);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("20", cut.Find("tr[data-metric='rack.gpuCount'] .metric-number").TextContent);
            Assert.NotNull(cut.Find("[data-rack-id='rack-01'] .rack-slot[data-part-id='ct-05']"));
            // The dropped part is selected, so the inspector shows it.
            Assert.Contains("ct-05 · ", cut.Find("[data-testid='inspector'] .inspector-title").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void UndoAndRedoButtons_StepThroughTheEdits()
    {
        var cut = RenderPage();
        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[aria-label='Undo']").HasAttribute("disabled")));

        cut.Find("button[aria-label='Undo']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='empty-state']")));
        Assert.True(Editor.IsEmpty);

        cut.Find("button[aria-label='Redo']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", cut.Find("[data-testid='scenario-name']").TextContent));
        Assert.True(cut.Find("button[aria-label='Redo']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task CtrlZAndCtrlY_FromThePagesKeyListener_UndoAndRedoLikeTheButtons()
    {
        var cut = RenderPage();
        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[aria-label='Undo']").HasAttribute("disabled")));
        var keys = cut.FindComponent<StudioKeys>().Instance;

        await keys.OnKey("z", ctrl: true, shift: false, alt: false, meta: false);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='empty-state']")));

        await keys.OnKey("Z", ctrl: true, shift: true, alt: false, meta: false);

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", cut.Find("[data-testid='scenario-name']").TextContent));
        await keys.OnKey("z", ctrl: true, shift: false, alt: false, meta: false);
        await keys.OnKey("y", ctrl: true, shift: false, alt: false, meta: false);
        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", cut.Find("[data-testid='scenario-name']").TextContent));
    }

    [Fact]
    public async Task Escape_WithATraySelected_BringsBackTheScenarioFieldsInTheInspector()
    {
        var cut = RenderPage();
        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();
        cut.WaitForAssertion(() => cut.Find(".rack-slot[data-part-id='ct-01']").Click());
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='inspector'] [data-testid='heat-rejection-field']")));

        await cut.FindComponent<StudioKeys>().Instance.OnKey("Escape", ctrl: false, shift: false, alt: false, meta: false);

        Assert.Null(Editor.SelectedId);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='inspector'] [data-testid='heat-rejection-field']")));
    }

    [Fact]
    public void ChartsBar_OpenedAfterATemplate_ComparesItAndDrawsTheCharts()
    {
        var cut = RenderPage();
        Assert.Equal("false", cut.Find("[data-testid='charts-toggle']").GetAttribute("aria-expanded"));
        cut.Find($"[data-testid='empty-state'] [data-template='{TestCatalog.TemplateId}']").Click();
        cut.WaitForAssertion(() => Assert.Equal("UpToDate", cut.Find("[data-testid='results']").GetAttribute("data-status")));
        Assert.Empty(Api.Compared);

        cut.Find("[data-testid='charts-toggle']").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("UpToDate", cut.Find("[data-testid='charts']").GetAttribute("data-status"));
            // Serving frontier, cost, capex, training, thermal, chiller hours, power, network per rack, build-out, cash,
            // what changed.
            Assert.Equal(13, cut.FindAll("[data-testid='charts'] .chart-card").Count);
        });
        Assert.Equal(4, Assert.Single(Api.Compared).Scenario.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
    }
}
