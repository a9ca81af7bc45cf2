namespace Studio.Engine.Scenarios;

/// <summary>How many racks like the design the factory holds.</summary>
public sealed record FactoryPlan(int RackCount);
