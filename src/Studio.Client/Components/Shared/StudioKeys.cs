using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Studio.Client.State;

namespace Studio.Client.Components.Shared;

/// <summary>
/// Listens for the studio's keyboard shortcuts (js/studio-keys.js) while the studio is on screen and runs them on the
/// editor: undo, redo, and Escape to clear the selection, so the scenario's own fields come back to the inspector.
/// It renders nothing.
/// </summary>
public sealed class StudioKeys : ComponentBase, IAsyncDisposable
{
    public const string ModulePath = "./js/studio-keys.js";

    private DotNetObjectReference<StudioKeys>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _listener;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    /// <summary>A key pressed outside a text field; called by the page's listener.</summary>
    [JSInvokable]
    public Task OnKey(string key, bool ctrl, bool shift, bool alt, bool meta)
    {
        if (StudioShortcuts.Resolve(key, ctrl, shift, alt, meta) is { } command)
        {
            // Through the dispatcher: the editor's listeners re-render, as they would for a button.
            return InvokeAsync(() => Editor.Run(command));
        }

        return Task.CompletedTask;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference?>("import", ModulePath);
        // Null only where no browser answers (a test host's loose interop): then there are no keys to listen to.
        _listener = _module is null ? null : await _module.InvokeAsync<IJSObjectReference>("listen", _self);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_listener is not null)
            {
                await _listener.InvokeVoidAsync("dispose");
                await _listener.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The page is going away, and its listener with it.
        }

        _self?.Dispose();
    }
}
