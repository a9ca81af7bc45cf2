using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Studio.Client.State;

namespace Studio.Client.Components.Charts;

public sealed partial class BaselinePicker
{
    /// <summary>The picker's value: a template id or "file". "file" with no file loaded yet keeps the old baseline.</summary>
    private string _selected = BaselineChoice.Gb200.Key;
    private string? _error;

    [Inject] private ComparisonState Comparison { get; set; } = null!;

    private string FileItemLabel => Comparison.FileBaseline is { } file ? $"{file.Name} (file)" : "Scenario from file…";

    protected override void OnInitialized() => _selected = Comparison.Baseline.Key;

    private async Task SelectAsync(string key)
    {
        _selected = key;
        _error = null;
        if (BaselineChoice.Templates.FirstOrDefault(t => t.Key == key) is { } template)
        {
            await Comparison.SelectBaselineAsync(template);
        }
        else if (Comparison.FileBaseline is { } file)
        {
            await Comparison.SelectBaselineAsync(file);
        }
    }

    private async Task LoadFileAsync(InputFileChangeEventArgs args)
    {
        var file = args.File;
        if (file.Size > BaselineChoice.MaxFileBytes)
        {
            _error = string.Create(CultureInfo.InvariantCulture, $"{file.Name} is {file.Size / 1024:N0} KiB; a scenario may be at most {BaselineChoice.MaxFileBytes / 1024:N0} KiB.");
            return;
        }

        string json;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(BaselineChoice.MaxFileBytes));
            json = await reader.ReadToEndAsync();
        }
        catch (IOException ex)
        {
            _error = $"{file.Name} could not be read: {ex.Message}";
            return;
        }

        if (!BaselineChoice.TryRead(json, file.Name, out var choice, out var error))
        {
            // The baseline in use stays: a bad file never leaves the charts without one.
            _error = error;
            return;
        }

        _error = null;
        await Comparison.SelectBaselineAsync(choice!);
    }
}
