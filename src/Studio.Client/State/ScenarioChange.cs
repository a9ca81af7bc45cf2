namespace Studio.Client.State;

/// <summary>What an edit changed, so listeners do only the work it needs.</summary>
public enum ScenarioChange
{
    /// <summary>A new document was loaded: rebuild everything.</summary>
    Replaced,

    /// <summary>Parts, racks, connections, settings, site, workload or factory changed: re-evaluate.</summary>
    Design,

    /// <summary>Only canvas positions or labels moved: nothing to re-evaluate.</summary>
    Layout,

    /// <summary>Only the selection changed.</summary>
    Selection,
}
