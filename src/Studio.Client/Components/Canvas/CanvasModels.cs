using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Microsoft.AspNetCore.Components.Web;

namespace Studio.Client.Components.Canvas;

/// <summary>Receives palette drops that land on a rack node (the node's widget cannot see the canvas).</summary>
public interface IRackDropTarget
{
    /// <summary>A palette part was dropped on a rack, before the part at <paramref name="index"/> (null: at the bottom).</summary>
    void DropOnRack(string rackId, int? index, DragEventArgs args);
}

/// <summary>
/// A canvas node for a scenario rack or piece of equipment. It holds only the scenario id: widgets read the current
/// document through the editor, so undo (which swaps the document) never leaves a node with stale data.
/// </summary>
public abstract class ScenarioNode : NodeModel
{
    protected ScenarioNode(string id, Point position, PortAlignment portSide)
        : base(id, position)
    {
        Port = new ScenarioPort(this, portSide);
        AddPort(Port);
    }

    public ScenarioPort Port { get; }
}

public sealed class RackNode(string id, Point position, IRackDropTarget dropTarget) : ScenarioNode(id, position, PortAlignment.Right)
{
    public IRackDropTarget DropTarget { get; } = dropTarget;
}

public sealed class EquipmentNode(string id, Point position) : ScenarioNode(id, position, PortAlignment.Left);

/// <summary>A connection point: links run from a rack to a CDU or switch, never rack to rack or equipment to equipment.</summary>
public sealed class ScenarioPort(NodeModel parent, PortAlignment alignment) : PortModel(parent, alignment)
{
    public override bool CanAttachTo(ILinkable other) =>
        base.CanAttachTo(other) && other is ScenarioPort port && (port.Parent is RackNode) != (Parent is RackNode);
}
