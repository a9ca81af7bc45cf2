using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using MudBlazor.Extensions;
using Studio.Client.Components.Charts;
using Studio.Client.State;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Charts;

/// <summary>The charts dock over the fake API: opening, following edits, the baseline picker, CSV and the waterfall's metric.</summary>
public sealed class ChartsPanelTests : StudioTestContext
{
    /// <summary>Plotly.Blazor's own module: every plot, redraw and purge goes through it.</summary>
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    private static readonly string[] s_chartIds = ["frontier", "cost", "capex", "training", "thermal", "chiller", "power", "network", "buildout", "schedule", "capacity", "cash", "waterfall"];

    private BunitJSModuleInterop _plotly = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _plotly = Ctx.JSInterop.SetupModule(PlotlyModule);
        _plotly.Mode = JSRuntimeMode.Loose;
    }

    private async Task<IRenderedComponent<ChartsPanel>> RenderOpenAsync()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));
        var cut = Ctx.Render<ChartsPanel>();
        cut.Find("[data-testid='charts-toggle']").Click();
        cut.WaitForAssertion(() => Assert.Equal(s_chartIds.Length, cut.FindAll(".chart-card").Count));
        return cut;
    }

    private static ChartFigure Figure(IRenderedComponent<ChartsPanel> cut, string id) =>
        cut.FindComponents<ChartCard>().Select(c => c.Instance.Figure).Single(f => f.Id == id);

    private IEnumerable<string> PlotlyCalls(string identifier) =>
        _plotly.Invocations.Where(i => i.Identifier == identifier).Select(i => (string)i.Arguments[0]!);

    [Fact]
    public async Task FirstRender_Closed_OneBarAndNoRequest()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));

        var cut = Ctx.Render<ChartsPanel>();

        Assert.Equal("false", cut.Find("[data-testid='charts-toggle']").GetAttribute("aria-expanded"));
        Assert.Contains("GB200 NVL72", cut.Find(".charts-hint").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".chart-card"));
        Assert.Empty(Api.Compared);
    }

    [Fact]
    public async Task Open_ComparesAndDrawsEveryChart()
    {
        var cut = await RenderOpenAsync();

        Assert.Equal(s_chartIds, cut.FindAll(".chart-card").Select(c => c.GetAttribute("data-chart")));
        Assert.Equal("gb200-nvl72", Assert.Single(Api.Compared).Baseline.Template);
        Assert.Contains(TestComparison.BaselineName, cut.Find(".charts-caption").TextContent, StringComparison.Ordinal);
        // Frontier: two bands of two edges, two lines, two operating points.
        Assert.Equal("8", cut.Find("[data-chart='frontier']").GetAttribute("data-traces"));
        cut.WaitForAssertion(() => Assert.Contains("chart-frontier", PlotlyCalls("newPlot")));
        Assert.Equal(s_chartIds.Select(id => $"chart-{id}").Order(), PlotlyCalls("newPlot").Order());
    }

    [Fact]
    public async Task Open_ServerSendsNoSchedule_ScheduleChartsShowTheirEmptyState()
    {
        var cut = await RenderOpenAsync();

        foreach (var id in new[] { "schedule", "capacity" })
        {
            Assert.Equal("0", cut.Find($"[data-chart='{id}']").GetAttribute("data-traces"));
            Assert.StartsWith("No ", cut.Find($"[data-chart='{id}'] [data-testid='chart-empty']").TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Edit_WhileOpen_EveryChartRedrawsWithTheNewComparison()
    {
        var cut = await RenderOpenAsync();
        var before = Figure(cut, "frontier");
        Assert.Equal(1000, before.Trace("Design")!.Y[0]);

        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        cut.WaitForAssertion(() => Assert.Equal(1250, Figure(cut, "frontier").Trace("Design")!.Y[0]));
        Assert.Equal(2, Api.Compared.Count);
        cut.WaitForAssertion(() => Assert.Equal(s_chartIds.Select(id => $"chart-{id}").Order(), PlotlyCalls("react").Order()));
    }

    [Fact]
    public async Task StatusChange_SameComparison_NoRedraw()
    {
        var cut = await RenderOpenAsync();
        var figure = Figure(cut, "frontier");

        // A rejected design keeps the last comparison on screen: the cards get the same figures and Plotly is left alone.
        await EditAsync(e => e.FindRack("rack-01")!.Parts.Add(new Contracts.Scenarios.PartDocument { Id = "x-1", PartId = "nope" }));
        await EditAsync(e => e.Edit(d => d.Name = "Broken"));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='comparison-problem']")));
        Assert.Same(figure, Figure(cut, "frontier"));
        Assert.Empty(PlotlyCalls("react"));
        Assert.Contains("$.racks[0].parts[5].partId", cut.Find("[data-testid='comparison-problem']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_StopsFollowingEdits()
    {
        var cut = await RenderOpenAsync();

        cut.Find("[data-testid='charts-toggle']").Click();
        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        Assert.Empty(cut.FindAll(".chart-card"));
        await Task.Delay(50);
        Assert.Single(Api.Compared);
    }

    [Fact]
    public async Task BaselinePicker_Gb300_ComparesWithIt()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("gb300-nvl72"));

        cut.WaitForAssertion(() => Assert.Contains("GB300 NVL72 reference design", cut.Find(".charts-caption").TextContent, StringComparison.Ordinal));
        Assert.Equal("gb300-nvl72", Api.Compared[^1].Baseline.Template);
        Assert.Equal(700, Figure(cut, "frontier").Trace("GB300 NVL72")!.Y[0]!.Value, 9);
    }

    [Fact]
    public async Task BaselinePicker_ScenarioFile_ComparesWithThatScenario()
    {
        var cut = await RenderOpenAsync();
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(BaselineChoice.FileKey));
        var other = TestCatalog.OneRack(8);
        other.Name = "Eight trays";
        var json = System.Text.Json.JsonSerializer.Serialize(other, Contracts.StudioJsonContext.Default.ScenarioDocument);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "eight.json", contentType: "application/json"));

        cut.WaitForAssertion(() => Assert.Contains("Eight trays", cut.Find(".charts-caption").TextContent, StringComparison.Ordinal));
        Assert.Equal("Eight trays", Api.Compared[^1].Baseline.Scenario!.Name);
        Assert.Equal(2000, Figure(cut, "frontier").Trace("Eight trays")!.Y[0]!.Value, 9);
        Assert.Empty(cut.FindAll("[data-testid='baseline-error']"));
    }

    [Fact]
    public async Task BaselinePicker_FileIsNotAScenario_SaysWhyAndKeepsTheBaseline()
    {
        var cut = await RenderOpenAsync();
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(BaselineChoice.FileKey));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("""{"schemaVersion":2,"racks":"three"}""", "broken.json"));

        cut.WaitForAssertion(() => Assert.StartsWith("broken.json is not a scenario", cut.Find("[data-testid='baseline-error']").TextContent, StringComparison.Ordinal));
        Assert.Same(BaselineChoice.Gb200, Comparison.Baseline);
        Assert.Single(Api.Compared);
    }

    [Fact]
    public async Task CsvButton_SavesTheChartsDataThroughTheDownloadModule()
    {
        var download = Ctx.JSInterop.SetupModule(StudioFiles.ModulePath);
        download.SetupVoid("downloadText", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();

        cut.Find("[data-chart='frontier'] [data-testid='csv']").Click();

        var call = Assert.Single(download.Invocations, i => i.Identifier == "downloadText");
        Assert.Equal("frontier-vs-gb200-nvl72-reference-design.csv", call.Arguments[0]);
        var csv = Assert.IsType<string>(call.Arguments[1]);
        Assert.StartsWith("series,panel,Tokens/s per user (tokens/s),", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nDesign,,10,1000,1000,1000\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("text/csv", call.Arguments[2]);
    }

    [Fact]
    public async Task PngButton_SavesTheChartInPrintColoursWithItsTitle()
    {
        var files = Ctx.JSInterop.SetupModule(StudioFiles.ModulePath);
        files.Setup<bool>("downloadChartPng", _ => true).SetResult(true);
        var cut = await RenderOpenAsync();

        cut.Find("[data-chart='thermal'] [data-testid='png']").Click();

        var call = Assert.Single(files.Invocations, i => i.Identifier == "downloadChartPng");
        Assert.Equal("chart-thermal", call.Arguments[0]);
        Assert.Equal("thermal-vs-gb200-nvl72-reference-design", call.Arguments[1]);
        Assert.Equal("GPU and coolant return against supply temperature (vs GB200 NVL72 reference design)", call.Arguments[2]);
        Assert.Same(PlotlyFigures.Export, call.Arguments[3]);
    }

    [Fact]
    public async Task ExplainPicker_AnotherMetric_RequestsItsWaterfall()
    {
        var cut = await RenderOpenAsync();
        var picker = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.Value) == "economics.costPerMillionTokensUsd");

        await cut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("training.timeToTrainDays"));

        cut.WaitForAssertion(() => Assert.Equal("Days to train", Assert.Single(Figure(cut, "waterfall").Traces).Name));
        Assert.Equal("training.timeToTrainDays", Api.Compared[^1].Explain);
    }
}
