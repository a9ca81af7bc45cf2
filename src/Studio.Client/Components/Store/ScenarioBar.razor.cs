using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Store;

namespace Studio.Client.Components.Store;

public sealed partial class ScenarioBar : IDisposable
{
    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private StudioFiles Files { get; set; } = null!;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Inject] private ImportNotice Problems { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    private bool CanSave => !Saved.IsBusy && (Saved.Current is null || Saved.HasUnsavedChanges);

    private string StatusText => Saved.Current switch
    {
        null => "Not saved",
        { } c when Saved.HasUnsavedChanges => $"v{c.Version} · unsaved changes",
        { } c when Saved.IsBehindLatest => $"v{c.Version} of {c.LatestVersion}",
        { } c => $"Saved · v{c.Version}",
    };

    private string StatusClass => Saved.Current is null || Saved.HasUnsavedChanges ? "unsaved" : Saved.IsBehindLatest ? "behind" : "saved";

    private string StatusTitle => Saved.IsBehindLatest
        ? $"A newer version ({Saved.Current!.LatestVersion}) has been saved; saving edits to this one would conflict."
        : "Every save keeps a new version; older versions and their links never change.";

    protected override void OnInitialized() => Saved.Changed += OnSavedChanged;

    public void Dispose() => Saved.Changed -= OnSavedChanged;

    private void OnSavedChanged() => InvokeAsync(StateHasChanged);

    private async Task SaveAsync()
    {
        var result = await Saved.SaveAsync();
        Snackbar.Add(result.Message, result.Succeeded ? Severity.Success : Saved.Conflict is not null ? Severity.Warning : Severity.Error);
    }

    private Task OpenShareAsync() =>
        Dialogs.ShowAsync<ShareDialog>("Share this design", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });

    private Task OpenSavedAsync() =>
        Dialogs.ShowAsync<ScenarioBrowserDialog>("Saved scenarios", new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        if (file.Size > InlineScenarioLink.MaxDocumentBytes)
        {
            Problems.Show($"{file.Name} was not imported", [$"The file is {file.Size / 1024} KiB; a scenario file is at most 1 MiB."]);
            return;
        }

        byte[] bytes;
        try
        {
            await using var stream = file.OpenReadStream(InlineScenarioLink.MaxDocumentBytes);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            Problems.Show($"{file.Name} was not imported", [$"The file could not be read: {ex.Message}"]);
            return;
        }

        var outcome = await Saved.ImportAsync(bytes);
        if (outcome.Imported is { } imported)
        {
            Problems.Dismiss();
            var migrated = imported.Migrations.Count == 0 ? "" : $" (migrated from format version {imported.SourceSchemaVersion})";
            Snackbar.Add($"Imported {file.Name}{migrated}. Save it to keep it.", Severity.Success);
        }
        else
        {
            var lines = ProblemText.Lines(outcome.Problem, ProblemText.Parse(bytes), Catalog);
            Problems.Show($"{file.Name} was not imported: {(lines.Count == 1 ? "1 problem" : $"{lines.Count} problems")}", lines);
        }
    }

    private async Task ExportAsync()
    {
        var fileName = await Files.ExportAsync(Editor.Document);
        Snackbar.Add($"Exported {fileName}.", Severity.Info);
    }
}
