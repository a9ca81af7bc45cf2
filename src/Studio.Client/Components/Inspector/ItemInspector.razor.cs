using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Inspector;

public partial class ItemInspector : IDisposable
{
    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public string ItemId { get; set; } = "";

    /// <summary>
    /// The parent re-rendering is not enough: with only an unchanged string parameter, Blazor skips this component,
    /// so it would keep showing settings, labels and findings from before an undo, a new report or a new settings map.
    /// </summary>
    protected override void OnInitialized()
    {
        Editor.Changed += OnEditorChanged;
        Evaluation.Changed += OnEvaluated;
    }

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        Evaluation.Changed -= OnEvaluated;
    }

    private void OnEditorChanged(ScenarioChange change) => InvokeAsync(StateHasChanged);

    private void OnEvaluated() => InvokeAsync(StateHasChanged);

    private PlacedDocument? Item => Editor.FindItem(ItemId);

    /// <summary>Deleting is undoable, so it asks nothing and offers the undo instead.</summary>
    private void Delete()
    {
        var result = Editor.Remove(ItemId);
        var revision = Editor.Revision;
        Snackbar.Add(result.Message, Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.OnClick = _ =>
            {
                // The toast outlives the edit: once anything else changed, its undo would take back the wrong edit.
                if (!Editor.UndoIfLatest(revision))
                {
                    Snackbar.Add("That deletion is no longer the last change: use Undo in the toolbar to step back to it.", Severity.Info);
                }

                return Task.CompletedTask;
            };
        });
    }
}
