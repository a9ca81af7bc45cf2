using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Studio.Engine.Evaluation;
using Studio.Engine.Scenarios;
using Studio.Server.Api;
using Studio.Server.Scenarios;
using Studio.Server.Templates;

namespace Studio.Server.Comparison;

/// <summary>A compare request read, validated and mapped: the two scenarios, or every error with its JSON path.</summary>
public sealed record CompareRequest(Scenario Design, Scenario Baseline, string BaselineName, string BaselineKind, string? ExplainMetricId);

public sealed record CompareReadResult(CompareRequest? Request, IReadOnlyList<InputError> Errors, bool TooLarge);

/// <summary>
/// Reads POST /api/compare's body: { "scenario": {...}, "baseline": { "template": id } or { "scenario": {...} },
/// "explain": metric id }. Each embedded scenario goes through the same reader and mapper as /api/evaluate (a template
/// was mapped once at start-up), and its
/// errors keep their paths under "$.scenario" or "$.baseline.scenario".
/// </summary>
public static class CompareRequestReader
{
    /// <summary>Two scenarios of the largest size /api/evaluate takes, and the envelope.</summary>
    public const int MaxBodyBytes = (2 * ScenarioReader.MaxBodyBytes) + (16 * 1024);

    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 40, AllowDuplicateProperties = false };

    public static async Task<CompareReadResult> ReadAsync(
        HttpRequest request, ScenarioIntake intake, TemplateLibrary templates, CancellationToken cancellationToken) =>
        await RequestBodies.ReadAtMostAsync(request, MaxBodyBytes, cancellationToken) is { } body
            ? Parse(body, intake, templates)
            : TooLarge();

    public static CompareReadResult Parse(ReadOnlyMemory<byte> json, ScenarioIntake intake, TemplateLibrary templates)
    {
        if (json.IsEmpty)
        {
            return Fail("$", "The body is empty: send { \"scenario\": {...}, \"baseline\": { \"template\": \"gb200-nvl72\" } }.");
        }

        // Once for the whole request, so the offset counts from the start of the body and the path runs from its root.
        if (InvalidUtf8Finder.Find(json.Span) is { } invalid)
        {
            return new(null, [invalid], false);
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException ex) when (DuplicateMemberFinder.Find(json.Span) is { } duplicate)
        {
            return Fail(duplicate, "This member appears twice in its object: give it once. " + JsonErrorExplainer.FirstSentence(ex.Message) + ".");
        }
        catch (JsonException ex)
        {
            return Fail("$", string.Create(CultureInfo.InvariantCulture,
                $"The body is not valid JSON: {JsonErrorExplainer.FirstSentence(ex.Message)} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})."));
        }

        using (parsed)
        {
            var errors = new List<InputError>();
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("$", "A compare request is a JSON object with \"scenario\" and \"baseline\".");
            }

            CheckMembers(root, "$", ["scenario", "baseline", "explain"], errors);
            var design = root.TryGetProperty("scenario", out var scenarioElement)
                ? ReadScenario(scenarioElement, "$.scenario", intake, errors)
                : Missing("$.scenario", "Missing: the design to compare, a scenario document.", errors);

            var (baseline, name, kind) = ReadBaseline(root, intake, templates, errors);
            string? explain = null;
            if (root.TryGetProperty("explain", out var explainElement))
            {
                explain = ReadExplain(explainElement, errors);
            }

            if (errors.Count > 0 || design is null || baseline is null)
            {
                return new(null, errors, false);
            }

            var document = kind == "template" ? ScenarioComparer.AlignTemplate(baseline, design) : baseline;
            return new(new CompareRequest(design, document, name!, kind!, explain), [], false);
        }
    }

    private static (Scenario? Scenario, string? Name, string? Kind) ReadBaseline(
        JsonElement root, ScenarioIntake intake, TemplateLibrary templates, List<InputError> errors)
    {
        if (!root.TryGetProperty("baseline", out var baseline))
        {
            errors.Add(new("$.baseline", "Missing: give { \"template\": \"gb200-nvl72\" } or { \"scenario\": {...} }."));
            return (null, null, null);
        }

        if (baseline.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$.baseline", "Must be an object: { \"template\": \"gb200-nvl72\" } or { \"scenario\": {...} }."));
            return (null, null, null);
        }

        CheckMembers(baseline, "$.baseline", ["template", "scenario"], errors);
        var hasTemplate = baseline.TryGetProperty("template", out var template);
        var hasScenario = baseline.TryGetProperty("scenario", out var scenario);
        if (hasTemplate == hasScenario)
        {
            errors.Add(new("$.baseline", "Give exactly one of \"template\" (a template id) and \"scenario\" (a scenario document)."));
            return (null, null, null);
        }

        if (hasScenario)
        {
            var mapped = ReadScenario(scenario, "$.baseline.scenario", intake, errors);
            return (mapped, mapped?.Name, "scenario");
        }

        var known = string.Join(", ", templates.List().Select(t => t.Id));
        if (template.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("$.baseline.template", $"Must be a template id (a string): {known}."));
            return (null, null, null);
        }

        var id = template.GetString()!;
        var found = templates.Find(id);
        if (found is null)
        {
            var near = SpellingSuggestions.Closest(id, templates.List().Select(t => t.Id));
            errors.Add(new("$.baseline.template",
                $"No template has the id '{Truncate(id)}'." + (near.Count > 0 ? $" Did you mean '{near[0]}'?" : "") + $" Templates: {known}."));
            return (null, null, null);
        }

        return (found.Scenario, found.Summary.Name, "template");
    }

    /// <summary>An embedded scenario through the same intake as /api/evaluate: reader, migrations, catalog checks.</summary>
    private static Scenario? ReadScenario(JsonElement element, string path, ScenarioIntake intake, List<InputError> errors)
    {
        // The embedded document's own bytes, not a copy through a string: a string would have to decode them first.
        var result = intake.Check(JsonMarshal.GetRawUtf8Value(element).ToArray());
        errors.AddRange(result.Errors.Select(e => Under(path, e)));
        return result.Accepted?.Scenario;
    }

    private static string? ReadExplain(JsonElement element, List<InputError> errors)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("$.explain", "Must be a metric id (a string), such as \"economics.costPerMillionTokensUsd\"."));
            return null;
        }

        var id = element.GetString()!;
        if (MetricIds.All.Contains(id))
        {
            return id;
        }

        var near = SpellingSuggestions.Closest(id, MetricIds.All);
        errors.Add(new("$.explain", $"Unknown metric '{Truncate(id)}'." + (near.Count > 0 ? $" Did you mean '{near[0]}'?" : " The report's metric ids are the ones to use.")));
        return null;
    }

    private static void CheckMembers(JsonElement element, string path, string[] allowed, List<InputError> errors)
    {
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(new($"{path}.{Truncate(property.Name)}", $"Unknown member. Allowed here: {string.Join(", ", allowed)}."));
        }
    }

    /// <summary>An embedded scenario's error, with its path moved under where the scenario sits in the request.</summary>
    private static InputError Under(string path, InputError error) => error with { Path = path + error.Path[1..] };

    private static Scenario? Missing(string path, string message, List<InputError> errors)
    {
        errors.Add(new(path, message));
        return null;
    }

    private static CompareReadResult Fail(string path, string message) => new(null, [new InputError(path, message)], false);

    private static CompareReadResult TooLarge() => new(null,
        [new InputError("$", string.Create(CultureInfo.InvariantCulture, $"A compare request may be at most {MaxBodyBytes / 1024:N0} KiB: two scenarios of up to 1 MiB each."))],
        true);

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
