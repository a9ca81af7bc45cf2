using Studio.Contracts.Catalog;
using Studio.Engine.Scenarios;
using Studio.Server.Mapping;
using Studio.Server.Scenarios;

namespace Studio.Server.Templates;

/// <summary>A reference design shipped as a file in samples/: its file, and the scenario it maps to (mapped once).</summary>
public sealed record ScenarioTemplate(TemplateSummaryDto Summary, byte[] Json, Scenario Scenario);

/// <summary>
/// The reference designs in samples/, read and validated once at start-up through the same reader and mapper as
/// any uploaded scenario. A sample that fails validation is logged and left out rather than served broken.
/// </summary>
public sealed class TemplateLibrary
{
    private readonly Dictionary<string, ScenarioTemplate> _templates = new(StringComparer.Ordinal);

    public TemplateLibrary(ScenarioMapper mapper, ILogger<TemplateLibrary> logger, string? directory = null)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("No samples folder at {Directory}: the studio starts with no templates.", directory);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var json = File.ReadAllBytes(file);
            var read = ScenarioReader.Parse(json);
            var mapped = read.Document is null ? null : mapper.Map(read.Document);
            var errors = read.Errors.Concat(mapped?.Errors ?? []).ToList();
            if (errors.Count > 0 || mapped?.Scenario is null)
            {
                logger.LogError("Template {File} is invalid and is not offered: {Errors}", file,
                    string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
                continue;
            }

            var generation = mapped.Scenario.Racks.Select(r => r.Spec.Generation).FirstOrDefault();
            _templates[id] = new ScenarioTemplate(
                new TemplateSummaryDto(id, read.Document!.Name, read.Document.Description ?? "", ProvenanceMapping.CamelCase(generation)),
                json,
                mapped.Scenario);
        }

        logger.LogInformation("Loaded {Count} scenario templates from {Directory}.", _templates.Count, directory);
    }

    public IReadOnlyList<TemplateSummaryDto> List() => [.. _templates.Values.Select(t => t.Summary)];

    public ScenarioTemplate? Find(string id) => _templates.GetValueOrDefault(id);
}
