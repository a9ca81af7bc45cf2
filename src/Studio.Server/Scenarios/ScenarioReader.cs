using System.Globalization;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>The outcome of reading a request body as a scenario document.</summary>
public sealed record ScenarioReadResult(ScenarioDocument? Document, IReadOnlyList<InputError> Errors, bool TooLarge)
{
    public static ScenarioReadResult Fail(string path, string message) => new(null, [new InputError(path, message)], false);
}

/// <summary>
/// Turns raw bytes into a <see cref="ScenarioDocument"/>: size limit first, then JSON syntax, then the schema
/// version (before anything else, so a future document gets a version error rather than a list of odd ones), then
/// the shape. Every failure names a JSON path.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The largest scenario accepted: a full factory floor of racks is well under 200 KB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    public static async Task<ScenarioReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return new(null, [new("$", TooLargeMessage(request.ContentLength.Value))], TooLarge: true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return new(null, [new("$", TooLargeMessage(null))], TooLarge: true);
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    public static ScenarioReadResult Parse(ReadOnlyMemory<byte> json)
    {
        if (json.IsEmpty)
        {
            return ScenarioReadResult.Fail("$", "The body is empty: send a scenario document as JSON (see docs/scenario-format.md).");
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, s_documentOptions);
        }
        catch (JsonException ex) when (DuplicateMemberFinder.Find(json.Span) is { } duplicate)
        {
            return ScenarioReadResult.Fail(duplicate, "This member appears twice in its object: give it once. " + JsonErrorExplainer.FirstSentence(ex.Message) + ".");
        }
        catch (JsonException ex)
        {
            return ScenarioReadResult.Fail("$", string.Create(CultureInfo.InvariantCulture,
                $"The body is not valid JSON: {JsonErrorExplainer.FirstSentence(ex.Message)} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})."));
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ScenarioReadResult.Fail("$", $"A scenario document is a JSON object; this body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var versionError = CheckSchemaVersion(root);
            if (versionError is not null)
            {
                return new(null, [versionError], false);
            }

            try
            {
                var document = root.Deserialize(StudioJsonContext.Default.ScenarioDocument);
                if (document is null)
                {
                    return ScenarioReadResult.Fail("$", "The scenario document is null.");
                }

                var nullItems = FindNullItems(document);
                return nullItems.Count == 0 ? new(document, [], false) : new(null, nullItems, false);
            }
            catch (JsonException ex)
            {
                return ScenarioReadResult.Fail(ex.Path ?? "$", JsonErrorExplainer.Explain(ex, root));
            }
        }
    }

    /// <summary>
    /// RespectNullableAnnotations covers properties but not the items of a list, so <c>"racks": [null]</c>
    /// deserializes; the mapper would then dereference the null. Report each one where it is.
    /// </summary>
    private static List<InputError> FindNullItems(ScenarioDocument document)
    {
        var errors = new List<InputError>();
        AddNullItems(errors, "$.racks", document.Racks, "a rack");
        for (var i = 0; i < document.Racks.Count; i++)
        {
            if (document.Racks[i] is { } rack)
            {
                AddNullItems(errors, $"$.racks[{i}].parts", rack.Parts, "a part");
            }
        }

        AddNullItems(errors, "$.equipment", document.Equipment, "an equipment item");
        AddNullItems(errors, "$.connections", document.Connections, "a connection");
        return errors;
    }

    private static void AddNullItems<T>(List<InputError> errors, string path, List<T> items, string what)
        where T : class
    {
        for (var i = 0; i < items.Count && errors.Count < ScenarioMapper.MaxErrors; i++)
        {
            if (items[i] is null)
            {
                errors.Add(new($"{path}[{i}]", $"Must not be null: each item is {what} (an object); remove the null from the list."));
            }
        }
    }

    private static InputError? CheckSchemaVersion(JsonElement root)
    {
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            return new("$.schemaVersion", $"Missing. Add \"schemaVersion\": {ScenarioDocument.CurrentSchemaVersion}.");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            return new("$.schemaVersion", $"Must be a whole number; this server reads version {ScenarioDocument.CurrentSchemaVersion}.");
        }

        return number == ScenarioDocument.CurrentSchemaVersion
            ? null
            : new("$.schemaVersion", string.Create(CultureInfo.InvariantCulture,
                $"Version {number} is not supported: this server reads version {ScenarioDocument.CurrentSchemaVersion}."));
    }

    private static string TooLargeMessage(long? length) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The body{(length is null ? "" : $" ({length} bytes)")} is over the {MaxBodyBytes / 1024} KiB limit for a scenario.");
}
