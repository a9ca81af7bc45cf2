using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;

namespace Studio.Client.Tests.Support;

/// <summary>
/// The scenario store's endpoints, in memory: enough of the server's behaviour (immutable versions, the version
/// check with its 409, links, fork, rename as a new version, strict import) for the client's flows to run against.
/// </summary>
internal sealed partial class FakeStudioApi
{
    private readonly Dictionary<string, FakeScenario> _store = new(StringComparer.Ordinal);
    private int _nextId;

    /// <summary>Requests that reached the store (saves, opens, lists...), in arrival order, as "METHOD path".</summary>
    public List<string> StoreRequests { get; } = [];

    /// <summary>The scenarios in the store, with their versions' documents, newest version last.</summary>
    public IReadOnlyDictionary<string, FakeScenario> Store
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, FakeScenario>(_store);
            }
        }
    }

    /// <summary>Stores a scenario as if another tab had saved it; returns its first version.</summary>
    public FakeVersion SeedScenario(ScenarioDocument document, string? forkedFrom = null)
    {
        lock (_gate)
        {
            var scenario = new FakeScenario(NextId("scen"), forkedFrom);
            _store[scenario.Id] = scenario;
            return scenario.Add(NextId("link"), document);
        }
    }

    /// <summary>Saves the next version of a scenario as if another tab had: the client's base version becomes stale.</summary>
    public FakeVersion SaveElsewhere(string scenarioId, ScenarioDocument document)
    {
        lock (_gate)
        {
            return _store[scenarioId].Add(NextId("link"), document);
        }
    }

    private async Task<HttpResponseMessage?> HandleStoreAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        if (!path.StartsWith("/api/scenarios", StringComparison.Ordinal) && !path.StartsWith("/api/links/", StringComparison.Ordinal)
            && path != "/api/import")
        {
            return null;
        }

        lock (_gate)
        {
            StoreRequests.Add($"{request.Method} {path}");
        }

        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        lock (_gate)
        {
            return (request.Method.Method, segments) switch
            {
                ("GET", ["api", "scenarios"]) => Json<IReadOnlyList<ScenarioSummaryDto>>(
                    [.. _store.Values.OrderByDescending(s => s.Latest.SavedAt).Select(s => s.Summary())],
                    StudioJsonContext.Default.IReadOnlyListScenarioSummaryDto),
                ("POST", ["api", "scenarios"]) => Create(body, query["forkOf"]),
                ("GET", ["api", "scenarios", var id]) => _store.TryGetValue(id, out var s)
                    ? Json(new ScenarioHistoryDto(s.Summary(), [.. s.Versions.AsEnumerable().Reverse().Select(v => v.ToDto())]), StudioJsonContext.Default.ScenarioHistoryDto)
                    : NotFound($"No saved scenario has the id '{id}'."),
                ("PATCH", ["api", "scenarios", var id]) => Rename(id, body),
                ("DELETE", ["api", "scenarios", var id]) => _store.Remove(id)
                    ? new HttpResponseMessage(HttpStatusCode.NoContent)
                    : NotFound($"No saved scenario has the id '{id}'."),
                ("POST", ["api", "scenarios", var id, "versions"]) => SaveVersion(id, query["baseVersion"], body),
                ("POST", ["api", "scenarios", var id, "versions", var version, "fork"]) => Fork(id, int.Parse(version, CultureInfo.InvariantCulture)),
                ("GET", ["api", "links", var link]) => Open(link),
                ("POST", ["api", "import"]) => Import(body),
                _ => null,
            };
        }
    }

    private HttpResponseMessage Create(byte[] body, string? forkOf)
    {
        if (Read(body) is not { } document)
        {
            return Invalid(body);
        }

        var scenario = new FakeScenario(NextId("scen"), forkOf);
        _store[scenario.Id] = scenario;
        return Created(scenario, scenario.Add(NextId("link"), document));
    }

    private HttpResponseMessage SaveVersion(string id, string? baseVersion, byte[] body)
    {
        if (!_store.TryGetValue(id, out var scenario))
        {
            return NotFound($"No saved scenario has the id '{id}'.");
        }

        if (Read(body) is not { } document)
        {
            return Invalid(body);
        }

        var based = int.Parse(baseVersion!, CultureInfo.InvariantCulture);
        if (based != scenario.Latest.Version)
        {
            var conflict = new VersionConflictDto("https://aifactory.studio/problems/version-conflict", "The scenario was saved by someone else", 409,
                $"Your edits are based on version {based}, but version {scenario.Latest.Version} has been saved since. Nothing was saved.",
                scenario.Latest.Version, scenario.Latest.LinkId);
            return new(HttpStatusCode.Conflict)
            {
                Content = JsonContent.Create(conflict, StudioJsonContext.Default.VersionConflictDto, new("application/problem+json")),
            };
        }

        return Created(scenario, scenario.Add(NextId("link"), document));
    }

    private HttpResponseMessage Rename(string id, byte[] body)
    {
        if (!_store.TryGetValue(id, out var scenario))
        {
            return NotFound($"No saved scenario has the id '{id}'.");
        }

        var rename = JsonSerializer.Deserialize(body, StudioJsonContext.Default.RenameScenarioDto)!;
        if (string.IsNullOrWhiteSpace(rename.Name))
        {
            return Problem(HttpStatusCode.BadRequest, new ProblemDto(null, "The request is not valid", 400, "$.name: Must not be blank.",
                [new InputErrorDto("$.name", "Must not be blank: give the scenario a name.")]));
        }

        var document = scenario.Latest.Document();
        document.Name = rename.Name.Trim();
        return Created(scenario, scenario.Add(NextId("link"), document));
    }

    private HttpResponseMessage Fork(string id, int version)
    {
        if (!_store.TryGetValue(id, out var source) || source.Versions.FirstOrDefault(v => v.Version == version) is not { } from)
        {
            return NotFound($"Scenario '{id}' has no version {version}.");
        }

        var document = from.Document();
        document.Name = $"Copy of {document.Name}";
        var fork = new FakeScenario(NextId("scen"), from.LinkId);
        _store[fork.Id] = fork;
        return Created(fork, fork.Add(NextId("link"), document));
    }

    private HttpResponseMessage Open(string link)
    {
        foreach (var scenario in _store.Values)
        {
            if (scenario.Versions.FirstOrDefault(v => v.LinkId == link) is { } version)
            {
                return Json(new OpenedScenarioDto(scenario.Id, version.Version, version.LinkId, version.Name, version.SavedAt,
                    scenario.Latest.Version, scenario.ForkedFrom, version.Document()), StudioJsonContext.Default.OpenedScenarioDto);
            }
        }

        return link.Length == 12
            ? NotFound($"No saved scenario has the link '{link}'. It may have been deleted, or the link may be mistyped.")
            : NotFound($"'{link}' is not a studio link: a link ends in 12 letters and digits.");
    }

    private HttpResponseMessage Import(byte[] body) =>
        Read(body) is { } document
            ? Json(new ImportedScenarioDto(1, [], document), StudioJsonContext.Default.ImportedScenarioDto)
            : Invalid(body);

    /// <summary>The document when the body is a valid version 1 scenario with known parts, else null.</summary>
    private static ScenarioDocument? Read(byte[] body)
    {
        try
        {
            var document = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ScenarioDocument);
            return document is not null && document.SchemaVersion == ScenarioDocument.CurrentSchemaVersion && Validate(document).Count == 0 ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The 400 the server would give, with every error (each with its path), as the server lists them.</summary>
    private static HttpResponseMessage Invalid(byte[] body)
    {
        List<InputErrorDto> errors;
        try
        {
            var document = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ScenarioDocument);
            errors = document is not null && document.SchemaVersion != ScenarioDocument.CurrentSchemaVersion
                ? [new("$.schemaVersion", $"Version {document.SchemaVersion} is not supported: this server reads version {ScenarioDocument.CurrentSchemaVersion}.")]
                : Validate(document!);
        }
        catch (JsonException ex)
        {
            errors = [new(ex.Path ?? "$", "The body is not valid JSON or not a scenario document.")];
        }

        var detail = errors.Count == 1 ? $"{errors[0].Path}: {errors[0].Message}" : $"{errors.Count} problems, listed in 'errors' with the JSON path of each.";
        return Problem(HttpStatusCode.BadRequest, new ProblemDto("https://aifactory.studio/problems/invalid-scenario",
            "The scenario is not valid", 400, detail, errors));
    }

    private static HttpResponseMessage Created(FakeScenario scenario, FakeVersion version) =>
        new(HttpStatusCode.Created)
        {
            Content = JsonContent.Create(new SavedVersionDto(scenario.Id, version.Version, version.LinkId, version.Name, version.SavedAt),
                StudioJsonContext.Default.SavedVersionDto),
        };

    private static HttpResponseMessage NotFound(string detail) =>
        Problem(HttpStatusCode.NotFound, new ProblemDto("https://aifactory.studio/problems/not-found", "Not found", 404, detail, null));

    /// <summary>Twelve characters like the server's ids, but readable: link00000003.</summary>
    private string NextId(string prefix) => $"{prefix}{++_nextId:D8}";

    /// <summary>One scenario of the fake store.</summary>
    internal sealed class FakeScenario(string id, string? forkedFrom)
    {
        private static readonly DateTimeOffset s_firstSave = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

        public string Id { get; } = id;

        public string? ForkedFrom { get; } = forkedFrom;

        public List<FakeVersion> Versions { get; } = [];

        public FakeVersion Latest => Versions[^1];

        public FakeVersion Add(string linkId, ScenarioDocument document)
        {
            // Ids count up on every save, so a save a minute per id keeps "newest first" well defined.
            var minutes = int.Parse(linkId.AsSpan(4), CultureInfo.InvariantCulture);
            var version = new FakeVersion(Versions.Count + 1, linkId, document.Name, s_firstSave.AddMinutes(minutes),
                JsonSerializer.Serialize(document, StudioJsonContext.Default.ScenarioDocument));
            Versions.Add(version);
            return version;
        }

        public ScenarioSummaryDto Summary() =>
            new(Id, Latest.Name, Latest.Version, Latest.LinkId, Versions[0].SavedAt, Latest.SavedAt, ForkedFrom);
    }

    /// <summary>One immutable version: the document is kept as JSON, so no test can change it after the save.</summary>
    internal sealed record FakeVersion(int Version, string LinkId, string Name, DateTimeOffset SavedAt, string Json)
    {
        public ScenarioDocument Document() => JsonSerializer.Deserialize(Json, StudioJsonContext.Default.ScenarioDocument)!;

        public ScenarioVersionDto ToDto() => new(Version, LinkId, Name, SavedAt, Json.Length);
    }
}
