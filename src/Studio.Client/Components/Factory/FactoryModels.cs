using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace Studio.Client.Components.Factory;

/// <summary>What a hall block asks of the factory view: drops, and opening a row's rack design.</summary>
public interface IFactoryDropTarget
{
    /// <summary>A rack design from the list was dropped on a hall: add a row of it.</summary>
    void DropOnHall(string hallId);

    /// <summary>A rack design from the list was dropped on a row: the row places that design from now on.</summary>
    void DropOnRow(string rowId);

    /// <summary>The user double-clicked a row: show its rack design on the rack canvas.</summary>
    void OpenRow(string rowId);
}

/// <summary>
/// One factory-canvas node per hall, its rows drawn inside it as blocks: the canvas stays a handful of nodes however
/// many racks the rows place. It holds only the hall's id; the widget reads the current document through the editor,
/// so an undo never leaves the node with stale rows.
/// </summary>
public sealed class HallNode(string id, Point position, IFactoryDropTarget dropTarget) : NodeModel(id, position)
{
    public IFactoryDropTarget DropTarget { get; } = dropTarget;
}
