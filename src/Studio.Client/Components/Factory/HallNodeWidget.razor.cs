using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Factory;

public partial class HallNodeWidget
{
    /// <summary>Set by Blazor.Diagrams' node renderer, which passes the node as "Node".</summary>
    [Parameter] public HallNode Node { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    private HallDocument? Hall => Editor.FindHall(Node.Id);

    private bool IsSelected(string id) => Editor.SelectedId == id;

    /// <summary>Why a row shows no figures: the report is on its way, or the one in hand does not size this row.</summary>
    private string PendingText => Evaluation.Status is EvaluationStatus.Updating or EvaluationStatus.Idle
        ? "evaluating…"
        : "not sized in the last report";

    /// <summary>The keyboard's click and double-click: Enter or Space selects the row, Shift+Enter opens its design.</summary>
    private void OnRowKey(RowDocument row, KeyboardEventArgs args)
    {
        if (args.Key == "Enter" && args.ShiftKey)
        {
            Node.DropTarget.OpenRow(row.Id);
        }
        else if (args.Key is "Enter" or " ")
        {
            Editor.Select(row.Id);
        }
    }

    private string DesignName(RowDocument row) =>
        Editor.FindRack(row.Rack) is { } rack ? rack.Label ?? rack.Id : $"missing design '{row.Rack}'";

    private static string RackCountText(RowDocument row) =>
        Format.Count(row.RackCount, "rack");

    /// <summary>"3 CDUs (n+1)"; racks that need no floor CDU say so rather than "0 CDUs (n+1)".</summary>
    private static string CduText(RowDocument row, RowSummaryDto summary) => summary.CduCount switch
    {
        0 when summary.LiquidHeatKw <= 0 || summary.RackCount == 0 => "no CDUs",
        0 => "in-rack CDUs",
        1 => $"1 CDU ({row.CduRedundancy})",
        var n => $"{Format.Number(n)} CDUs ({row.CduRedundancy})",
    };

    private static string LeafText(RowSummaryDto summary) =>
        summary.LeafSwitchCount == 1 ? "1 leaf switch" : $"{Format.Number(summary.LeafSwitchCount)} leaf switches";

    private static string SpineText(HallSummaryDto? summary) => summary switch
    {
        null => "",
        { SpineSwitchCount: 1 } => "1 spine switch",
        _ => $"{Format.Number(summary.SpineSwitchCount)} spine switches",
    };

    /// <summary>The hall's totals: racks from the document (exact now), GPUs and IT from the report.</summary>
    private static string HallText(HallDocument hall, HallSummaryDto? summary)
    {
        var racks = hall.Rows.Sum(r => (long)r.RackCount);
        var text = $"{Format.Count(hall.Rows.Count, "row")} · {Format.Count(racks, "rack")}";
        if (summary is null)
        {
            return text;
        }

        var gpus = summary.Rows.Sum(r => (long)r.GpuCount);
        var itMw = summary.Rows.Sum(r => r.ItPowerKw) / 1000;
        return $"{text} · {Format.WithUnit(gpus, "GPUs")} · {Format.WithUnit(Math.Round(itMw, 2), "MW")} IT";
    }
}
