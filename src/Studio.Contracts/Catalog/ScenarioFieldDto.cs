namespace Studio.Contracts.Catalog;

/// <summary>
/// One number of the scenario document itself (not of a part), as GET /api/catalog serves it: the Server checks a
/// document against exactly these ranges, and the studio's inspector builds its editors from them.
/// </summary>
/// <param name="Path">The member's JSON path below the document's root, "site.coolantSupplyC".</param>
/// <param name="Group">site, power, workload, training, factory or economics: where the inspector shows it.</param>
/// <param name="Unit">The unit of the value in the document, as error messages name it ("°C", "racks", "(a fraction)").</param>
/// <param name="Min">Smallest accepted value (inclusive).</param>
/// <param name="Max">Largest accepted value (inclusive).</param>
/// <param name="Integer">The document holds a whole number.</param>
/// <param name="Optional">May be left out (or null): the model's default and its range apply.</param>
/// <param name="Default">The value used when the member is left out; null when it depends on other members.</param>
/// <param name="DefaultLow">Low end of an optional member's default range, which the report's bands span.</param>
/// <param name="DefaultHigh">High end of that range.</param>
/// <param name="DefaultNote">What the default is when it depends on other members ("the model's").</param>
/// <param name="EditorUnit">The unit the inspector's label shows; null for none (counts and fractions).</param>
/// <param name="EditorScale">Document value = edited value × this ("trillions" of tokens: 1e12).</param>
public sealed record ScenarioFieldDto(
    string Path,
    string Group,
    string Label,
    string Unit,
    double Min,
    double Max,
    bool Integer,
    bool Optional,
    double? Default,
    double? DefaultLow,
    double? DefaultHigh,
    string? DefaultNote,
    string? EditorUnit,
    double EditorScale,
    string Help);
