using Studio.Client.Api;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using static Studio.Client.Tests.Support.StudioTestContext;

namespace Studio.Client.Tests.State;

/// <summary>Re-evaluation after edits, against the fake API, with no rendering.</summary>
public sealed class EvaluationStateTests : IDisposable
{
    private readonly FakeStudioApi _api = new();
    private readonly HttpClient _http;
    private readonly ScenarioEditor _editor;
    private readonly EvaluationState _evaluation;

    public EvaluationStateTests()
    {
        _http = new HttpClient(_api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") };
        var client = new StudioApiClient(_http);
        var catalog = new CatalogState(client);
        catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
        _editor = new ScenarioEditor(catalog);
        _evaluation = new EvaluationState(_editor, client) { Debounce = TimeSpan.Zero };
    }

    public void Dispose()
    {
        _evaluation.Dispose();
        _http.Dispose();
        _api.Dispose();
    }

    private int GpuCount => (int)_evaluation.Metric("rack.gpuCount")!.Value!.Value;

    [Fact]
    public async Task Load_ThenDesignEdit_ReportFollowsTheDocument()
    {
        _editor.Load(TestCatalog.OneRack(2));
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "first report");
        Assert.Equal(8, GpuCount);
        Assert.Equal(2 * 9.73, _evaluation.RackSummary("rack-01")!.ItPowerKw, 6);

        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await WaitUntilAsync(() => _api.Evaluated.Count == 2 && _evaluation.Status == EvaluationStatus.UpToDate, "second report");

        Assert.Equal(12, GpuCount);
        Assert.Equal(2, _api.Evaluated.Count);
    }

    [Fact]
    public async Task Evaluate_AnswerIsNotAReport_FailsWithAMessageInsteadOfHanging()
    {
        _api.AnswerEvaluateWithHtml = true;

        _editor.Load(TestCatalog.OneRack(2));

        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.Failed, "failed status");
        Assert.Contains("could not be read", _evaluation.Failure, StringComparison.Ordinal);
        Assert.Null(_evaluation.Report);
    }

    [Fact]
    public async Task LayoutAndSelectionChanges_DoNotReEvaluate()
    {
        _editor.Load(TestCatalog.Template());
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "first report");
        var before = _evaluation.Report;
        var notifications = 0;
        _evaluation.Changed += () => notifications++;

        _editor.MoveNode("rack-01", 200, 200);
        _editor.SetLabel("cdu-01", "Row CDU");
        _editor.Select("ct-01");

        // An evaluation announces itself (status Updating) before its first await, so none started.
        Assert.Equal(0, notifications);
        Assert.Single(_api.Evaluated);
        Assert.Same(before, _evaluation.Report);

        _editor.SetSetting("ct-01", TestCatalog.GpuPowerSetting, 2.0);
        await WaitUntilAsync(() => _api.Evaluated.Count == 2 && _evaluation.Status == EvaluationStatus.UpToDate, "the design edit's report");
        Assert.Equal(2.0, _api.Evaluated[1].Racks[0].Parts.Single(p => p.Id == "ct-01").Settings![TestCatalog.GpuPowerSetting]);
    }

    [Fact]
    public async Task NewerEdit_WhileOlderRequestIsStillOpenAndAnswersLate_ReportIsTheNewerOne()
    {
        var firstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first request (2 trays) is held and then answered regardless of cancellation, as a slow server would.
        _api.BeforeEvaluate = (document, _) =>
        {
            if (document.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray) != 2)
            {
                return Task.CompletedTask;
            }

            firstHeld.TrySetResult();
            return releaseFirst.Task;
        };

        _editor.Load(TestCatalog.OneRack(2));
        await firstHeld.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "the newer edit's report");
        Assert.Equal(12, GpuCount);

        releaseFirst.SetResult();
        await WaitUntilAsync(() => _api.Finished == 2, "the late answer");
        await Task.Delay(50);

        Assert.Equal(12, GpuCount);
        Assert.Equal(EvaluationStatus.UpToDate, _evaluation.Status);
    }

    [Fact]
    public async Task NewerEdit_WhileOlderRequestIsOpen_CancelsTheOlderRequest()
    {
        var firstCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.BeforeEvaluate = async (document, cancellationToken) =>
        {
            if (document.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray) == 2)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                finally
                {
                    firstCancelled.TrySetResult();
                }
            }
        };

        _editor.Load(TestCatalog.OneRack(2));
        await WaitUntilAsync(() => _api.Evaluated.Count == 1, "the first request");
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        await firstCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "the newer edit's report");
        Assert.Equal(12, GpuCount);
    }

    [Fact]
    public async Task EditsWithinTheDebounce_SendOneRequestForTheLastDocument()
    {
        _evaluation.Debounce = TimeSpan.FromMilliseconds(300);
        _editor.Load(TestCatalog.OneRack(1));
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);

        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "the debounced report");
        await Task.Delay(400);

        var posted = Assert.Single(_api.Evaluated);
        Assert.Equal(3, posted.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.Equal(12, GpuCount);
    }

    [Fact]
    public async Task InvalidScenario_IsRejectedWithThePathOfTheProblem()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks[0].Parts[1].PartId = "vr.compute-tary";

        _editor.Load(document);
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.Rejected, "the rejection");

        var error = Assert.Single(_evaluation.Problem!.Errors!);
        Assert.Equal("$.racks[0].parts[1].partId", error.Path);
        Assert.Contains("vr.compute-tary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerUnreachable_StatusIsFailedAndTheNextEditRecovers()
    {
        _api.Offline = true;
        _editor.Load(TestCatalog.OneRack(1));
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.Failed, "the failure");
        Assert.Contains("could not be reached", _evaluation.Failure, StringComparison.Ordinal);

        _api.Offline = false;
        _editor.AddPart("rack-01", TestCatalog.ComputeTray);
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "recovery");

        Assert.Null(_evaluation.Failure);
        Assert.Equal(8, GpuCount);
    }

    [Fact]
    public async Task Report_IndexesDiagnosticsByTheIdsTheyAreAbout()
    {
        var document = TestCatalog.OneRack(1);
        document.Racks[0].Parts.RemoveAt(0);
        _editor.Load(document);
        await WaitUntilAsync(() => _evaluation.Status == EvaluationStatus.UpToDate, "the report");

        Assert.Equal(["thermal.noCoolantLoop", "rack.noPowerShelf"], _evaluation.DiagnosticsFor("rack-01").Select(d => d.Code));
        Assert.Empty(_evaluation.DiagnosticsFor("ct-01"));
    }
}
