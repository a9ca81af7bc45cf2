using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Catalog;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Canvas;

public partial class EquipmentNodeWidget
{
    [Parameter] public EquipmentNode Node { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private EquipmentDocument? Item => Editor.FindEquipment(Node.Id);

    private void OnKey(KeyboardEventArgs args) => CanvasKeys.OnNodeKey(Editor, Snackbar, Node.Id, args);

    private string Label(EquipmentDocument item, PartDto part) =>
        $"{item.Label ?? part.Name}, {part.Name}, {Connections(item.Id)}{CanvasKeys.Findings(Evaluation.DiagnosticsFor(item.Id))}";

    private string Connections(string id)
    {
        var count = Editor.Document.Connections.Count(c => c.To == id);
        return count switch { 0 => "drag a link from a rack's port", 1 => "1 rack connected", _ => $"{count} racks connected" };
    }
}
