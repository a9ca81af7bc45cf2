using Microsoft.AspNetCore.Components;
using Studio.Client.State;

namespace Studio.Client.Components.Shared;

/// <summary>
/// Puts the latest status change into a live region: "Evaluating…", "Results up to date" (with the number of
/// design-rule errors), a refused or unreachable evaluation, and a finished save. Editing alone says nothing.
/// </summary>
public sealed partial class StatusAnnouncer : IDisposable
{
    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    /// <summary>What the region says now; empty until something happens.</summary>
    internal string Message { get; private set; } = "";

    /// <summary>The save last announced, so an edit after it (which raises Saved.Changed too) says nothing.</summary>
    private string? _saved;

    protected override void OnInitialized()
    {
        Evaluation.Changed += OnEvaluated;
        Saved.Changed += OnSavedChanged;
    }

    public void Dispose()
    {
        Evaluation.Changed -= OnEvaluated;
        Saved.Changed -= OnSavedChanged;
    }

    private void OnEvaluated()
    {
        if (EvaluationMessage() is { } message)
        {
            Announce(message);
        }
    }

    private void OnSavedChanged()
    {
        var saved = Saved.Current is { } current && !Saved.HasUnsavedChanges ? $"Saved, version {current.Version}." : null;
        if (saved is not null && saved != _saved)
        {
            Announce(saved);
        }

        _saved = saved;
    }

    private string? EvaluationMessage()
    {
        switch (Evaluation.Status)
        {
            case EvaluationStatus.Updating:
                return "Evaluating…";
            case EvaluationStatus.UpToDate:
                var errors = Evaluation.Report?.Diagnostics.Count(d => d.Severity == "error") ?? 0;
                return errors switch
                {
                    0 => "Results up to date.",
                    1 => "Results up to date; 1 design-rule error.",
                    _ => $"Results up to date; {errors} design-rule errors.",
                };
            case EvaluationStatus.Rejected:
                return "The design could not be evaluated: the results panel says why.";
            case EvaluationStatus.Failed:
                return "The studio's server could not be reached; the results are out of date.";
            default:
                return null;
        }
    }

    private void Announce(string message)
    {
        Message = message;
        InvokeAsync(StateHasChanged);
    }
}
