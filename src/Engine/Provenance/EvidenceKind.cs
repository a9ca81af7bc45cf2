namespace Studio.Engine.Provenance;

/// <summary>How much a figure can be trusted: who says so, and how it was obtained.</summary>
public enum EvidenceKind
{
    /// <summary>A vendor's published specification or claim (NVIDIA marks Rubin figures preliminary).</summary>
    Vendor,

    /// <summary>An analyst's, the press's or this studio's estimate.</summary>
    Estimate,

    /// <summary>Arithmetic on other figures, shown in the note.</summary>
    Derived,

    /// <summary>A value the user entered, replacing the catalog's.</summary>
    User,
}
