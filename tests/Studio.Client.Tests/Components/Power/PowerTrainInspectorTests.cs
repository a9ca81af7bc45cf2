using AngleSharp.Dom;
using Bunit;
using Studio.Client.Components.Power;
using Studio.Client.Components.Schedule;
using Studio.Client.Tests.Support;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.Power;

/// <summary>
/// The power-train and schedule sections of the scenario inspector over the fake API: the fields write the document
/// and show what they refuse; the tables and summaries show hand-built report members, and say so when there are none.
/// </summary>
public sealed class PowerTrainInspectorTests : StudioTestContext
{
    private async Task<IRenderedComponent<T>> RenderAsync<T>() where T : Microsoft.AspNetCore.Components.IComponent
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));
        await WaitForEvaluationAsync();
        return Ctx.Render<T>();
    }

    /// <summary>The input of a field by its test id (MudBlazor puts the attribute on the input).</summary>
    private static IElement Input<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input");

    [Fact]
    public async Task Render_ReportWithAPowerTrain_ShowsEachBlockWithItsUnitsAndCapex()
    {
        Api.PowerTrain = TestPowerTrain.Train();

        var cut = await RenderAsync<PowerTrainInspector>();

        var rows = cut.FindAll("[data-testid='power-train-table'] tbody tr");
        Assert.Equal(["gridInterconnect", "substation", "generators", "ups"], rows.Select(r => r.GetAttribute("data-block")));
        var ups = rows[3].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["UPS", "DR (4N/3)", "68 / 91", "136.5", "97 %", "$27.3 M", "30 wk"], ups);
        Assert.Equal("34 / 36 (placed)", rows[2].QuerySelectorAll("td")[2].TextContent.Trim());
        var summary = cut.Find("[data-testid='power-train-summary']").TextContent;
        Assert.Contains("800 V DC", summary, StringComparison.Ordinal);
        Assert.Contains("losses 4.5 %", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ReportWithoutAPowerTrain_SaysSoInsteadOfATable()
    {
        var cut = await RenderAsync<PowerTrainInspector>();

        Assert.Empty(cut.FindAll("[data-testid='power-train-table']"));
        Assert.Contains("No power train in the last report", cut.Find("[data-testid='power-train-empty']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PowerFindings_ShowsThemAndNotTheOthers()
    {
        Api.PowerTrain = TestPowerTrain.Train();
        Api.ExtraDiagnostics = [new DiagnosticDto("power.interconnectShort", "warning", "The interconnect is below the grid peak.", "Raise it.", [], [])];

        var cut = await RenderAsync<PowerTrainInspector>();

        Assert.Equal(["power.interconnectShort"], cut.FindAll("[data-code]").Select(d => d.GetAttribute("data-code")));
    }

    [Fact]
    public async Task InterconnectField_Value_WritesTheDocument_AndUndoRestores()
    {
        var cut = await RenderAsync<PowerTrainInspector>();

        Input(cut, "grid-interconnect").Change("150");

        Assert.Equal(150, Editor.Document.Power?.GridInterconnectMw);
        await EditAsync(e => e.Undo());
        Assert.Null(Editor.Document.Power);
        cut.WaitForAssertion(() => Assert.True(string.IsNullOrEmpty(Input(cut, "grid-interconnect").GetAttribute("value"))));
    }

    [Fact]
    public async Task TransformerCountField_OutOfRange_ShowsWhyAndWritesNothing()
    {
        var cut = await RenderAsync<PowerTrainInspector>();

        Input(cut, "transformer-count").Change("200000");

        Assert.Null(Editor.Document.Power);
        cut.WaitForAssertion(() => Assert.Contains("Out of range: use a whole number from 0 to 100000.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BessSwitch_On_WritesBess()
    {
        var cut = await RenderAsync<PowerTrainInspector>();

        Input(cut, "bess-switch").Change(true);

        Assert.True(Editor.Document.Power?.Bess);
    }

    [Fact]
    public async Task StartField_BadDate_ShowsTheMessageAndWritesNothing()
    {
        var cut = await RenderAsync<ScheduleInspector>();

        Input(cut, "schedule-start").Change("2027-02-31");

        Assert.Null(Editor.Document.Schedule);
        cut.WaitForAssertion(() => Assert.Contains("Start: '2027-02-31' is not a date: write it as yyyy-MM-dd", cut.Find(".mud-input-error, .mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartField_IsoDate_WritesTheStart()
    {
        var cut = await RenderAsync<ScheduleInspector>();

        Input(cut, "schedule-start").Change("2028-03-01");

        Assert.Equal("2028-03-01", Editor.Document.Schedule?.Start);
    }

    [Fact]
    public async Task AddPhaseAndQuarterButtons_AddARowEach_AndRemoveTakesItAway()
    {
        var cut = await RenderAsync<ScheduleInspector>();

        cut.Find("[data-testid='add-grid-phase']").Click();
        cut.Find("[data-testid='add-rack-delivery']").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='grid-phase']")));
        Assert.Equal("2029-01-01", Input(cut, "grid-phase-date").GetAttribute("value"));
        Assert.Equal("2028-Q1", Input(cut, "rack-delivery-quarter").GetAttribute("value"));
        Input(cut, "rack-delivery-racks").Change("40");
        Assert.Equal(40, Editor.Document.Schedule!.RackDeliveries![0].Racks);

        cut.Find("[data-testid='remove-grid-phase']").Click();

        Assert.Null(Editor.Document.Schedule.GridPhases);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='grid-phase']")));
    }

    [Fact]
    public async Task Summary_ReportWithASchedule_ShowsFirstTokenWhatSetItAndFullCapacity()
    {
        Api.Schedule = TestPowerTrain.Schedule();

        var cut = await RenderAsync<ScheduleInspector>();

        Assert.Equal("2028-09-01 (20 months; set by the grid's energisation)", cut.Find("[data-testid='first-token']").TextContent.Trim());
        Assert.StartsWith("2029-03-01", cut.Find("[data-testid='full-capacity']").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ReportWithoutASchedule_SaysSo()
    {
        var cut = await RenderAsync<ScheduleInspector>();

        Assert.Empty(cut.FindAll("[data-testid='schedule-summary']"));
        Assert.NotNull(cut.Find("[data-testid='schedule-empty']"));
    }
}
