using Microsoft.AspNetCore.Components;
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

    private RackDocument? Rack => Editor.FindRack(Node.Id);

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
