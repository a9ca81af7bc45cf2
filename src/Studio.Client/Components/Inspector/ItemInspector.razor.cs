using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
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

    private IReadOnlyList<string> ConnectTargets => Editor.ConnectionTargets(ItemId);

    /// <summary>Connects this rack to the equipment, or this equipment to the rack; the snackbar says what was made.</summary>
    private void Connect(string target)
    {
        var result = Editor.FindRack(ItemId) is not null ? Editor.Connect(ItemId, target) : Editor.Connect(target, ItemId);
        Snackbar.Add(result.Message, result.Succeeded ? Severity.Normal : Severity.Warning);
    }

    private void Delete()
    {
        Snackbar.OfferUndo(Editor, Editor.Remove(ItemId));
    }
}
