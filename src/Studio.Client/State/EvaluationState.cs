using Studio.Client.Api;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;

namespace Studio.Client.State;

public enum EvaluationStatus
{
    /// <summary>Nothing evaluated yet.</summary>
    Idle,

    /// <summary>An edit is waiting out the debounce, or its request is in flight: the shown report is one edit behind.</summary>
    Updating,

    UpToDate,

    /// <summary>The server rejected the scenario; <see cref="EvaluationState.Problem"/> says why.</summary>
    Rejected,

    /// <summary>The server could not be reached.</summary>
    Failed,
}

/// <summary>
/// Re-evaluates the scenario on the server after each design edit, debounced, and keeps the latest report. A newer
/// edit cancels the request of an older one, so a slow answer never overwrites a newer one.
/// </summary>
public sealed class EvaluationState : IDisposable
{
    private readonly ScenarioEditor _editor;
    private readonly StudioApiClient _api;
    private readonly LatestRequest _requests = new();
    private Dictionary<string, List<DiagnosticDto>> _byPart = [];

    public EvaluationState(ScenarioEditor editor, StudioApiClient api)
    {
        _editor = editor;
        _api = api;
        _editor.Changed += OnScenarioChanged;
    }

    /// <summary>Quiet time after an edit before evaluating: typing or dragging sends one request, not ten.</summary>
    public TimeSpan Debounce
    {
        get => _requests.Debounce;
        set => _requests.Debounce = value;
    }

    public EvaluationStatus Status { get; private set; }

    public EvaluationReportDto? Report { get; private set; }

    public ProblemDto? Problem { get; private set; }

    public string? Failure { get; private set; }

    public event Action? Changed;

    public IReadOnlyList<DiagnosticDto> DiagnosticsFor(string id) => _byPart.TryGetValue(id, out var list) ? list : [];

    public RackSummaryDto? RackSummary(string rackId) => Report?.Racks.FirstOrDefault(r => r.RackId == rackId);

    public MetricDto? Metric(string id) => Report?.Metrics.FirstOrDefault(m => m.Id == id);

    public HallSummaryDto? HallSummary(string hallId) => Report?.Halls.FirstOrDefault(h => h.HallId == hallId);

    public RowSummaryDto? RowSummary(string rowId) =>
        Report?.Halls.SelectMany(h => h.Rows).FirstOrDefault(r => r.RowId == rowId);

    /// <summary>Evaluates now (after the debounce), cancelling any evaluation still pending.</summary>
    public async Task RefreshAsync()
    {
        Status = EvaluationStatus.Updating;
        Changed?.Invoke();
        var (end, outcome, reason) = await _requests.SendAsync(token => _api.EvaluateAsync(_editor.Document, token));
        switch (end)
        {
            case RequestEnd.Superseded:
                return;
            case RequestEnd.Unreachable:
                Failure = $"The server could not be reached ({reason}). Your design is kept; it is evaluated again on the next edit.";
                Status = EvaluationStatus.Failed;
                break;
            case RequestEnd.Unreadable:
                // A 200 whose body is not a report (a proxy's page, a server newer than this client): say so, never hang.
                Failure = $"The server's answer could not be read ({reason}). Your design is kept; reload the page if this persists.";
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

    private void OnScenarioChanged(ScenarioChange change)
    {
        if (change is ScenarioChange.Design or ScenarioChange.Replaced)
        {
            _ = RefreshAsync();
        }
    }

    private void Apply(EvaluationOutcome outcome)
    {
        if (outcome.Report is { } report)
        {
            Report = report;
            Problem = null;
            _byPart = IndexByPart(report);
            Status = EvaluationStatus.UpToDate;
        }
        else
        {
            Problem = outcome.Problem;
            Status = EvaluationStatus.Rejected;
        }

        Failure = null;
    }

    private static Dictionary<string, List<DiagnosticDto>> IndexByPart(EvaluationReportDto report)
    {
        var index = new Dictionary<string, List<DiagnosticDto>>(StringComparer.Ordinal);
        foreach (var diagnostic in report.Diagnostics)
        {
            foreach (var id in diagnostic.PartIds)
            {
                if (!index.TryGetValue(id, out var list))
                {
                    index[id] = list = [];
                }

                list.Add(diagnostic);
            }
        }

        return index;
    }
}
