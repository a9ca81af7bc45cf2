using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Catalog;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Canvas;

public partial class RackNodeWidget
{
    private const int PixelsPerU = 15;

    /// <summary>Set by Blazor.Diagrams' node renderer, which passes the node as "Node".</summary>
    [Parameter] public RackNode Node { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Each slot's element by part id, and the head's: up and down move focus between them.</summary>
    private readonly Dictionary<string, ElementReference> _slots = new(StringComparer.Ordinal);
    private ElementReference _head;

    private RackDocument? Rack => Editor.FindRack(Node.Id);

    private void OnHeadKey(RackDocument rack, KeyboardEventArgs args) => CanvasKeys.OnNodeKey(Editor, Snackbar, rack.Id, args);

    /// <summary>
    /// Enter or Space selects the part, Delete removes it, up and down go to the slot above or below (up from the top
    /// slot to the rack's head). Left and right do nothing here: a slot does not leave its rack by an arrow.
    /// </summary>
    private async Task OnSlotKeyAsync(RackDocument rack, int index, KeyboardEventArgs args)
    {
        if (index >= rack.Parts.Count)
        {
            return;
        }

        var id = rack.Parts[index].Id;
        switch (CanvasKeys.Resolve(args))
        {
            case CanvasKey.Select:
                Editor.Select(id);
                break;
            case CanvasKey.Remove:
                Snackbar.OfferUndo(Editor, Editor.Remove(id));
                await (index < rack.Parts.Count ? FocusSlotAsync(rack.Parts[index].Id)
                    : index > 0 ? FocusSlotAsync(rack.Parts[index - 1].Id) : FocusHeadAsync());
                break;
            case CanvasKey.Up:
                await (index > 0 ? FocusSlotAsync(rack.Parts[index - 1].Id) : FocusHeadAsync());
                break;
            case CanvasKey.Down when index + 1 < rack.Parts.Count:
                await FocusSlotAsync(rack.Parts[index + 1].Id);
                break;
        }
    }

    private async Task FocusHeadAsync() => await _head.FocusAsync();

    private async Task FocusSlotAsync(string partId)
    {
        // After a removal the slots re-render first; a slot not drawn yet has no element to focus.
        await Task.Yield();
        if (_slots.TryGetValue(partId, out var slot) && !string.IsNullOrEmpty(slot.Id))
        {
            await slot.FocusAsync();
        }
    }

    private string SlotLabel(RackDocument rack, int index)
    {
        var placed = rack.Parts[index];
        var name = placed.Label ?? Catalog.Part(placed.PartId)?.Name ?? placed.PartId;
        return $"{name} {placed.Id}, slot {index + 1} of {rack.Parts.Count} in {rack.Label ?? rack.Id}{Findings(placed.Id)}";
    }

    /// <summary>The findings' flag, in words: a screen reader does not read the flag's title.</summary>
    private string Findings(string id) => CanvasKeys.Findings(Evaluation.DiagnosticsFor(id));

    private bool IsSelected(string id) => Editor.SelectedId == id;

    private static int SlotHeight(PartDto? part) => Math.Max(1, part?.HeightU ?? 1) * PixelsPerU;

    private int FreeU(RackDocument rack) =>
        (Catalog.Part(rack.PartId)?.CapacityU ?? 0) - rack.Parts.Sum(p => Math.Max(1, Catalog.Part(p.PartId)?.HeightU ?? 1));

    private string FreeText(RackDocument rack)
    {
        var free = FreeU(rack);
        return free >= 0 ? $"{free}U free · drop parts here" : $"{-free}U over capacity";
    }

    private string Summary(RackDocument rack)
    {
        if (Evaluation.RackSummary(rack.Id) is not { } summary)
        {
            return "evaluating…";
        }

        var text = $"{Format.WithUnit(summary.GpuCount, "GPUs")} · {Format.WithUnit(Math.Round(summary.ItPowerKw, 1), "kW")}";
        return summary.CoolantReturnC is { } returnC ? $"{text} · {Format.WithUnit(Math.Round(returnC, 1), "°C")} out" : text;
    }
}
