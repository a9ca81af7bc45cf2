using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Api;
using Studio.Client.State;

namespace Studio.Client.Pages;

public sealed partial class StudioPage : IDisposable
{
    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private StudioApiClient Api { get; set; } = null!;

    /// <summary>Injected here so it subscribes to the editor before the first template loads.</summary>
    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>?template=vera-rubin-nvl72 opens a reference design directly.</summary>
    [SupplyParameterFromQuery(Name = "template")]
    public string? Template { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Editor.Changed += OnEditorChanged;
        await Catalog.EnsureLoadedAsync();
        if (Catalog.IsLoaded && !string.IsNullOrEmpty(Template))
        {
            await LoadTemplateAsync(Template);
        }
    }

    public void Dispose() => Editor.Changed -= OnEditorChanged;

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change != ScenarioChange.Selection)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    private async Task LoadTemplateAsync(string id)
    {
        try
        {
            Editor.Load(await Api.GetTemplateAsync(id));
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not open the template '{id}': {ex.Message}", Severity.Error);
        }
    }
}
