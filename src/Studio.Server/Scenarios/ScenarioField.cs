using Studio.Engine.Provenance;

namespace Studio.Server.Scenarios;

/// <summary>
/// One number of the scenario document and everything the studio says about it: where it is, its unit, the range
/// the Server accepts and the default that applies when it is left out. <see cref="ScenarioFields"/> lists them.
/// </summary>
/// <param name="Path">JSON path below the root ("site.coolantSupplyC"); error paths are "$." + this.</param>
/// <param name="Group">Where the inspector and the format doc show it: site, power, workload, training, factory, economics.</param>
/// <param name="Unit">The unit in the document, as error messages name it ("°C", "racks", "(a fraction)").</param>
/// <param name="Min">Smallest accepted value, inclusive.</param>
/// <param name="Max">Largest accepted value, inclusive.</param>
public sealed record ScenarioField(string Path, string Group, string Label, string Unit, double Min, double Max, string Help)
{
    /// <summary>The document holds a whole number (an <c>int</c> member).</summary>
    public bool Integer { get; init; }

    /// <summary>The value a required member has when a document leaves it out (the Contracts' initialiser must agree).</summary>
    public double? Default { get; init; }

    /// <summary>
    /// For an optional member: the model's default with its range, which applies when it is left out. Optional
    /// members carry the Engine's figure itself, so the value and its band have one home.
    /// </summary>
    public Figure? ModelDefault { get; init; }

    /// <summary>An optional member whose default depends on other members: what it is, in words.</summary>
    public string? DefaultNote { get; init; }

    /// <summary>The unit the inspector's label shows; null for none (counts, fractions).</summary>
    public string? EditorUnit { get; init; }

    /// <summary>Document value = edited value × this (tokens edited in trillions: 1e12).</summary>
    public double EditorScale { get; init; } = 1;

    /// <summary>May be left out (or null): then the model's default, and its range, apply.</summary>
    public bool Optional => ModelDefault is not null || DefaultNote is not null;
}
