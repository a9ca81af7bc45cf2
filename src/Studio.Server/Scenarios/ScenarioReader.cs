using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Server.Api;

namespace Studio.Server.Scenarios;

/// <summary>
/// The outcome of reading a request body as a scenario document. <see cref="SourceSchemaVersion"/> is the version the
/// body was written in and <see cref="Migrations"/> the steps that brought it to the current one (none for a current
/// document).
/// </summary>
public sealed record ScenarioReadResult(ScenarioDocument? Document, IReadOnlyList<InputError> Errors, bool TooLarge)
{
    public int SourceSchemaVersion { get; init; } = ScenarioDocument.CurrentSchemaVersion;

    public IReadOnlyList<string> Migrations { get; init; } = [];

    public static ScenarioReadResult Fail(string path, string message) => new(null, [new InputError(path, message)], false);
}

/// <summary>
/// Turns raw bytes into a <see cref="ScenarioDocument"/>: size limit first, then JSON syntax, then the schema
/// version (before anything else, so a future document gets a version error rather than a list of odd ones; an older
/// one is migrated through <see cref="ScenarioMigrations"/>), then the shape. Every failure names a JSON path.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The largest scenario accepted (see <see cref="ScenarioDocument.MaxBytes"/>).</summary>
    public const int MaxBodyBytes = ScenarioDocument.MaxBytes;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    public static async Task<ScenarioReadResult> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken, ScenarioMigrations? migrations = null)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return new(null, [new("$", TooLargeMessage(request.ContentLength.Value))], TooLarge: true);
        }

        // No Content-Length (chunked): the reader stops at the limit, and the message has no byte count to give.
        return await RequestBodies.ReadAtMostAsync(request, MaxBodyBytes, cancellationToken) is { } body
            ? Parse(body, migrations)
            : new(null, [new("$", TooLargeMessage(null))], TooLarge: true);
    }

    public static ScenarioReadResult Parse(ReadOnlyMemory<byte> json, ScenarioMigrations? migrations = null)
    {
        migrations ??= ScenarioMigrations.Builtin;
        if (json.IsEmpty)
        {
            return ScenarioReadResult.Fail("$", "The body is empty: send a scenario document as JSON (see docs/scenario-format.md).");
        }

        // Before any string is decoded: System.Text.Json would throw on the first bad one it happens to read.
        if (InvalidUtf8Finder.Find(json.Span) is { } invalid)
        {
            return new(null, [invalid], false);
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

            var (version, versionError) = CheckSchemaVersion(root, migrations);
            if (versionError is not null)
            {
                return new(null, [versionError], false);
            }

            if (version != migrations.CurrentVersion)
            {
                return ParseMigrated(root, version, migrations);
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
        AddNullItems(errors, "$.factory.halls", document.Factory.Halls, "a hall");
        for (var i = 0; i < document.Factory.Halls.Count; i++)
        {
            if (document.Factory.Halls[i] is { } hall)
            {
                AddNullItems(errors, $"$.factory.halls[{i}].rows", hall.Rows, "a row");
            }
        }

        if (document.Schedule is { } schedule)
        {
            AddNullItems(errors, "$.schedule.gridPhases", schedule.GridPhases ?? [], "a grid phase");
            AddNullItems(errors, "$.schedule.rackDeliveries", schedule.RackDeliveries ?? [], "a rack delivery");
        }

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

    /// <summary>
    /// Runs the migration steps on the tree, then reads the result as a current document. Errors found after
    /// migration carry paths in the migrated document, which for today's steps (renames, additions) match the original.
    /// </summary>
    private static ScenarioReadResult ParseMigrated(JsonElement root, int version, ScenarioMigrations migrations)
    {
        // The steps copy the document through strings, which throws on text that is not valid: find it first, by path.
        if (FindInvalidText(root, "$") is { } invalid)
        {
            // Reading the tree as it stands finds the bad text where the reader of a current document would, with the
            // same explanation; the walk's own path is the fallback.
            try
            {
                _ = root.Deserialize(StudioJsonContext.Default.ScenarioDocument);
            }
            catch (JsonException ex)
            {
                return ScenarioReadResult.Fail(ex.Path ?? invalid, JsonErrorExplainer.Explain(ex, root));
            }

            return ScenarioReadResult.Fail(invalid, JsonErrorExplainer.InvalidText);
        }

        var tree = JsonObject.Create(root)!;
        MigrationOutcome outcome;
        try
        {
            outcome = migrations.Migrate(tree, version);
        }
        catch (MigrationInputException ex)
        {
            return ScenarioReadResult.Fail(ex.Path, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // A step met a shape it cannot rewrite (a string where it expects an object, say): the document is invalid.
            return ScenarioReadResult.Fail("$", string.Create(CultureInfo.InvariantCulture,
                $"This version {version} document could not be migrated to version {migrations.CurrentVersion}: {ex.Message}"));
        }

        var migrated = Parse(JsonSerializer.SerializeToUtf8Bytes(outcome.Document), migrations);
        return migrated with { SourceSchemaVersion = version, Migrations = outcome.Applied };
    }

    /// <summary>The path of the first string or member name that does not decode to text, or null when all do.</summary>
    private static string? FindInvalidText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!Decodes(() => member.Name))
                    {
                        return path;
                    }

                    if (FindInvalidText(member.Value, JsonPaths.Member(path, member.Name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInvalidText(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]")) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static (int Version, InputError? Error) CheckSchemaVersion(JsonElement root, ScenarioMigrations migrations)
    {
        var readable = migrations.OldestVersion == migrations.CurrentVersion
            ? string.Create(CultureInfo.InvariantCulture, $"version {migrations.CurrentVersion}")
            : string.Create(CultureInfo.InvariantCulture, $"versions {migrations.OldestVersion} to {migrations.CurrentVersion}");
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            return (0, new("$.schemaVersion", $"Missing. Add \"schemaVersion\": {migrations.CurrentVersion}."));
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            return (0, new("$.schemaVersion", $"Must be a whole number; this server reads {readable}."));
        }

        if (number == migrations.CurrentVersion || migrations.CanMigrate(number))
        {
            return (number, null);
        }

        var why = number > migrations.CurrentVersion ? "it was written by a newer studio, and this server reads" : "this server reads";
        return (number, new("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"Version {number} is not supported: {why} {readable}.")));
    }

    private static string TooLargeMessage(long? length) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The body{(length is null ? "" : $" ({length} bytes)")} is over the {MaxBodyBytes / 1024} KiB limit for a scenario.");
}
