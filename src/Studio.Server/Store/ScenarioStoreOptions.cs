namespace Studio.Server.Store;

/// <summary>The "Store" section of configuration (appsettings.json, environment STORE__PATH, or --Store:Path=...).</summary>
public sealed class ScenarioStoreOptions
{
    public const string Section = "Store";

    /// <summary>
    /// The SQLite file. Relative paths are under the content root; the default is <c>data/studio.db</c> there, created on
    /// first start.
    /// </summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "studio.db");
}
