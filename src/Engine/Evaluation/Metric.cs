using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>One number of a report: its band, unit and provenance; or, when a design error stops it, why not.</summary>
/// <param name="Id">Stable id (see <see cref="MetricIds"/>): charts, comparisons and saved links refer to it.</param>
/// <param name="Band">Value with low/high; null when <paramref name="BlockedBy"/> names a diagnostic.</param>
/// <param name="BlockedBy">Codes of the error diagnostics that stop this metric.</param>
public sealed record Metric(string Id, string Label, Band? Band, string Unit, Evidence Evidence, IReadOnlyList<string> BlockedBy)
{
    public static Metric Of(string id, string label, Figure figure) => new(id, label, figure.Band, figure.Unit, figure.Evidence, []);

    /// <summary>
    /// The figure when there is one, else the metric withheld for <paramref name="blockedBy"/>: one call per metric,
    /// so its label is written once whichever way it goes. <paramref name="unit"/> is the withheld metric's; a
    /// figure carries its own.
    /// </summary>
    public static Metric Of(string id, string label, string unit, Figure? figure, string blockedBy) =>
        Of(id, label, unit, figure, [blockedBy]);

    /// <inheritdoc cref="Of(string, string, string, Figure?, string)"/>
    public static Metric Of(string id, string label, string unit, Figure? figure, IReadOnlyList<string> blockedBy) =>
        figure is null ? Withheld(id, label, unit, blockedBy) : Of(id, label, figure);

    /// <summary>A metric the design cannot give, and the finding that says why.</summary>
    public static Metric Withheld(string id, string label, string unit, string blockedBy) => Withheld(id, label, unit, [blockedBy]);

    /// <summary>A metric the design cannot give, and the findings that say why.</summary>
    public static Metric Withheld(string id, string label, string unit, IReadOnlyList<string> blockedBy) =>
        new(id, label, null, unit, new Evidence(EvidenceKind.Derived, [],
            (blockedBy.Count == 1 ? "withheld: see the finding " : "withheld: see the findings ") + string.Join(", ", blockedBy)), blockedBy);

    public double? Value => Band?.Value;
}
