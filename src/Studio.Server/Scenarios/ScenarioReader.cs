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

    private const string WholeNumber = "a whole number";

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32 };

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
        catch (JsonException ex)
        {
            return ScenarioReadResult.Fail("$", string.Create(CultureInfo.InvariantCulture,
                $"The body is not valid JSON: {FirstSentence(ex.Message)} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})."));
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
                return ScenarioReadResult.Fail(ex.Path ?? "$", Explain(ex, root));
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

    /// <summary>System.Text.Json's messages name .NET types; say it in terms of the document instead.</summary>
    private static string Explain(JsonException ex, JsonElement root)
    {
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"Unknown field '{LastMemberName(ex.Path)}'. Check its spelling against docs/scenario-format.md.";
        }

        if (message.Contains("allow setting null", StringComparison.Ordinal) || message.Contains("allow null", StringComparison.Ordinal))
        {
            return "Must not be null: give a value or leave the field out.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            JsonElement? found;
            try
            {
                found = ElementAt(root, ex.Path);
            }
            catch (InvalidOperationException)
            {
                // A member name on the way is not valid UTF-8: explain without the value.
                found = null;
            }

            return ExplainConversion(message, ex.InnerException, found);
        }

        return FirstSentence(message);
    }

    /// <summary>
    /// The last member of a System.Text.Json path: <c>$.site.coolantSuplyC</c> is "coolantSuplyC", and a name that
    /// is not a plain identifier comes in brackets, <c>$.site['supply.c']</c> is "supply.c".
    /// </summary>
    private static string LastMemberName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "this field";
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var start = path.LastIndexOf("['", StringComparison.Ordinal);
            if (start >= 0)
            {
                return path[(start + 2)..^2];
            }
        }

        return path[(path.LastIndexOf('.') + 1)..];
    }

    /// <summary>Says what the field takes and what it got: "Wrong type" alone misleads for 3000000000 or 2.5.</summary>
    private static string ExplainConversion(string message, Exception? inner, JsonElement? found)
    {
        if (inner is InvalidOperationException && inner.Message.Contains("UTF", StringComparison.Ordinal))
        {
            return "Not valid text: a string or key here holds invalid UTF-8 or an unpaired surrogate escape (\\uD800–\\uDFFF).";
        }

        var expected = ExpectedType(message);
        if (expected == WholeNumber && found is { ValueKind: JsonValueKind.Number } number)
        {
            var text = Truncate(number.GetRawText());
            return !number.TryGetDouble(out var value) || !double.IsFinite(value) || Math.Floor(value) == value
                ? string.Create(CultureInfo.InvariantCulture, $"Out of range: {text} does not fit a whole-number field ({int.MinValue} to {int.MaxValue}).")
                : $"Must be a whole number, not {text}.";
        }

        return found is { } element
            ? $"Wrong type: expected {expected}, got {Describe(element, expected)}."
            : $"Wrong type: expected {expected}.";
    }

    /// <summary>The target type of "could not be converted to {type}. Path: ..." in words.</summary>
    private static string ExpectedType(string message)
    {
        const string Marker = "could not be converted to ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var type = start < 0 ? "" : message[(start + Marker.Length)..];
        var end = type.IndexOf(". Path:", StringComparison.Ordinal);
        type = end < 0 ? type : type[..end];
        return type switch
        {
            "System.Int32" => WholeNumber,
            "System.Double" => "a number",
            "System.String" => "a string",
            _ when type.StartsWith("System.Collections.Generic.List`1", StringComparison.Ordinal) => "an array",
            _ when type.StartsWith("System.Collections.Generic.Dictionary`2", StringComparison.Ordinal) => "an object of setting keys and numbers",
            _ when type.StartsWith("Studio.Contracts.", StringComparison.Ordinal) => "an object",
            _ => "a value of the documented shape",
        };
    }

    private static string Describe(JsonElement element, string expected) => element.ValueKind switch
    {
        // Numbers in strings ("10") are accepted, so a string only fails a numeric field when it is not a number.
        JsonValueKind.String when expected is WholeNumber or "a number" => "a string that is not a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Truncate(element.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>The element at a System.Text.Json path such as <c>$.racks[0]['x.y']</c>, or null if it does not resolve.</summary>
    private static JsonElement? ElementAt(JsonElement root, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var element = root;
        var i = 1;
        while (i < path.Length)
        {
            string name;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                name = path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                name = path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || element.ValueKind != JsonValueKind.Array
                    || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
                i = end + 1;
                continue;
            }
            else
            {
                return null;
            }

            if (Member(element, name) is not { } member)
            {
                return null;
            }

            element = member;
        }

        return element;
    }

    /// <summary>A member by name, case-insensitively as the contract reads them; the last wins, as in deserialization.</summary>
    private static JsonElement? Member(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonElement? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                found = property.Value;
            }
        }

        return found;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static string TooLargeMessage(long? length) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The body{(length is null ? "" : $" ({length} bytes)")} is over the {MaxBodyBytes / 1024} KiB limit for a scenario.");
}
