using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Client.Components.Shared;
using Studio.Contracts;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// What the design is compared against: a reference design the server runs with the design's site and workload, or
/// a whole second scenario the user loaded from a file and that is compared as it is.
/// </summary>
public sealed record BaselineChoice
{
    /// <summary>The server's limit on a posted document; a larger file would only be refused after the upload.</summary>
    public const long MaxFileBytes = ScenarioDocument.MaxBytes;

    private BaselineChoice(string key, string name, string? templateId, ScenarioDocument? scenario)
    {
        Key = key;
        Name = name;
        TemplateId = templateId;
        Scenario = scenario;
    }

    /// <summary>The Blackwell generation most fleets run today: the default yardstick.</summary>
    public static BaselineChoice Gb200 { get; } = Template("gb200-nvl72", "GB200 NVL72");

    public static BaselineChoice Gb300 { get; } = Template("gb300-nvl72", "GB300 NVL72");

    /// <summary>
    /// The reference designs the picker offers, in its order: the single-rack designs, then the Blackwell reference
    /// factories (the server scales a template's rows to the design's IT power, so a factory baseline keeps its halls
    /// and rows, its shared CDUs and spines, at the design's size).
    /// </summary>
    public static IReadOnlyList<BaselineChoice> Templates { get; } =
    [
        Gb200,
        Gb300,
        Template("gb200-factory-100mw", "GB200 NVL72 factory (100 MW layout)"),
        Template("gb300-factory-100mw", "GB300 NVL72 factory (100 MW layout)"),
        Template("gb200-factory-1gw", "GB200 NVL72 factory (1 GW layout)"),
        Template("gb300-factory-1gw", "GB300 NVL72 factory (1 GW layout)"),
    ];

    /// <summary>Picker value: the template id, or <see cref="FileKey"/> for a scenario from a file.</summary>
    public string Key { get; }

    public string Name { get; }

    public string? TemplateId { get; }

    public ScenarioDocument? Scenario { get; }

    public const string FileKey = "file";

    public static BaselineChoice Template(string id, string name) => new(id, name, id, null);

    public static BaselineChoice FromScenario(ScenarioDocument scenario) => new(FileKey, scenario.Name, null, scenario);

    /// <summary>
    /// Reads a scenario file with the wire contract's strict rules, so a document the server would refuse is refused
    /// here, with the same reason, before it replaces a working baseline.
    /// </summary>
    public static bool TryRead(string json, string fileName, out BaselineChoice? choice, out string? error)
    {
        choice = null;
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            // The runtime's own message is a resource key in the browser ("ExpectedStartOfValueNotFound"): say where.
            error = $"{fileName} is not JSON (line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}).";
            return false;
        }

        try
        {
            // The version first: an older document does not fit today's contract, and its own fields would hide why.
            var version = parsed?["schemaVersion"] is JsonValue v && v.TryGetValue<int>(out var given) ? given : ScenarioDocument.CurrentSchemaVersion;
            if (version != ScenarioDocument.CurrentSchemaVersion)
            {
                error = version < ScenarioDocument.CurrentSchemaVersion
                    ? $"{fileName} is a scenario of schema version {version}; a baseline must be version {ScenarioDocument.CurrentSchemaVersion}. Import the file with the scenario bar's import button (it migrates older versions), export it, and load the exported file here."
                    : $"{fileName} is a scenario of schema version {version}, newer than this studio reads ({ScenarioDocument.CurrentSchemaVersion}): compare against it in a studio as new as the one that wrote it.";
                return false;
            }

            var document = JsonSerializer.Deserialize(json, StudioJsonContext.Default.ScenarioDocument);
            if (document is null)
            {
                error = $"{fileName} holds no scenario.";
                return false;
            }

            choice = FromScenario(document);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            // The path, in words, is what a person can act on; the runtime's message may be a bare resource key.
            var where = ProblemText.Where(ex.Path ?? "$");
            error = where.Length == 0
                ? $"{fileName} is not a scenario the studio can read (line {(ex.LineNumber ?? 0) + 1})."
                : $"{fileName} is not a scenario the studio can read: {where} does not fit the scenario format (line {(ex.LineNumber ?? 0) + 1}).";
            return false;
        }
    }

    public BaselineDto ToDto() => Scenario is null ? new BaselineDto { Template = TemplateId } : new BaselineDto { Scenario = Scenario };
}
