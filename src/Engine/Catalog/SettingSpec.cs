using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>
/// A figure of a part that a user may replace on one placed instance (a GPU power limit, a CDU's capacity). The
/// replacement is carried as a <see cref="EvidenceKind.User"/> figure, so the report says the number is theirs.
/// </summary>
/// <param name="Key">Stable key used in the scenario document's <c>settings</c>.</param>
/// <param name="Min">Smallest accepted value: anything below is a mistake, not a design.</param>
/// <param name="Max">Largest accepted value.</param>
/// <param name="Default">The catalog figure used when the user sets nothing.</param>
public sealed record SettingSpec(string Key, string Label, string Unit, double Min, double Max, Figure Default, string Help);
