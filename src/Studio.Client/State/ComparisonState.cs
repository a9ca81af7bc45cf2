using Studio.Client.Api;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;
using Studio.Engine.Evaluation;

namespace Studio.Client.State;

/// <summary>
/// Compares the design with the chosen baseline on the server after each design edit, debounced, and keeps the
/// latest comparison for the charts. It works only while <see cref="Active"/> (the charts are open): a closed chart
/// panel costs the server nothing, and opening it catches up with the edits made meanwhile. A newer edit or choice
/// cancels the request of an older one, so a slow answer never overwrites a newer one.
/// </summary>
public sealed class ComparisonState : IDisposable
{
    private readonly ScenarioEditor _editor;
    private readonly StudioApiClient _api;
    private readonly LatestRequest _requests = new();

    /// <summary>The design changed (or was never compared) since the last comparison was asked for.</summary>
    private bool _stale = true;

    public ComparisonState(ScenarioEditor editor, StudioApiClient api)
    {
        _editor = editor;
        _api = api;
        _editor.Changed += OnScenarioChanged;
    }

    /// <summary>Quiet time after an edit before comparing: typing or dragging sends one request, not ten.</summary>
    public TimeSpan Debounce
    {
        get => _requests.Debounce;
        set => _requests.Debounce = value;
    }

    public bool Active { get; private set; }

    public BaselineChoice Baseline { get; private set; } = BaselineChoice.Gb200;

    /// <summary>The last scenario loaded from a file, kept so the picker can go back to it after trying a template.</summary>
    public BaselineChoice? FileBaseline { get; private set; }

    /// <summary>The metric the "what changed" waterfall splits into the contributions of each changed input.</summary>
    public string ExplainMetricId { get; private set; } = MetricIds.EconomicsCostPerMillionTokensUsd;

    public EvaluationStatus Status { get; private set; }

    public ComparisonDto? Comparison { get; private set; }

    public ProblemDto? Problem { get; private set; }

    public string? Failure { get; private set; }

    public event Action? Changed;

    /// <summary>Starts or stops following the design; starting compares at once when anything changed meanwhile.</summary>
    public Task SetActiveAsync(bool active)
    {
        Active = active;
        if (!active)
        {
            _requests.Cancel();
            if (Status == EvaluationStatus.Updating)
            {
                // The cancelled request never answers: the shown charts are as they were, not "updating" forever, and
                // the design they missed is compared when the charts open again.
                Status = Comparison is null ? EvaluationStatus.Idle : EvaluationStatus.UpToDate;
                _stale = true;
            }

            Changed?.Invoke();
            return Task.CompletedTask;
        }

        return _stale ? RefreshAsync() : Task.CompletedTask;
    }

    public Task SelectBaselineAsync(BaselineChoice baseline)
    {
        Baseline = baseline;
        if (baseline.Scenario is not null)
        {
            FileBaseline = baseline;
        }

        return RefreshIfActiveAsync();
    }

    public Task ExplainAsync(string metricId)
    {
        ExplainMetricId = metricId;
        return RefreshIfActiveAsync();
    }

    /// <summary>Compares now (after the debounce), cancelling any comparison still pending.</summary>
    public async Task RefreshAsync()
    {
        _stale = false;
        Status = EvaluationStatus.Updating;
        Changed?.Invoke();
        var (end, outcome, reason) = await _requests.SendAsync(token => _api.CompareAsync(
            new CompareRequestDto { Scenario = _editor.Document, Baseline = Baseline.ToDto(), Explain = ExplainMetricId }, token));
        switch (end)
        {
            case RequestEnd.Superseded:
                return;
            case RequestEnd.Unreachable:
                Failure = $"The server could not be reached ({reason}). The charts show the last comparison; they update on the next edit.";
                Status = EvaluationStatus.Failed;
                break;
            case RequestEnd.Unreadable:
                // A 200 whose body is not a comparison (a proxy's page, a server older or newer than this client): say so, never hang.
                Failure = $"The server's comparison could not be read ({reason}). Reload the page if this persists.";
                Status = EvaluationStatus.Failed;
                break;
            default:
                Apply(outcome!);
                break;
        }

        Changed?.Invoke();
    }

    public void Dispose()
    {
        _editor.Changed -= OnScenarioChanged;
        _requests.Dispose();
    }

    private Task RefreshIfActiveAsync()
    {
        _stale = true;
        if (Active)
        {
            return RefreshAsync();
        }

        Changed?.Invoke();
        return Task.CompletedTask;
    }

    private void OnScenarioChanged(ScenarioChange change)
    {
        if (change is ScenarioChange.Design or ScenarioChange.Replaced)
        {
            _stale = true;
            if (Active)
            {
                _ = RefreshAsync();
            }
        }
    }

    private void Apply(ComparisonOutcome outcome)
    {
        if (outcome.Comparison is { } comparison)
        {
            Comparison = comparison;
            Problem = null;
            Failure = null;
            Status = EvaluationStatus.UpToDate;
        }
        else if (outcome.Problem is { } problem)
        {
            Problem = problem;
            Failure = null;
            Status = EvaluationStatus.Rejected;
        }
        else
        {
            Failure = "The server answered the comparison with an empty body. The charts show the last comparison; they update on the next edit.";
            Status = EvaluationStatus.Failed;
        }
    }
}
