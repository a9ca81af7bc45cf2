using System.Text.Json;
using Studio.Client.Api;
using Studio.Client.Components.Shared;
using Studio.Contracts;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;

namespace Studio.Client.State;

/// <summary>
/// Which stored version, if any, the design in this tab is based on, and whether it has been edited since. Saving
/// sends the version the edits started from; when someone saved in between, the server refuses (409) and
/// <see cref="Conflict"/> offers the two ways on: fork the edits into a new scenario, or reload the latest version.
/// </summary>
public sealed class SavedScenarioState : IDisposable
{
    private readonly ScenarioEditor _editor;
    private readonly StudioApiClient _api;

    /// <summary>The document as stored, in the contract's canonical form: the design is unsaved when it differs.</summary>
    private string? _savedJson;

    public SavedScenarioState(ScenarioEditor editor, StudioApiClient api)
    {
        _editor = editor;
        _api = api;
        _editor.Changed += OnEditorChanged;
    }

    /// <summary>The stored version the design is based on; null for a design never saved (new, template, import).</summary>
    public OpenedScenarioDto? Current { get; private set; }

    public bool HasUnsavedChanges { get; private set; }

    /// <summary>Set when the last save was refused because a newer version exists; cleared by fork, reload or a new design.</summary>
    public VersionConflictDto? Conflict { get; private set; }

    public bool IsBusy { get; private set; }

    /// <summary>Whether a newer version than the one open has been saved (known from the last open or save).</summary>
    public bool IsBehindLatest => Current is { } current && current.Version < current.LatestVersion;

    /// <summary>Raised after every change of the above; the page keeps the address bar on <see cref="Current"/>'s link.</summary>
    public event Action? Changed;

    /// <summary>The share link's path (s/{linkId}) when the design is exactly a stored version; null when it has unsaved edits.</summary>
    public string? LinkPath => Current is { } current && !HasUnsavedChanges ? $"s/{current.LinkId}" : null;

    /// <summary>The design as a link that needs no server state, or null when it is too large for one.</summary>
    public string? InlineLinkPath()
    {
        var payload = InlineScenarioLink.Encode(_editor.Document);
        return payload.Length <= InlineScenarioLink.MaxPayloadChars ? $"{InlineScenarioLink.Path}#{payload}" : null;
    }

    public void Dispose() => _editor.Changed -= OnEditorChanged;

    /// <summary>Forgets the stored version: the next save creates a new scenario (templates, an empty design).</summary>
    public void StartNew()
    {
        Current = null;
        _savedJson = null;
        Conflict = null;
        HasUnsavedChanges = true;
        Notify();
    }

    /// <summary>Saves the design: version 1 of a new scenario, or the next version of the open one; the result says what to tell the user.</summary>
    public async Task<EditResult> SaveAsync()
    {
        var document = _editor.Document;
        var json = Serialize(document);
        var outcome = await RunAsync(
            () => Current is { } current
                ? _api.SaveVersionAsync(current.ScenarioId, current.Version, document)
                : _api.CreateScenarioAsync(document),
            problem => new SaveOutcome(null, null, problem));
        if (outcome.Conflict is { } conflict)
        {
            Conflict = conflict;
            if (Current is { } current)
            {
                Current = current with { LatestVersion = conflict.LatestVersion };
            }

            Notify();
            return EditResult.Refused($"Not saved: version {conflict.LatestVersion} was saved by someone else since you opened this one.");
        }

        return Stored(outcome, json, "Saved", Current?.ForkedFromLinkId);
    }

    /// <summary>Saves the design's edits as a new scenario that remembers the version it came from.</summary>
    public async Task<EditResult> ForkAsync()
    {
        var document = _editor.Document;
        var json = Serialize(document);
        var outcome = await RunAsync(() => _api.CreateScenarioAsync(document, Current?.LinkId), problem => new SaveOutcome(null, null, problem));
        return Stored(outcome, json, "Saved as a new scenario", Current?.LinkId);
    }

    /// <summary>Opens the latest version named by the conflict, discarding the edits (undo brings them back).</summary>
    public async Task<ProblemDto?> ReloadLatestAsync() =>
        Conflict is { } conflict ? await OpenLinkAsync(conflict.LatestLinkId) : null;

    /// <summary>Opens a stored version by its link; null when opened, otherwise why not.</summary>
    public async Task<ProblemDto?> OpenLinkAsync(string linkId)
    {
        var outcome = await RunAsync(() => _api.OpenLinkAsync(linkId), problem => new OpenOutcome(null, problem));
        if (outcome.Scenario is not { } opened)
        {
            Notify();
            return outcome.Problem;
        }

        Current = opened;
        Conflict = null;
        _savedJson = Serialize(opened.Document);
        _editor.Load(opened.Document);
        Notify();
        return null;
    }

    /// <summary>
    /// Opens a file or an inline link's payload as a new, unsaved design after the server's validation and migration.
    /// Null when opened, otherwise everything wrong with it.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(byte[] json)
    {
        var outcome = await RunAsync(() => _api.ImportAsync(json), problem => new ImportOutcome(null, problem));
        if (outcome.Imported is { } imported)
        {
            Current = null;
            _savedJson = null;
            Conflict = null;
            _editor.Load(imported.Document);
        }

        Notify();
        return outcome;
    }

    private EditResult Stored(SaveOutcome outcome, string json, string verb, string? forkedFrom)
    {
        if (outcome.Saved is not { } saved)
        {
            Notify();
            return EditResult.Refused($"Not saved: {Describe(outcome.Problem)}");
        }

        Current = new(saved.ScenarioId, saved.Version, saved.LinkId, saved.Name, saved.SavedAt, saved.Version, forkedFrom,
            JsonSerializer.Deserialize(json, StudioJsonContext.Default.ScenarioDocument)!);
        Conflict = null;
        _savedJson = json;
        // Edits made while the request was in flight stay unsaved.
        HasUnsavedChanges = Serialize(_editor.Document) != _savedJson;
        Notify();
        return EditResult.Done($"{verb}: {saved.Name}, version {saved.Version}.", saved.LinkId);
    }

    /// <summary>Runs one request with <see cref="IsBusy"/> set; an unreachable server or unreadable answer becomes a problem, never an exception.</summary>
    private async Task<T> RunAsync<T>(Func<Task<T>> call, Func<ProblemDto, T> failed)
    {
        IsBusy = true;
        Notify();
        try
        {
            return await call();
        }
        catch (HttpRequestException ex)
        {
            return failed(new ProblemDto(null, "The server could not be reached", null,
                $"The server could not be reached ({ex.Message}). Your design is kept; try again.", null));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return failed(new ProblemDto(null, "The server's answer could not be read", null,
                $"The server's answer could not be read ({ex.Message}). Your design is kept; reload the page if this persists.", null));
        }
        finally
        {
            IsBusy = false;
        }
    }

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change == ScenarioChange.Selection)
        {
            return;
        }

        var unsaved = _savedJson is null || Serialize(_editor.Document) != _savedJson;
        if (unsaved != HasUnsavedChanges)
        {
            HasUnsavedChanges = unsaved;
            Notify();
        }
    }

    private void Notify() => Changed?.Invoke();

    /// <summary>Every problem in words, one sentence after another (see <see cref="ProblemText"/>).</summary>
    internal static string Describe(ProblemDto? problem) => string.Join(" ", ProblemText.Lines(problem));

    private static string Serialize(ScenarioDocument document) =>
        JsonSerializer.Serialize(document, StudioJsonContext.Default.ScenarioDocument);
}
