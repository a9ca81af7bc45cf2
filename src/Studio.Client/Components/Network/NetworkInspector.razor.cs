using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Network;

public sealed partial class NetworkInspector : IDisposable
{
    /// <summary>The selects' key for "left out": MudSelect needs a non-null value to show the default's item.</summary>
    private const string Default = "";

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private ScaleOutDocument? ScaleOut => Editor.Document.Factory.Network?.ScaleOut;

    private FrontEndDocument? FrontEnd => Editor.Document.Factory.Network?.FrontEnd;

    private StorageDocument? Storage => Editor.Document.Factory.Network?.Storage;

    // With no parameters this component is skipped when its parent re-renders: it listens for undos and new documents
    // itself, or its fields would keep the previous values.
    protected override void OnInitialized() => Editor.Changed += OnEditorChanged;

    public void Dispose() => Editor.Changed -= OnEditorChanged;

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change != ScenarioChange.Selection)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    private static string? OrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The field has already checked the value is whole and in range: this only changes its type.</summary>
    private static int? AsInt(double? value) => value is { } given ? (int)given : null;

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }
}
