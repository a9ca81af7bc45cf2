using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.Api;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Store;

namespace Studio.Client.Components.Store;

public sealed partial class ScenarioBrowser
{
    [Inject] private StudioApiClient Api { get; set; } = null!;

    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Raised after a scenario was opened into the editor (the dialog closes itself).</summary>
    [Parameter] public EventCallback OnOpened { get; set; }

    private IReadOnlyList<ScenarioSummaryDto>? _scenarios;
    private ScenarioHistoryDto? _history;
    private string? _renaming;
    private string _newName = "";
    private string? _error;
    private bool _busy;
    private string? _query;

    /// <summary>The scenarios whose name holds what the search box says, filtered as it is typed.</summary>
    private IEnumerable<ScenarioSummaryDto> Visible => SearchText.Filter(_scenarios ?? [], _query, s => s.Name);

    protected override Task OnInitializedAsync() => RunAsync(RefreshAsync);

    private async Task RefreshAsync() => _scenarios = await Api.ListScenariosAsync();

    private Task OpenAsync(string linkId) => RunAsync(async () =>
    {
        if (await Saved.OpenLinkAsync(linkId) is { } problem)
        {
            _error = $"Could not open it: {SavedScenarioState.Describe(problem)}";
            await RefreshAsync();
            return;
        }

        Snackbar.Add($"Opened {Saved.Current!.Name}, version {Saved.Current.Version}.", Severity.Success);
        await OnOpened.InvokeAsync();
    });

    private Task ToggleHistoryAsync(ScenarioSummaryDto scenario) => RunAsync(async () =>
    {
        if (_history?.Scenario.Id == scenario.Id)
        {
            _history = null;
            return;
        }

        _history = await Api.GetHistoryAsync(scenario.Id);
        if (_history is null)
        {
            _error = $"“{scenario.Name}” no longer exists: it was deleted, perhaps from another tab.";
            await RefreshAsync();
        }
    });

    private void StartRename(ScenarioSummaryDto scenario)
    {
        _renaming = scenario.Id;
        _newName = scenario.Name;
        _error = null;
    }

    private void CancelRename() => _renaming = null;

    /// <summary>In the name field, Enter renames and Escape cancels, as in any rename box.</summary>
    private Task OnRenameKeyAsync(KeyboardEventArgs args, ScenarioSummaryDto scenario)
    {
        switch (args.Key)
        {
            case "Enter" when !_busy:
                return RenameAsync(scenario);
            case "Escape":
                CancelRename();
                break;
        }

        return Task.CompletedTask;
    }

    private Task RenameAsync(ScenarioSummaryDto scenario) => RunAsync(async () =>
    {
        var outcome = await Api.RenameAsync(scenario.Id, _newName);
        if (outcome.Saved is not { } renamed)
        {
            _error = $"Not renamed: {SavedScenarioState.Describe(outcome.Problem)}";
            return;
        }

        _renaming = null;
        _history = null;
        // A rename is a new version: follow it when this tab has the scenario open with nothing unsaved, so the next save is not stale.
        if (Saved.Current?.ScenarioId == scenario.Id && !Saved.HasUnsavedChanges)
        {
            await Saved.OpenLinkAsync(renamed.LinkId);
        }

        await RefreshAsync();
    });

    private async Task DeleteAsync(ScenarioSummaryDto scenario)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete this scenario?",
            $"“{scenario.Name}” and all {scenario.LatestVersion} of its versions will be deleted, and links to them will stop working. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        await RunAsync(async () =>
        {
            if (await Api.DeleteAsync(scenario.Id) is { } problem)
            {
                _error = $"Not deleted: {SavedScenarioState.Describe(problem)}";
            }
            else if (Saved.Current?.ScenarioId == scenario.Id)
            {
                // The design stays on the canvas, now unsaved: deleting the stored copy never clears the user's work.
                Saved.StartNew();
            }

            _history = null;
            await RefreshAsync();
        });
    }

    private Task ForkAsync(ScenarioSummaryDto scenario, ScenarioVersionDto version) => RunAsync(async () =>
    {
        var outcome = await Api.ForkAsync(scenario.Id, version.Version);
        if (outcome.Saved is not { } fork)
        {
            _error = $"Not forked: {SavedScenarioState.Describe(outcome.Problem)}";
            return;
        }

        await OpenAsync(fork.LinkId);
    });

    /// <summary>One request at a time, with its failure shown in the browser rather than thrown.</summary>
    private async Task RunAsync(Func<Task> work)
    {
        _busy = true;
        _error = null;
        try
        {
            await work();
        }
        catch (HttpRequestException ex)
        {
            _error = $"The server could not be reached ({ex.Message}). Try again.";
            _scenarios ??= [];
        }
        finally
        {
            _busy = false;
        }
    }
}
