namespace Studio.Engine.Provenance;

/// <summary>Where a figure comes from: its kind, the sources that state it, and a note on how it was obtained.</summary>
/// <param name="Kind">Vendor, estimate, derived or user.</param>
/// <param name="SourceIds">Ids from <see cref="SourceRegistry"/>; empty only for user values and studio assumptions.</param>
/// <param name="Note">The arithmetic of a derived figure, or the reasoning behind an estimate.</param>
/// <param name="Basis">For derived figures: the weakest kind among the inputs (a sum of vendor figures is stronger
/// than a sum that includes an estimate).</param>
public sealed record Evidence(EvidenceKind Kind, IReadOnlyList<string> SourceIds, string? Note = null, EvidenceKind? Basis = null)
{
    public static Evidence Vendor(params string[] sourceIds) => new(EvidenceKind.Vendor, sourceIds);

    public static Evidence Estimate(string note, params string[] sourceIds) => new(EvidenceKind.Estimate, sourceIds, note);

    public static Evidence User(string note) => new(EvidenceKind.User, [], note);

    /// <summary>A figure computed from others: the sources are the union of theirs, the basis their weakest kind.</summary>
    public static Evidence DerivedFrom(string note, IEnumerable<Evidence> inputs)
    {
        var list = inputs.ToList();
        var sources = list.SelectMany(e => e.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var basis = list.Count == 0 ? EvidenceKind.Derived : list.Select(e => e.Basis ?? e.Kind).Max();
        return new Evidence(EvidenceKind.Derived, sources, note, basis);
    }

    /// <summary>The kind that decides how far the figure can be trusted: the basis of a derived figure, else its kind.</summary>
    public EvidenceKind Strength => Kind == EvidenceKind.Derived ? Basis ?? EvidenceKind.Derived : Kind;
}
