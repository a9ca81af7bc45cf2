using System.Globalization;
using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Factory;

public sealed partial class FactoryView : IFactoryDropTarget, IDisposable
{
    private const double ZoomStep = 1.25;
    private const double MinZoom = 0.1;
    private const double MaxZoom = 2;
    private readonly Dictionary<string, HallNode> _nodes = new(StringComparer.Ordinal);
    private bool _showNetwork;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private RackDesignDrag Drag { get; set; } = null!;

    [Inject] private StudioView View { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    internal BlazorDiagram Diagram { get; private set; } = null!;

    private string ZoomText => string.Create(CultureInfo.InvariantCulture, $"{Diagram.Zoom * 100:0}%");

    /// <summary>The whole factory from the document: exact while the report catches up.</summary>
    private string TotalsText
    {
        get
        {
            var halls = Editor.Document.Factory.Halls;
            var rows = halls.Sum(h => h.Rows.Count);
            var racks = halls.Sum(h => h.Rows.Sum(r => (long)r.RackCount));
            return $"{Format.Count(halls.Count, "hall")} · {Format.Count(rows, "row")} · {Format.Count(racks, "rack")}";
        }
    }

    protected override void OnInitialized()
    {
        Diagram = new BlazorDiagram(new BlazorDiagramOptions
        {
            AllowMultiSelection = false,
            GridSize = 20,
            // A large factory zoomed to fit is small on screen: let the wheel zoom out further than the rack canvas.
            Zoom = { Enabled = true, Minimum = MinZoom, Maximum = MaxZoom, Inverse = true },
            Links = { RequireTarget = true, Factory = (_, _, _) => null },
        });
        Diagram.RegisterComponent<HallNode, HallNodeWidget>();
        Diagram.SelectionChanged += OnDiagramSelectionChanged;

        // Delete and Backspace remove the selected row or hall (a row is selected by the editor, not by Diagrams).
        var keyboard = Diagram.GetBehavior<KeyboardShortcutsBehavior>()!;
        keyboard.SetShortcut("Delete", false, false, false, _ => DeleteSelection());
        keyboard.SetShortcut("Backspace", false, false, false, _ => DeleteSelection());
        Diagram.ZoomChanged += OnZoomChanged;
        Editor.Changed += OnEditorChanged;
        Evaluation.Changed += OnEvaluationChanged;
        Reconcile();
    }

    public void Dispose()
    {
        Diagram.ZoomChanged -= OnZoomChanged;
        Editor.Changed -= OnEditorChanged;
        Evaluation.Changed -= OnEvaluationChanged;
    }

    public void DropOnHall(string hallId)
    {
        if (Drag.Take() is { } rackId)
        {
            Report(Editor.AddRow(hallId, rackId));
        }
    }

    public void DropOnRow(string rowId)
    {
        if (Drag.Take() is { } rackId)
        {
            Report(Editor.SetRowRackDesign(rowId, rackId));
        }
    }

    public void OpenRow(string rowId)
    {
        if (Editor.FindRow(rowId) is var (row, _))
        {
            View.OpenRackDesign(row.Rack);
        }
    }

    private void AddHall() => Report(Editor.AddHall());

    /// <summary>
    /// Shows (or hides) the fabric diagram; showing it also clears a hall or row selection, so the inspector beside it
    /// shows the network's settings.
    /// </summary>
    private void ToggleNetwork()
    {
        _showNetwork = !_showNetwork;
        if (_showNetwork && (Editor.FindRow(Editor.SelectedId) is not null || Editor.FindHall(Editor.SelectedId) is not null))
        {
            Editor.Select(null);
        }
    }

    /// <summary>Only factory blocks: a rack design stays selected across views, and is deleted on the rack canvas.</summary>
    private ValueTask DeleteSelection()
    {
        if (Editor.FindRow(Editor.SelectedId) is not null || Editor.FindHall(Editor.SelectedId) is not null)
        {
            Editor.Remove(Editor.SelectedId!);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A row in the hall the user is in (the selected hall, or the selected row's), else the first hall, of the
    /// selected row's design, else the first design. With no hall yet, a hall is made for it.
    /// </summary>
    private void AddRow()
    {
        var selectedRow = Editor.FindRow(Editor.SelectedId);
        var hall = Editor.FindHall(Editor.SelectedId) ?? selectedRow?.Hall ?? Editor.Document.Factory.Halls.FirstOrDefault();
        var rackId = selectedRow?.Row.Rack ?? Editor.Document.Racks.FirstOrDefault()?.Id;
        if (rackId is null)
        {
            Report(EditResult.Refused("Design a rack first: a row places a rack design."));
            return;
        }

        Report(Editor.AddRow(hall?.Id, rackId));
    }

    private void ZoomBy(double factor) => Diagram.SetZoom(Math.Clamp(Diagram.Zoom * factor, MinZoom, MaxZoom));

    /// <summary>
    /// Frames every hall, never closer than 100 %: Diagrams' own ZoomToFit ignores the zoom limits and blows a single
    /// hall up to twice its size. Only once the browser has measured the blocks; boxes of unknown size fit nothing.
    /// </summary>
    private void ZoomToFit()
    {
        var measured = _nodes.Values.Where(n => n.Size is { Width: > 0, Height: > 0 }).ToList();
        if (measured.Count == 0 || Diagram.Container is not { Width: > 0, Height: > 0 } container)
        {
            return;
        }

        const double margin = 40;
        var left = measured.Min(n => n.Position.X);
        var top = measured.Min(n => n.Position.Y);
        var right = measured.Max(n => n.Position.X + n.Size!.Width);
        var bottom = measured.Max(n => n.Position.Y + n.Size!.Height);
        var zoom = Math.Clamp(
            Math.Min(container.Width / (right - left + 2 * margin), container.Height / (bottom - top + 2 * margin)), MinZoom, 1);
        Diagram.SetZoom(zoom);
        // On screen a canvas point sits at pan + point × zoom: centre the halls' box in the container.
        Diagram.SetPan(container.Width / 2 - (left + right) / 2 * zoom, container.Height / 2 - (top + bottom) / 2 * zoom);
    }

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }

    private void OnZoomChanged() => InvokeAsync(StateHasChanged);

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change == ScenarioChange.Selection)
        {
            RefreshNodes();
            return;
        }

        Reconcile();
        InvokeAsync(StateHasChanged);
    }

    private void OnEvaluationChanged()
    {
        RefreshNodes();
        if (_showNetwork)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    private void RefreshNodes()
    {
        foreach (var node in _nodes.Values)
        {
            node.Refresh();
        }
    }

    /// <summary>Brings the diagram in line with the document's halls: adds, removes and moves nodes, re-renders each.</summary>
    private void Reconcile()
    {
        var halls = Editor.Document.Factory.Halls;
        Diagram.SuspendRefresh = true;
        try
        {
            foreach (var stale in _nodes.Keys.Except(halls.Select(h => h.Id)).ToList())
            {
                Diagram.Nodes.Remove(_nodes[stale]);
                _nodes.Remove(stale);
            }

            for (var i = 0; i < halls.Count; i++)
            {
                var point = Position(halls[i], i);
                if (_nodes.TryGetValue(halls[i].Id, out var existing))
                {
                    if (existing.Position.X != point.X || existing.Position.Y != point.Y)
                    {
                        existing.SetPosition(point.X, point.Y);
                    }

                    existing.Refresh();
                    continue;
                }

                var node = new HallNode(halls[i].Id, point, this);
                node.Moved += OnNodeMoved;
                _nodes[node.Id] = node;
                Diagram.Nodes.Add(node);
            }
        }
        finally
        {
            Diagram.SuspendRefresh = false;
        }

        Diagram.Refresh();
    }

    /// <summary>A hall without a position (written by hand, or migrated) goes in a line with the others.</summary>
    private static Point Position(HallDocument hall, int index) =>
        hall.Position is { } position ? new Point(position.X, position.Y) : new Point(40 + index * 420, 40);

    private void OnNodeMoved(MovableModel node) => Editor.MoveHall(node.Id, node.Position.X, node.Position.Y);

    private void OnDiagramSelectionChanged(SelectableModel model)
    {
        if (model.Selected)
        {
            // A click on a row selects the hall's node first (on pointer down), then the row (on click): the row wins.
            Editor.Select(model.Id);
        }
        else if (Editor.SelectedId == model.Id)
        {
            Editor.Select(null);
        }
    }
}
