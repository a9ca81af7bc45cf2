using System.Text.Json;
using System.Text.RegularExpressions;
using Studio.Client.State;
using Studio.Contracts.Problems;

namespace Studio.Client.Components.Shared;

/// <summary>
/// A rejected document's problems in people's words: each error on its own line, saying which rack, part or field it
/// is about (by name and id, read from the document itself) instead of a JSON path, and without the API's hints
/// ("GET /api/catalog lists the parts") that only a developer with curl can follow.
/// </summary>
public static partial class ProblemText
{
    private const string NoReason = "The server did not say why.";

    /// <summary>Field names that read oddly split into words.</summary>
    private static readonly Dictionary<string, string> s_fieldWords = new(StringComparer.Ordinal)
    {
        ["partId"] = "part type",
        ["label"] = "name",
        ["schemaVersion"] = "format version",
        ["id"] = "id",
        ["from"] = "from",
        ["to"] = "to",
    };

    /// <summary>Every error of the problem, one line each; its detail or title when it lists none.</summary>
    public static IReadOnlyList<string> Lines(ProblemDto? problem, JsonElement? document = null, CatalogState? catalog = null) => problem switch
    {
        { Errors: { Count: > 0 } errors } => [.. errors.Select(e => Line(e, document, catalog))],
        { Detail: { } detail } => [Plain(detail, catalog)],
        { Title: { } title } => [Plain(title, catalog)],
        _ => [NoReason],
    };

    /// <summary>"Rack “Rack A1” (rack-a1), part ps-2, part type: Unknown part 'nonsense'. The palette lists the parts."</summary>
    public static string Line(InputErrorDto error, JsonElement? document = null, CatalogState? catalog = null)
    {
        var where = Where(error.Path, document, catalog);
        var message = Plain(error.Message, catalog);
        return where.Length == 0 ? message : $"{where}: {message}";
    }

    /// <summary>The document the errors point into, for naming its racks and parts; null when it is not JSON.</summary>
    public static JsonElement? Parse(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The place a JSON path names, in words: racks and parts by name and id, fields by their label.</summary>
    public static string Where(string path, JsonElement? document = null, CatalogState? catalog = null)
    {
        var steps = Step().Matches(path).Select(m => m.Groups[1].Success ? (Name: m.Groups[1].Value, Index: -1) : (Name: "", Index: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var words = new List<string>();
        var fields = new List<string>();
        JsonElement? at = document;
        for (var i = 0; i < steps.Count; i++)
        {
            var (name, _) = steps[i];
            if (name.Length == 0)
            {
                continue;
            }

            var child = Member(at, name);
            if (i + 1 < steps.Count && steps[i + 1].Index >= 0 && Noun(name) is { } noun)
            {
                var index = steps[i + 1].Index;
                var item = Item(child, index);
                words.Add(Describe(noun, item, index, catalog));
                at = item;
                fields.Clear();
                i++;
                continue;
            }

            fields.Add(name);
            at = child;
        }

        if (fields.Count > 0)
        {
            words.Add(Field(fields, catalog));
        }

        var text = string.Join(", ", words);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A server message without its API hints, and with catalog ids followed by the part's name.</summary>
    public static string Plain(string message, CatalogState? catalog = null)
    {
        if (NotJson().Match(message) is { Success: true } json)
        {
            return $"This file is not JSON (line {json.Groups[1].Value}, column {json.Groups[2].Value}).";
        }

        var text = message
            .Replace("GET /api/catalog lists the parts.", "The palette lists the parts.", StringComparison.Ordinal)
            .Replace("against docs/scenario-format.md", "against the scenario format (docs/scenario-format.md)", StringComparison.Ordinal);
        text = ApiAside().Replace(text, "");
        text = ApiSentence().Replace(text, "").Trim();
        return catalog is null ? text : Quoted().Replace(text, m => catalog.Part(m.Groups[1].Value) is { } part ? $"{m.Value} ({part.Name})" : m.Value);
    }

    private static string? Noun(string member) => member switch
    {
        "racks" => "rack",
        "parts" => "part",
        "equipment" => "equipment",
        "connections" => "connection",
        "halls" => "hall",
        "rows" => "row",
        _ => null,
    };

    private static string Describe(string noun, JsonElement? item, int index, CatalogState? catalog)
    {
        var id = Text(item, "id");
        var label = Text(item, "label") ?? Text(item, "name");
        var type = catalog?.Part(Text(item, "partId"))?.Name;
        var name = label ?? (noun == "rack" ? null : type);
        return (name, id) switch
        {
            ({ }, { }) => $"{noun} “{name}” ({id})",
            ({ }, null) => $"{noun} “{name}”",
            (null, { }) => $"{noun} {id}",
            _ => $"{noun} {index + 1}",
        };
    }

    private static string Field(List<string> members, CatalogState? catalog)
    {
        var dotted = string.Join('.', members);
        if (catalog?.Catalog?.ScenarioFields.FirstOrDefault(f => f.Path == dotted) is { } field)
        {
            return field.Label.ToLowerInvariant();
        }

        return string.Join(", ", members.Select(m => s_fieldWords.TryGetValue(m, out var words) ? words : CamelWords().Replace(m, " $1").ToLowerInvariant()));
    }

    private static JsonElement? Member(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var child) ? child : null;

    private static JsonElement? Item(JsonElement? element, int index) =>
        element is { ValueKind: JsonValueKind.Array } e && index < e.GetArrayLength() ? e[index] : null;

    private static string? Text(JsonElement? element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")]
    private static partial Regex Step();

    [GeneratedRegex(@"not valid JSON: .*\(line (\d+), byte (\d+)\)")]
    private static partial Regex NotJson();

    [GeneratedRegex(@"\s*\([^()]*(GET|POST) /[^()]*\)")]
    private static partial Regex ApiAside();

    [GeneratedRegex(@"\s*[^.]*\b(GET|POST) /api/[^.]*\.?")]
    private static partial Regex ApiSentence();

    [GeneratedRegex(@"'([a-z0-9]+(\.[a-z0-9-]+)+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CamelWords();
}
