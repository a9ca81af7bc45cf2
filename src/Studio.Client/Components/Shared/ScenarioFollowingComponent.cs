using Microsoft.AspNetCore.Components;
using Studio.Client.State;

namespace Studio.Client.Components.Shared;

/// <summary>
/// A component with no parameters that shows the document and the last report. Blazor skips such a component when
/// its parent re-renders, so it re-renders itself on every edit, undo, new document and new report (selection
/// changes alone leave it be).
/// </summary>
public abstract class ScenarioFollowingComponent : ComponentBase, IDisposable
{
    [Inject] protected ScenarioEditor Editor { get; set; } = null!;

    [Inject] protected EvaluationState Evaluation { get; set; } = null!;

    protected override void OnInitialized()
    {
        Editor.Changed += OnEditorChanged;
        Evaluation.Changed += OnEvaluated;
    }

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        Evaluation.Changed -= OnEvaluated;
        GC.SuppressFinalize(this);
    }

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change != ScenarioChange.Selection)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    private void OnEvaluated() => InvokeAsync(StateHasChanged);
}
