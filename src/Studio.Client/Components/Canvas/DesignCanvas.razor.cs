using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Scenarios;
using DiagramPointerEventArgs = Blazor.Diagrams.Core.Events.PointerEventArgs;

namespace Studio.Client.Components.Canvas;

public sealed partial class DesignCanvas : IRackDropTarget, IDisposable
{
    private const string CoolantColor = "#3aa6ff";
    private const string NetworkColor = "#26c6da";
    private readonly Dictionary<string, ScenarioNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkModel> _links = new(StringComparer.Ordinal);

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private PaletteDrag Drag { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    internal BlazorDiagram Diagram { get; private set; } = null!;

    protected override void OnInitialized()
    {
        Diagram = new BlazorDiagram(new BlazorDiagramOptions
        {
            AllowMultiSelection = false,
            GridSize = 20,
            Zoom = { Enabled = true, Minimum = 0.3, Maximum = 2, Inverse = true },
            Links =
            {
                DefaultColor = "#9aa7b4",
                DefaultSelectedColor = "#ffffff",
                RequireTarget = true,
                Factory = (_, source, target) => source is ScenarioPort port
                    ? new LinkModel(new SinglePortAnchor(port), target) { Color = "#9aa7b4", Width = 2 }
                    : null,
            },
        });
        Diagram.RegisterComponent<RackNode, RackNodeWidget>();
        Diagram.RegisterComponent<EquipmentNode, EquipmentNodeWidget>();
        Diagram.Links.Added += OnLinkAdded;
        Diagram.SelectionChanged += OnDiagramSelectionChanged;
        Diagram.PointerClick += OnPointerClick;

        // Delete and Backspace remove what the editor has selected (a part inside a rack, too), through the editor.
        var keyboard = Diagram.GetBehavior<KeyboardShortcutsBehavior>()!;
        keyboard.SetShortcut("Delete", false, false, false, _ => DeleteSelection());
        keyboard.SetShortcut("Backspace", false, false, false, _ => DeleteSelection());

        Diagram.ContainerChanged += FitIfPending;

        Editor.Changed += OnEditorChanged;
        Editor.Loaded += OnLoaded;
        Evaluation.Changed += OnEvaluationChanged;
        Reconcile();
    }

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        Editor.Loaded -= OnLoaded;
        Evaluation.Changed -= OnEvaluationChanged;
    }

    public void DropOnRack(string rackId, int? index, DragEventArgs args)
    {
        if (Drag.Take() is not { } partId || Catalog.Part(partId) is not { } part)
        {
            return;
        }

        if (CatalogState.MountsInRack(part))
        {
            Report(Editor.AddPart(rackId, partId, index));
        }
        else
        {
            var point = Diagram.GetRelativeMousePoint(args.ClientX, args.ClientY);
            Report(Editor.AddToCanvas(partId, point.X, point.Y));
        }
    }

    private void OnCanvasDrop(DragEventArgs args)
    {
        if (Drag.Take() is not { } partId)
        {
            return;
        }

        var point = Diagram.GetRelativeMousePoint(args.ClientX, args.ClientY);
        Report(Editor.AddToCanvas(partId, point.X, point.Y));
    }

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }

    private ValueTask DeleteSelection()
    {
        if (Editor.SelectedId is { } id)
        {
            Editor.Remove(id);
        }

        return ValueTask.CompletedTask;
    }

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change == ScenarioChange.Selection)
        {
            RefreshNodes();
            return;
        }

        Reconcile();
    }

    private void OnEvaluationChanged() => RefreshNodes();

    private void RefreshNodes()
    {
        foreach (var node in _nodes.Values)
        {
            node.Refresh();
        }
    }

    /// <summary>
    /// Brings the diagram in line with the document: adds and removes nodes and links, moves nodes whose position
    /// changed (undo), and re-renders every node (parts, labels, diagnostics). One canvas render for the lot.
    /// </summary>
    private void Reconcile()
    {
        var document = Editor.Document;
        var wanted = document.Racks.Select(r => (r.Id, r.Position, IsRack: true))
            .Concat(document.Equipment.Select(e => (e.Id, e.Position, IsRack: false)))
            .ToList();

        Diagram.SuspendRefresh = true;
        try
        {
            foreach (var stale in _links.Keys.Except(document.Connections.Select(c => c.Id)).ToList())
            {
                Diagram.Links.Remove(_links[stale]);
                _links.Remove(stale);
            }

            foreach (var stale in _nodes.Keys.Except(wanted.Select(w => w.Id)).ToList())
            {
                Diagram.Nodes.Remove(_nodes[stale]);
                _nodes.Remove(stale);
            }

            foreach (var (id, position, isRack) in wanted)
            {
                var point = new Point(position?.X ?? 0, position?.Y ?? 0);
                if (_nodes.TryGetValue(id, out var existing))
                {
                    if (existing.Position.X != point.X || existing.Position.Y != point.Y)
                    {
                        existing.SetPosition(point.X, point.Y);
                    }

                    existing.Refresh();
                    continue;
                }

                ScenarioNode node = isRack ? new RackNode(id, point, this) : new EquipmentNode(id, point);
                node.Moved += OnNodeMoved;
                node.SizeChanged += OnNodeSized;
                _nodes[id] = node;
                Diagram.Nodes.Add(node);
            }

            foreach (var connection in document.Connections.Where(c => !_links.ContainsKey(c.Id)))
            {
                if (_nodes.TryGetValue(connection.From, out var from) && _nodes.TryGetValue(connection.To, out var to))
                {
                    var link = CreateLink(connection, from, to);
                    _links[connection.Id] = link;
                    Diagram.Links.Add(link);
                }
            }
        }
        finally
        {
            Diagram.SuspendRefresh = false;
        }

        Diagram.Refresh();
    }

    private static LinkModel CreateLink(ConnectionDocument connection, ScenarioNode from, ScenarioNode to)
    {
        var coolant = connection.Kind == "coolant";
        var link = new LinkModel(connection.Id, from.Port, to.Port)
        {
            Color = coolant ? CoolantColor : NetworkColor,
            SelectedColor = "#ffffff",
            Width = 2,
            Segmentable = false,
        };
        link.AddLabel(coolant ? "coolant" : "network");
        return link;
    }

    private void OnNodeMoved(MovableModel node) => Editor.MoveNode(node.Id, node.Position.X, node.Position.Y);

    private void OnDiagramSelectionChanged(SelectableModel model)
    {
        if (model.Selected)
        {
            Editor.Select(model.Id);
        }
        else if (Editor.SelectedId == model.Id)
        {
            Editor.Select(null);
        }
    }

    /// <summary>
    /// A click on empty canvas (no model under the pointer) clears the selection. The diagram unselects its own nodes,
    /// but a part inside a rack is selected in the editor only, so without this it stayed selected and the inspector
    /// never showed the scenario's fields again.
    /// </summary>
    private void OnPointerClick(Model? model, DiagramPointerEventArgs args)
    {
        if (model is null)
        {
            Editor.Select(null);
        }
    }

    /// <summary>A link the user starts dragging from a port: watch for it landing on another port.</summary>
    private void OnLinkAdded(BaseLinkModel link)
    {
        if (!link.IsAttached)
        {
            link.TargetAttached += OnUserLinkAttached;
        }
    }

    /// <summary>
    /// The user drew a link. It is replaced by a connection in the document (coolant to a CDU, network to a
    /// switch), which the next reconcile draws in its own colour.
    /// </summary>
    private void OnUserLinkAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnUserLinkAttached;
        Diagram.Links.Remove(link);
        var ends = new[] { link.Source.Model, link.Target.Model }
            .Select(end => (end as PortModel)?.Parent ?? end as NodeModel)
            .ToList();
        var rack = ends.OfType<RackNode>().FirstOrDefault();
        var equipment = ends.OfType<EquipmentNode>().FirstOrDefault();
        var result = rack is null || equipment is null
            ? EditResult.Refused("Connect a rack to a CDU (coolant) or to a switch (network).")
            : Editor.Connect(rack.Id, equipment.Id);
        Snackbar.Add(result.Message, result.Succeeded ? Severity.Normal : Severity.Warning);
    }
}
