using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.JSInterop;
using Studio.Client.Api;
using Studio.Contracts;

namespace Studio.Client.State;

/// <summary>A design left unsaved in this browser: what it was called, when it was last edited, and its document as JSON.</summary>
public sealed record DraftDesign(string Name, DateTimeOffset EditedAt, string Json);

/// <summary>
/// Keeps work that was never saved from being lost with the tab (js/studio-draft.js): while the design has edits that
/// are not saved, a copy sits in localStorage and the browser warns before the tab closes; saving, or opening
/// something else, clears both. On the next visit the page offers the copy back (<see cref="Offered"/>).
/// An unedited template or saved version is not work to keep: it can be opened again.
/// </summary>
public sealed class LocalDraft(ScenarioEditor editor, SavedScenarioState saved, IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/studio-draft.js";

    /// <summary>One draft per browser (the last tab edited wins); the version suffix lets a later format start afresh.</summary>
    public const string DocumentKey = "studio.draft.v1.document";
    public const string EditedAtKey = "studio.draft.v1.editedAt";

    private IJSObjectReference? _module;
    private bool _started;
    private bool _guarded;

    /// <summary>The editor revision a draft was restored at: opened, but still work nobody saved.</summary>
    private long _restoredRevision = -1;

    /// <summary>The draft found when the studio started, until the user restores or discards it.</summary>
    public DraftDesign? Offered { get; private set; }

    public event Action? Changed;

    /// <summary>Unsaved edits made since the design was opened (or restored from a draft).</summary>
    public bool HasWorkToKeep =>
        saved.HasUnsavedChanges && (editor.Revision != editor.OpenedRevision || editor.Revision == _restoredRevision);

    /// <summary>
    /// Reads the draft a last visit left, then follows the design. Called once the page is interactive: the browser's
    /// storage is not there before. Whatever the page opened by itself (a link, a template) is not work to keep.
    /// </summary>
    public async Task StartAsync()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _module = await js.InvokeAsync<IJSObjectReference?>("import", ModulePath);
        Offered = await ReadAsync();
        editor.Changed += OnEditorChanged;
        saved.Changed += OnSavedChanged;
        Changed?.Invoke();
    }

    /// <summary>Opens the offered draft through the server's validation and migration, like an imported file, as a new unsaved design.</summary>
    public async Task<ImportOutcome?> RestoreAsync()
    {
        if (Offered is not { } draft)
        {
            return null;
        }

        var outcome = await saved.ImportAsync(Encoding.UTF8.GetBytes(draft.Json));
        if (outcome.Imported is not null)
        {
            Offered = null;
            // Restored work is still work nobody saved: it stays kept and guarded until it is.
            _restoredRevision = editor.Revision;
            await FollowAsync();
            Changed?.Invoke();
        }

        return outcome;
    }

    public async Task DiscardAsync()
    {
        Offered = null;
        await FollowAsync();
        Changed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        editor.Changed -= OnEditorChanged;
        saved.Changed -= OnSavedChanged;
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away.
            }
        }
    }

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change != ScenarioChange.Selection)
        {
            _ = FollowAsync();
        }
    }

    private void OnSavedChanged() => _ = FollowAsync();

    /// <summary>Stores the design and guards the tab while there is work to keep; otherwise clears both.</summary>
    private async Task FollowAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            var keep = HasWorkToKeep;
            if (keep)
            {
                var json = JsonSerializer.Serialize(editor.Document, StudioJsonContext.Default.ScenarioDocument);
                await _module.InvokeAsync<bool>("write", DocumentKey, json);
                await _module.InvokeAsync<bool>("write", EditedAtKey, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            }
            else if (Offered is null)
            {
                // While a draft is on offer its copy stays stored, so closing the tab before deciding loses nothing.
                await _module.InvokeVoidAsync("remove", DocumentKey);
                await _module.InvokeVoidAsync("remove", EditedAtKey);
            }

            if (keep != _guarded)
            {
                _guarded = keep;
                await _module.InvokeVoidAsync("guard", keep);
            }
        }
        catch (JSException)
        {
            // Storage is a convenience: an edit never fails for it.
        }
    }

    private async Task<DraftDesign?> ReadAsync()
    {
        if (_module is null)
        {
            return null;
        }

        var json = await _module.InvokeAsync<string?>("read", DocumentKey);
        var editedAt = await _module.InvokeAsync<string?>("read", EditedAtKey);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize(json, StudioJsonContext.Default.ScenarioDocument);
            var when = DateTimeOffset.TryParse(editedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : DateTimeOffset.UtcNow;
            return document is null ? null : new DraftDesign(document.Name, when, json);
        }
        catch (JsonException)
        {
            // A draft this studio cannot read is no draft; the next edit replaces it.
            return null;
        }
    }
}
