using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A part's share of its rack's liquid loop: the heat its cold plates take, and the warmest supply they are specified for.</summary>
/// <param name="CooledFraction">Share of the part's heat the loop takes; the rest goes to room air.</param>
/// <param name="MaxSupplyC">Warmest facility coolant supply the part is specified for.</param>
public sealed record LiquidCooling(Figure CooledFraction, Figure MaxSupplyC);
