using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;

namespace Studio.Client.Components.Store;

public sealed partial class DraftOffer : IDisposable
{
    [Inject] private LocalDraft Draft { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private bool _busy;

    protected override void OnInitialized() => Draft.Changed += OnDraftChanged;

    protected override Task OnAfterRenderAsync(bool firstRender) => firstRender ? Draft.StartAsync() : Task.CompletedTask;

    public void Dispose() => Draft.Changed -= OnDraftChanged;

    private void OnDraftChanged() => InvokeAsync(StateHasChanged);

    private async Task RestoreAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Draft.RestoreAsync();
            if (outcome?.Problem is { } problem)
            {
                Snackbar.Add($"The draft could not be restored: {SavedScenarioState.Describe(problem)}", Severity.Error);
            }
            else if (outcome?.Imported is { } restored)
            {
                Snackbar.Add($"Restored “{restored.Document.Name}”: it is not saved yet. Undo brings back what was open.", Severity.Success);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
