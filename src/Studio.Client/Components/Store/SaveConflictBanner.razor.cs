using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;

namespace Studio.Client.Components.Store;

public sealed partial class SaveConflictBanner : IDisposable
{
    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    protected override void OnInitialized() => Saved.Changed += OnSavedChanged;

    public void Dispose() => Saved.Changed -= OnSavedChanged;

    private void OnSavedChanged() => InvokeAsync(StateHasChanged);

    private async Task ForkAsync()
    {
        var result = await Saved.ForkAsync();
        Snackbar.Add(result.Message, result.Succeeded ? Severity.Success : Severity.Error);
    }

    private async Task ReloadAsync()
    {
        if (await Saved.ReloadLatestAsync() is { } problem)
        {
            Snackbar.Add($"Could not open the latest version: {SavedScenarioState.Describe(problem)}", Severity.Error);
        }
    }
}
