using System.Globalization;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;
using Studio.Server.Scenarios;
using Studio.Server.Store;

namespace Studio.Server.Api;

/// <summary>
/// Saved scenarios under /api/scenarios, links under /api/links and file import under /api/import. Every document that
/// comes in goes through <see cref="ScenarioIntake"/> first and is stored in its canonical form, so what is stored is
/// always valid and what is read back is byte for byte what was stored.
/// </summary>
public static class ScenarioStoreApi
{
    public const int DefaultListLimit = 100;
    public const int MaxListLimit = 500;
    private const int MaxRenameBodyBytes = 16 * 1024;
    private const int MaxNameLength = 200;

    public static RouteGroupBuilder MapScenarioStoreApi(this RouteGroupBuilder api)
    {
        var scenarios = api.MapGroup("/scenarios").WithTags("Scenarios");

        scenarios.MapGet("", ListAsync)
            .WithName("ListScenarios")
            .WithSummary("Saved scenarios, most recently saved first (?limit=1..500, default 100).")
            .Produces<IReadOnlyList<ScenarioSummaryDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        scenarios.MapPost("", CreateAsync)
            .WithName("CreateScenario")
            .WithSummary("Saves a scenario document as version 1 of a new scenario; ?forkOf={linkId} records the version it was forked from.")
            .DocumentJsonBody<ScenarioDocument>("A scenario document (docs/scenario-format.md).")
            .Produces<SavedVersionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        scenarios.MapGet("/{id}", HistoryAsync)
            .WithName("GetScenarioHistory")
            .WithSummary("A scenario and its versions, newest first.")
            .Produces<ScenarioHistoryDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        scenarios.MapPatch("/{id}", RenameAsync)
            .WithName("RenameScenario")
            .WithSummary("Renames a scenario: saves its latest document under the new name as the next version.")
            .DocumentJsonBody<RenameScenarioDto>("The new name.")
            .Produces<SavedVersionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery();

        scenarios.MapDelete("/{id}", DeleteAsync)
            .WithName("DeleteScenario")
            .WithSummary("Deletes a scenario and every version of it; its links then open nothing.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DisableAntiforgery();

        scenarios.MapPost("/{id}/versions", SaveVersionAsync)
            .WithName("SaveScenarioVersion")
            .WithSummary("Saves the next version. ?baseVersion=N is the version the edits started from; if another version was saved since, 409 and nothing is stored.")
            .DocumentJsonBody<ScenarioDocument>("A scenario document (docs/scenario-format.md).")
            .Produces<SavedVersionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        scenarios.MapGet("/{id}/versions/{version:int}", GetVersionAsync)
            .WithName("GetScenarioVersion")
            .WithSummary("One version with its document.")
            .Produces<OpenedScenarioDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        scenarios.MapGet("/{id}/versions/{version:int}/document", ExportAsync)
            .WithName("ExportScenarioVersion")
            .WithSummary("One version's document exactly as stored, as a JSON file download.")
            .Produces<ScenarioDocument>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        scenarios.MapPost("/{id}/versions/{version:int}/fork", ForkAsync)
            .WithName("ForkScenarioVersion")
            .WithSummary("Copies one version into a new scenario (?name= names it; default 'Copy of …').")
            .Produces<SavedVersionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DisableAntiforgery();

        api.MapGet("/links/{linkId}", OpenLinkAsync)
            .WithTags("Scenarios")
            .WithName("OpenLink")
            .WithSummary("What a share link /s/{linkId} opens: always the same version, with its document.")
            .Produces<OpenedScenarioDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/import", ImportAsync)
            .WithTags("Scenarios")
            .WithName("ImportScenario")
            .WithSummary("Checks a scenario file (any supported schema version) and returns it in the current format, without storing it.")
            .DocumentJsonBody<ScenarioDocument>("A scenario document (docs/scenario-format.md).")
            .Produces<ImportedScenarioDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IScenarioStore store, CancellationToken cancellationToken)
    {
        var limit = DefaultListLimit;
        if (request.Query.TryGetValue("limit", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxListLimit))
        {
            return InputProblems.InvalidRequest("?limit", $"Must be a whole number from 1 to {MaxListLimit}; got '{text}'.");
        }

        var list = await store.ListAsync(limit, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ScenarioSummaryDto>>([.. list.Select(ToDto)]);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, ScenarioIntake intake, IScenarioStore store, CancellationToken cancellationToken)
    {
        string? forkOf = request.Query["forkOf"];
        if (forkOf is not null && (!ShortIds.IsWellFormed(forkOf) || await store.GetByLinkAsync(forkOf, cancellationToken) is null))
        {
            return InputProblems.InvalidRequest("?forkOf", $"'{forkOf}' is not the link of a saved version; leave it out to save a new scenario.");
        }

        var read = await intake.ReadAsync(request, cancellationToken);
        if (read.Accepted is not { } accepted)
        {
            return InputProblems.Rejected(read);
        }

        var saved = await store.CreateAsync(new(accepted.DisplayName, accepted.Canonical()), forkOf, cancellationToken);
        return Created(saved);
    }

    private static async Task<IResult> HistoryAsync(string id, IScenarioStore store, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(id, cancellationToken);
        return history is null
            ? UnknownScenario(id)
            : TypedResults.Ok(new ScenarioHistoryDto(ToDto(history.Scenario),
                [.. history.Versions.Select(v => new ScenarioVersionDto(v.Version, v.LinkId, v.Name, v.SavedAt, v.SizeBytes))]));
    }

    private static async Task<IResult> SaveVersionAsync(
        string id, HttpRequest request, ScenarioIntake intake, IScenarioStore store, CancellationToken cancellationToken)
    {
        string? text = request.Query["baseVersion"];
        if (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var baseVersion) || baseVersion < 1)
        {
            return InputProblems.InvalidRequest("?baseVersion",
                text is null
                    ? "Missing: say which version your edits are based on (?baseVersion=N), so a save never overwrites one you have not seen."
                    : $"Must be a version number (1 or more); got '{text}'.");
        }

        var read = await intake.ReadAsync(request, cancellationToken);
        if (read.Accepted is not { } accepted)
        {
            return InputProblems.Rejected(read);
        }

        var outcome = await store.AddVersionAsync(id, baseVersion, new(accepted.DisplayName, accepted.Canonical()), cancellationToken);
        return outcome switch
        {
            SaveOutcome.Saved saved => Created(saved.Version),
            SaveOutcome.Conflict conflict => InputProblems.VersionConflict(baseVersion, conflict.LatestVersion, conflict.LatestLinkId),
            _ => UnknownScenario(id),
        };
    }

    private static async Task<IResult> RenameAsync(
        string id, HttpRequest request, ScenarioIntake intake, IScenarioStore store, CancellationToken cancellationToken)
    {
        var (name, error) = await ReadRenameAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var history = await store.GetHistoryAsync(id, cancellationToken);
        if (history is null)
        {
            return UnknownScenario(id);
        }

        var latest = await store.GetVersionAsync(id, history.Scenario.LatestVersion, cancellationToken);
        if (latest is null)
        {
            return UnknownScenario(id);
        }

        // A rename is an edit like any other: a new version whose document differs only in its name.
        var checkedDocument = Renamed(latest.Document, name!, intake);
        if (checkedDocument.Accepted is not { } accepted)
        {
            return InputProblems.Rejected(checkedDocument);
        }

        var outcome = await store.AddVersionAsync(id, latest.Version, new(accepted.DisplayName, accepted.Canonical()), cancellationToken);
        return outcome switch
        {
            SaveOutcome.Saved saved => Created(saved.Version),
            SaveOutcome.Conflict conflict => InputProblems.VersionConflict(latest.Version, conflict.LatestVersion, conflict.LatestLinkId),
            _ => UnknownScenario(id),
        };
    }

    private static async Task<IResult> DeleteAsync(string id, IScenarioStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : UnknownScenario(id);

    private static async Task<IResult> GetVersionAsync(string id, int version, IScenarioStore store, CancellationToken cancellationToken) =>
        await store.GetVersionAsync(id, version, cancellationToken) is { } stored ? new OpenedScenarioResult(stored) : UnknownVersion(id, version);

    private static async Task<IResult> ExportAsync(string id, int version, IScenarioStore store, CancellationToken cancellationToken) =>
        await store.GetVersionAsync(id, version, cancellationToken) is { } stored
            ? TypedResults.File(stored.Document, "application/json", ExportFileName(stored))
            : UnknownVersion(id, version);

    private static async Task<IResult> ForkAsync(
        string id, int version, HttpRequest request, IScenarioStore store, ScenarioIntake intake, CancellationToken cancellationToken)
    {
        if (await store.GetVersionAsync(id, version, cancellationToken) is not { } source)
        {
            return UnknownVersion(id, version);
        }

        var name = request.Query["name"].ToString() is { Length: > 0 } given ? given : Truncate($"Copy of {source.Name}");
        if (NameError(name) is { } error)
        {
            return InputProblems.InvalidRequest("?name", error);
        }

        // The copy differs from its source only in its name, which lives in the document like every other field.
        var checkedDocument = Renamed(source.Document, name, intake);
        if (checkedDocument.Accepted is not { } accepted)
        {
            return InputProblems.Rejected(checkedDocument);
        }

        return Created(await store.CreateAsync(new(accepted.DisplayName, accepted.Canonical()), source.LinkId, cancellationToken));
    }

    private static async Task<IResult> OpenLinkAsync(string linkId, IScenarioStore store, CancellationToken cancellationToken)
    {
        if (!ShortIds.IsWellFormed(linkId))
        {
            return InputProblems.NotFound(
                $"'{Truncate(linkId)}' is not a studio link: a link ends in {ShortIds.Length} letters and digits. Check that the whole link was copied.");
        }

        return await store.GetByLinkAsync(linkId, cancellationToken) is { } stored
            ? new OpenedScenarioResult(stored)
            : InputProblems.NotFound($"No saved scenario has the link '{linkId}'. It may have been deleted, or the link may be mistyped.");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ScenarioIntake intake, CancellationToken cancellationToken)
    {
        var read = await intake.ReadAsync(request, cancellationToken);
        return read.Accepted is { } accepted
            ? TypedResults.Ok(new ImportedScenarioDto(accepted.SourceSchemaVersion, accepted.Migrations, accepted.Document))
            : InputProblems.Rejected(read);
    }

    private static async Task<(string? Name, IResult? Error)> ReadRenameAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadAtMostAsync(request, MaxRenameBodyBytes, cancellationToken) is not { } bytes)
        {
            return (null, InputProblems.InvalidRequest("$", $"The body is over {MaxRenameBodyBytes / 1024} KiB; send {{\"name\": \"…\"}}."));
        }

        if (InvalidUtf8Finder.Find(bytes.Span) is { } invalid)
        {
            return (null, InputProblems.InvalidRequest(invalid.Path, invalid.Message));
        }

        RenameScenarioDto? body;
        try
        {
            body = JsonSerializer.Deserialize(bytes.Span, StudioJsonContext.Default.RenameScenarioDto);
        }
        catch (JsonException ex)
        {
            return (null, InputProblems.InvalidRequest(ex.Path ?? "$", $"Send {{\"name\": \"…\"}}: {JsonErrorExplainer.FirstSentence(ex.Message)}."));
        }

        if (body is null)
        {
            return (null, InputProblems.InvalidRequest("$", "Send {\"name\": \"…\"}."));
        }

        return NameError(body.Name) is { } error ? (null, InputProblems.InvalidRequest("$.name", error)) : (body.Name.Trim(), null);
    }

    /// <summary>A stored document under another name, through the intake again (the name has limits of its own).</summary>
    private static IntakeResult Renamed(byte[] stored, string name, ScenarioIntake intake)
    {
        var document = JsonSerializer.Deserialize(stored, StudioJsonContext.Default.ScenarioDocument)!;
        document.Name = name;
        return intake.Check(JsonSerializer.SerializeToUtf8Bytes(document, StudioJsonContext.Default.ScenarioDocument));
    }

    private static string? NameError(string name) =>
        string.IsNullOrWhiteSpace(name) ? "Must not be blank: give the scenario a name."
        : name.Length > MaxNameLength ? $"At most {MaxNameLength} characters; this name has {name.Length}."
        : null;

    private static string Truncate(string text) => text.Length <= MaxNameLength ? text : text[..MaxNameLength];

    private static IResult Created(StoredVersion saved) => TypedResults.Created(
        $"/api/scenarios/{saved.ScenarioId}/versions/{saved.Version}",
        new SavedVersionDto(saved.ScenarioId, saved.Version, saved.LinkId, saved.Name, saved.SavedAt));

    private static IResult UnknownScenario(string id) =>
        InputProblems.NotFound($"No saved scenario has the id '{Truncate(id)}'. GET /api/scenarios lists them; it may have been deleted.");

    private static IResult UnknownVersion(string id, int version) =>
        InputProblems.NotFound(string.Create(CultureInfo.InvariantCulture,
            $"Scenario '{Truncate(id)}' has no version {version}. GET /api/scenarios/{{id}} lists its versions."));

    private static ScenarioSummaryDto ToDto(ScenarioRecord r) =>
        new(r.Id, r.Name, r.LatestVersion, r.LatestLinkId, r.CreatedAt, r.UpdatedAt, r.ForkedFromLinkId);

    /// <summary>A file name from the scenario's name: letters, digits and dashes, then the version.</summary>
    private static string ExportFileName(StoredVersion stored)
    {
        var slug = new string([.. stored.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(slug.Length == 0 ? "scenario" : slug)}-v{stored.Version}.json");
    }

    /// <summary>
    /// Writes an <see cref="OpenedScenarioDto"/> with the stored document copied in as raw bytes: deserializing and
    /// writing it again could only risk changing what was saved.
    /// </summary>
    private sealed class OpenedScenarioResult(StoredVersion stored) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
            writer.WriteStartObject();
            writer.WriteString("scenarioId", stored.ScenarioId);
            writer.WriteNumber("version", stored.Version);
            writer.WriteString("linkId", stored.LinkId);
            writer.WriteString("name", stored.Name);
            writer.WriteString("savedAt", stored.SavedAt);
            writer.WriteNumber("latestVersion", stored.LatestVersion);
            writer.WriteString("forkedFromLinkId", stored.ForkedFromLinkId);
            writer.WritePropertyName("document");
            writer.WriteRawValue(stored.Document, skipInputValidation: true);
            writer.WriteEndObject();
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }
}
