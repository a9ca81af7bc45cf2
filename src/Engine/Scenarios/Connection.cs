namespace Studio.Engine.Scenarios;

public enum ConnectionKind
{
    /// <summary>A rack's secondary coolant loop to an in-row CDU.</summary>
    Coolant,

    /// <summary>A rack's scale-out NICs to a switch.</summary>
    Network,
}

/// <summary>A link on the canvas from a rack to floor equipment.</summary>
public sealed record Connection(string Id, ConnectionKind Kind, string RackId, string EquipmentId);
