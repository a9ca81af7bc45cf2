using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Inspector;

public partial class ItemInspector
{
    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public string ItemId { get; set; } = "";

    private PlacedDocument? Item => Editor.FindItem(ItemId);

    /// <summary>Deleting is undoable, so it asks nothing and offers the undo instead.</summary>
    private void Delete()
    {
        var result = Editor.Remove(ItemId);
        Snackbar.Add(result.Message, Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.OnClick = _ =>
            {
                Editor.Undo();
                return Task.CompletedTask;
            };
        });
    }
}
