using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;

namespace Studio.Client.Components.Store;

public sealed partial class SharePanel : IDisposable
{
    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    [Inject] private StudioFiles Files { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private string? _savedLink;
    private string? _inlineLink;

    protected override void OnInitialized()
    {
        Saved.Changed += OnSavedChanged;
        Refresh();
    }

    public void Dispose() => Saved.Changed -= OnSavedChanged;

    private void OnSavedChanged() => InvokeAsync(() =>
    {
        Refresh();
        StateHasChanged();
    });

    /// <summary>Links are absolute, so they work pasted anywhere; the inline one is encoded once per change, not per render.</summary>
    private void Refresh()
    {
        _savedLink = Saved.LinkPath is { } path ? Navigation.BaseUri + path : null;
        _inlineLink = Saved.InlineLinkPath() is { } inline ? Navigation.BaseUri + inline : null;
    }

    private async Task SaveAsync()
    {
        var result = await Saved.SaveAsync();
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }

    private async Task CopyAsync(string link) =>
        Snackbar.Add(await Files.CopyAsync(link) ? "Link copied." : "The browser did not allow copying: select the link and copy it.",
            Severity.Info);
}
