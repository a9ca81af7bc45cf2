using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;

namespace Studio.Client.Components.Inspector;

public partial class ItemInspector
{
    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public string ItemId { get; set; } = "";

    /// <summary>The selected thing's common shape: id, catalog part, label and settings.</summary>
    private (string Id, string PartId, string? Label, Dictionary<string, double>? Settings)? Item =>
        Editor.FindPart(ItemId) is var (part, _) ? (part.Id, part.PartId, part.Label, part.Settings)
        : Editor.FindRack(ItemId) is { } rack ? (rack.Id, rack.PartId, rack.Label, rack.Settings)
        : Editor.FindEquipment(ItemId) is { } item ? (item.Id, item.PartId, item.Label, item.Settings)
        : null;

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
