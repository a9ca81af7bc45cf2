using Microsoft.JSInterop;

namespace Studio.Client.State;

/// <summary>
/// Saves text as a file in the browser (charts' CSV) through the studio's one file module, wwwroot/js/studio-files.js
/// (the same the scenario export uses); the module loads on the first download, so a session that never downloads
/// never fetches it.
/// </summary>
public sealed class FileDownloads(IJSRuntime js) : IAsyncDisposable
{
    /// <summary>Served from the repository's wwwroot, which the server hosts as its web root.</summary>
    public const string ModulePath = StudioFiles.ModulePath;

    private IJSObjectReference? _module;

    public async Task SaveTextAsync(string fileName, string text, string mimeType = "text/csv")
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await _module.InvokeVoidAsync("downloadText", fileName, text, mimeType);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is gone, and the module with it.
            }
        }
    }
}
