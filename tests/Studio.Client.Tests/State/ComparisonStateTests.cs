using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using static Studio.Client.Tests.Support.StudioTestContext;

namespace Studio.Client.Tests.State;

/// <summary>Comparison with a baseline after edits, against the fake API, with no rendering.</summary>
public sealed class ComparisonStateTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;
    private readonly ComparisonState _comparison;

    public ComparisonStateTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var client = new StudioApiClient(_http);
        var catalog = new CatalogState(client);
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
        _comparison = new ComparisonState(_editor, client) { Debounce = TimeSpan.Zero };
    }

    public void Dispose()
    {
        _comparison.Dispose();
        _http.Dispose();
        _api.Dispose();
    }

    private double DesignFrontierAt10 => _comparison.Comparison!.Design.Series.Single(s => s.Id == "inference.frontier").Points[0][1];

    private Task WaitUpToDateAsync(int requests) =>
        WaitUntilAsync(() => _api.Compared.Count == requests && _comparison.Status == EvaluationStatus.UpToDate, $"comparison {requests}");

    [Fact]
    public async Task Edit_WhileInactive_AsksTheServerNothing()
    {
        _editor.Load(TestCatalog.Template());
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await Task.Delay(50);

        Assert.Empty(_api.Compared);
        Assert.Equal(EvaluationStatus.Idle, _comparison.Status);
        Assert.Null(_comparison.Comparison);
    }

    [Fact]
    public async Task Activate_AfterEdits_ComparesTheCurrentDesignWithGb200()
    {
        _editor.Load(TestCatalog.Template());
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        await _comparison.SetActiveAsync(true);

        await WaitUpToDateAsync(1);
        var request = Assert.Single(_api.Compared);
        Assert.Equal("gb200-nvl72", request.Baseline.Template);
        Assert.Null(request.Baseline.Scenario);
        Assert.Equal("economics.costPerMillionTokensUsd", request.Explain);
        Assert.Equal(5, request.Scenario.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.Equal(TestComparison.BaselineName, _comparison.Comparison!.BaselineName);
        Assert.Equal(1250, DesignFrontierAt10, 9);
    }

    [Fact]
    public async Task Edit_WhileActive_ComparesAgainAndTheChartsDataFollows()
    {
        _editor.Load(TestCatalog.Template());
        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(1);
        Assert.Equal(1000, DesignFrontierAt10, 9);
        var changes = 0;
        _comparison.Changed += () => changes++;

        _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        await WaitUpToDateAsync(2);
        Assert.Equal(1250, DesignFrontierAt10, 9);
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task ActivateAgain_NothingChanged_DoesNotCompareAgain()
    {
        _editor.Load(TestCatalog.Template());
        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(1);

        await _comparison.SetActiveAsync(false);
        _editor.Select("ct-01");
        await _comparison.SetActiveAsync(true);

        Assert.Single(_api.Compared);
        Assert.Equal(EvaluationStatus.UpToDate, _comparison.Status);
    }

    [Fact]
    public async Task SelectBaseline_Gb300ThenAScenario_RequestsCarryTheChoice()
    {
        _editor.Load(TestCatalog.Template());
        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(1);

        await _comparison.SelectBaselineAsync(BaselineChoice.Gb300);
        await WaitUpToDateAsync(2);
        Assert.Equal("gb300-nvl72", _api.Compared[1].Baseline.Template);
        Assert.Equal("GB300 NVL72 reference design", _comparison.Comparison!.BaselineName);

        var other = TestCatalog.OneRack(8);
        other.Name = "Eight trays";
        await _comparison.SelectBaselineAsync(BaselineChoice.FromScenario(other));
        await WaitUpToDateAsync(3);
        Assert.Null(_api.Compared[2].Baseline.Template);
        Assert.Equal(8, _api.Compared[2].Baseline.Scenario!.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.Equal("Eight trays", _comparison.Comparison!.BaselineName);
        Assert.Equal("scenario", _comparison.Comparison.BaselineKind);
        Assert.Equal("Eight trays", _comparison.FileBaseline!.Name);
    }

    [Fact]
    public async Task Explain_AnotherMetric_ComparesWithItsWaterfall()
    {
        _editor.Load(TestCatalog.Template());
        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(1);

        await _comparison.ExplainAsync("training.timeToTrainDays");

        await WaitUpToDateAsync(2);
        Assert.Equal("training.timeToTrainDays", _api.Compared[1].Explain);
        Assert.Equal("training.timeToTrainDays", _comparison.Comparison!.Waterfall!.MetricId);
    }

    [Fact]
    public async Task SelectBaseline_WhileInactive_ComparesOnlyWhenActivated()
    {
        _editor.Load(TestCatalog.Template());

        await _comparison.SelectBaselineAsync(BaselineChoice.Gb300);
        Assert.Empty(_api.Compared);

        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(1);
        Assert.Equal("gb300-nvl72", _api.Compared[0].Baseline.Template);
    }

    [Fact]
    public async Task NewerEdit_WhileOlderRequestIsOpenAndAnswersLate_ComparisonIsTheNewerOne()
    {
        var firstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.BeforeCompare = (request, _) =>
        {
            if (_api.Compared.Count != 1)
            {
                return Task.CompletedTask;
            }

            firstHeld.TrySetResult();
            return releaseFirst.Task;
        };
        _editor.Load(TestCatalog.Template());
        _ = _comparison.SetActiveAsync(true);
        await firstHeld.Task.WaitAsync(TimeSpan.FromSeconds(5));

        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await WaitUpToDateAsync(2);
        releaseFirst.SetResult();
        await Task.Delay(50);

        Assert.Equal(1250, DesignFrontierAt10, 9);
        Assert.Equal(EvaluationStatus.UpToDate, _comparison.Status);
    }

    [Fact]
    public async Task Deactivate_WhileARequestIsOpen_CancelsItAndComparesAgainWhenReopened()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.BeforeCompare = async (_, cancellationToken) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
                throw;
            }
        };
        _editor.Load(TestCatalog.Template());
        _ = _comparison.SetActiveAsync(true);
        await WaitUntilAsync(() => _api.Compared.Count == 1, "the request");

        await _comparison.SetActiveAsync(false);

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(EvaluationStatus.Idle, _comparison.Status);

        // Opened again, it compares the design the cancelled request never answered for.
        _api.BeforeCompare = null;
        await _comparison.SetActiveAsync(true);
        await WaitUpToDateAsync(2);
    }

    [Fact]
    public async Task Compare_AnswerIsNotAComparison_FailsWithAMessageInsteadOfHanging()
    {
        _api.AnswerCompareWithHtml = true;
        _editor.Load(TestCatalog.Template());

        await _comparison.SetActiveAsync(true);

        Assert.Equal(EvaluationStatus.Failed, _comparison.Status);
        Assert.Contains("could not be read", _comparison.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ServerUnreachable_FailsAndKeepsTheLastComparison()
    {
        _editor.Load(TestCatalog.Template());
        await _comparison.SetActiveAsync(true);
        var last = _comparison.Comparison;

        _api.Offline = true;
        await _comparison.RefreshAsync();

        Assert.Equal(EvaluationStatus.Failed, _comparison.Status);
        Assert.Contains("could not be reached", _comparison.Failure, StringComparison.Ordinal);
        Assert.Same(last, _comparison.Comparison);
    }

    [Fact]
    public async Task Compare_InvalidDesign_IsRejectedWithTheServersProblem()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks[0].Parts.Add(new Contracts.Scenarios.PartDocument { Id = "x-1", PartId = "nope" });
        _editor.Load(document);

        await _comparison.SetActiveAsync(true);

        Assert.Equal(EvaluationStatus.Rejected, _comparison.Status);
        Assert.Equal("$.racks[0].parts[2].partId", Assert.Single(_comparison.Problem!.Errors!).Path);
    }
}
