using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>
/// A scenario document that passed every check: read, migrated to the current version, mapped onto the catalog.
/// <see cref="Canonical"/> is what the store keeps: the document as the contract writes it, defaults included, so
/// reading it back gives the same document byte for byte.
/// </summary>
public sealed record AcceptedScenario(
    ScenarioDocument Document, Scenario Scenario, int SourceSchemaVersion, IReadOnlyList<string> Migrations)
{
    public byte[] Canonical() => JsonSerializer.SerializeToUtf8Bytes(Document, StudioJsonContext.Default.ScenarioDocument);

    /// <summary>The name the list shows: the document's, or the default for a blank one.</summary>
    public string DisplayName => Scenario.Name;
}

/// <summary>What <see cref="ScenarioIntake"/> made of a body: an accepted scenario, or every error with its path.</summary>
public sealed record IntakeResult(AcceptedScenario? Accepted, IReadOnlyList<InputError> Errors, bool TooLarge);

/// <summary>
/// The one way in for scenario documents: evaluate, save, import and inline links all run the same reader, migration
/// and catalog checks, so a document the studio can save is exactly one it can evaluate, and a bad one is never stored.
/// </summary>
public sealed class ScenarioIntake(ScenarioMapper mapper, ScenarioMigrations migrations)
{
    public async Task<IntakeResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Check(await ScenarioReader.ReadAsync(request, cancellationToken, migrations));

    public IntakeResult Check(ReadOnlyMemory<byte> json) => Check(ScenarioReader.Parse(json, migrations));

    private IntakeResult Check(ScenarioReadResult read)
    {
        if (read.Document is null)
        {
            return new(null, read.Errors, read.TooLarge);
        }

        var mapped = mapper.Map(read.Document);
        return mapped.Scenario is null
            ? new(null, mapped.Errors, false)
            : new(new(read.Document, mapped.Scenario, read.SourceSchemaVersion, read.Migrations), [], false);
    }
}
