using System.Text.Json.Nodes;
using Studio.Contracts.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>
/// One step of the scenario format's history: rewrites a document of <see cref="FromVersion"/> into the shape of the
/// next version. Steps work on the JSON tree, not on <see cref="ScenarioDocument"/>, because an old document does not
/// fit today's contract (that is why it needs migrating).
/// </summary>
public interface IScenarioMigration
{
    int FromVersion { get; }

    /// <summary>What the step changes, in words a user reads when an imported file was migrated.</summary>
    string Description { get; }

    /// <summary>Rewrites <paramref name="document"/> in place; the chain sets <c>schemaVersion</c> afterwards.</summary>
    void Apply(JsonObject document);
}

/// <summary>A step met a value it cannot carry over: the error names where it is, like any input error.</summary>
public sealed class MigrationInputException(string path, string message) : FormatException(message)
{
    public string Path { get; } = path;
}

/// <summary>The outcome of bringing a document up to the current version.</summary>
public sealed record MigrationOutcome(JsonObject Document, IReadOnlyList<string> Applied);

/// <summary>
/// The chain of <see cref="IScenarioMigration"/> steps that brings any older document to
/// <see cref="ScenarioDocument.CurrentSchemaVersion"/>, one version at a time, so a saved link or an exported file keeps
/// opening after the format changes.
/// </summary>
public sealed class ScenarioMigrations
{
    private readonly Dictionary<int, IScenarioMigration> _steps;

    public ScenarioMigrations(IEnumerable<IScenarioMigration> steps, int currentVersion = ScenarioDocument.CurrentSchemaVersion)
    {
        CurrentVersion = currentVersion;
        _steps = [];
        foreach (var step in steps)
        {
            if (step.FromVersion >= currentVersion || !_steps.TryAdd(step.FromVersion, step))
            {
                throw new ArgumentException($"Migration steps need distinct versions below {currentVersion}; {step.FromVersion} is not.", nameof(steps));
            }
        }

        // The oldest readable version is the start of the unbroken chain that ends at the current version.
        OldestVersion = currentVersion;
        while (_steps.ContainsKey(OldestVersion - 1))
        {
            OldestVersion--;
        }
    }

    /// <summary>The steps this server ships, from version 1 (a rack count) to 2 (a factory layout).</summary>
    public static ScenarioMigrations Builtin { get; } = new([new RackCountBecameLayout()]);

    public int CurrentVersion { get; }

    /// <summary>The oldest version that migrates to the current one.</summary>
    public int OldestVersion { get; }

    public bool CanMigrate(int version) => version >= OldestVersion && version < CurrentVersion;

    /// <summary>Applies every step from <paramref name="version"/> up, setting <c>schemaVersion</c> after each.</summary>
    public MigrationOutcome Migrate(JsonObject document, int version)
    {
        if (!CanMigrate(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"Versions {OldestVersion} to {CurrentVersion - 1} migrate.");
        }

        var applied = new List<string>();
        for (var v = version; v < CurrentVersion; v++)
        {
            var step = _steps[v];
            step.Apply(document);
            document["schemaVersion"] = v + 1;
            applied.Add($"{v} → {v + 1}: {step.Description}");
        }

        return new(document, applied);
    }
}
