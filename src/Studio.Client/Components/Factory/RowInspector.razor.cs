using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Factory;

public sealed partial class RowInspector : IDisposable
{
    /// <summary>The select's key for "no CDU named": the rack design decides (MudSelect needs a non-null value to show it).</summary>
    private const string DesignCdu = "";

    private string _countText = "";
    private string? _countError;
    private int? _shownCount;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private StudioView View { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public string RowId { get; set; } = "";

    /// <summary>
    /// Subscribed itself, as <c>ItemInspector</c> is: with only an unchanged id parameter, Blazor would skip this
    /// component when the panel re-renders, and it would show figures from before an undo or a new report.
    /// </summary>
    protected override void OnInitialized()
    {
        Editor.Changed += OnEditorChanged;
        Evaluation.Changed += OnEvaluated;
        SyncCount();
    }

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        Evaluation.Changed -= OnEvaluated;
    }

    private void OnEditorChanged(ScenarioChange change) => InvokeAsync(() =>
    {
        SyncCount();
        StateHasChanged();
    });

    private void OnEvaluated() => InvokeAsync(StateHasChanged);

    /// <summary>Only a change of the document's count (an undo, another scenario) replaces the text the user typed.</summary>
    private void SyncCount()
    {
        var current = Editor.FindRow(RowId)?.Row.RackCount;
        if (current != _shownCount)
        {
            _shownCount = current;
            _countText = current is { } count ? RowCountInput.Text(count) : "";
            _countError = null;
        }
    }

    private void OnCountChanged(string? text)
    {
        _countText = text ?? "";
        var parsed = RowCountInput.Parse(_countText);
        _countError = parsed.Error;
        if (parsed.Value is { } count && count != _shownCount)
        {
            // Set before the edit: the re-render it causes then sees its own value and keeps the text as typed.
            _shownCount = count;
            Report(Editor.SetRowRackCount(RowId, count));
        }
    }

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }

    private static string RedundancyText(string redundancy) => redundancy switch
    {
        "n" => "N: no spare CDU",
        "n+1" => "N+1: one spare CDU",
        "2n" => "2N: every CDU doubled",
        _ => redundancy,
    };

    private IEnumerable<(string Name, string Value)> Figures(RowSummaryDto? summary)
    {
        if (summary is null)
        {
            yield return ("Figures", Evaluation.Status is EvaluationStatus.Updating or EvaluationStatus.Idle
                ? "evaluating…"
                : "not sized in the last report");
            yield break;
        }

        yield return ("GPUs", Format.Number(summary.GpuCount));
        yield return ("IT power", Format.WithUnit(Math.Round(summary.ItPowerKw, 1), "kW"));
        yield return ("Liquid heat", Format.WithUnit(Math.Round(summary.LiquidHeatKw, 1), "kW"));
        yield return ("CDUs", Format.Number(summary.CduCount));
        yield return ("Leaf switches", Format.Number(summary.LeafSwitchCount));
    }

    private void Delete()
    {
        Snackbar.OfferUndo(Editor, Editor.Remove(RowId));
    }
}
