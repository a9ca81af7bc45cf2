using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Api;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Store;

namespace Studio.Client.Pages;

public sealed partial class StudioPage : IDisposable
{
    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private StudioApiClient Api { get; set; } = null!;

    /// <summary>Injected here so it subscribes to the editor before the first template loads.</summary>
    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private SavedScenarioState Saved { get; set; } = null!;

    [Inject] private StudioView View { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>?template=vera-rubin-nvl72 opens a reference design directly.</summary>
    [SupplyParameterFromQuery(Name = "template")]
    public string? Template { get; set; }

    /// <summary>/s/{LinkId}: a saved version's link id, or "inline" with the design in the address's fragment.</summary>
    [Parameter]
    public string? LinkId { get; set; }

    /// <summary>Why the link in the address opened nothing; the page then explains instead of showing the studio.</summary>
    private (string Title, string Detail)? _linkProblem;

    private bool _openingLink;

    /// <summary>The link last acted on, so a re-render with the same address does not open it again.</summary>
    private string? _handledLink;

    protected override async Task OnInitializedAsync()
    {
        Editor.Changed += OnEditorChanged;
        Saved.Changed += OnSavedChanged;
        View.Changed += OnViewChanged;
        _openingLink = LinkId is not null;
        await Catalog.EnsureLoadedAsync();
        if (Catalog.IsLoaded && LinkId is null && !string.IsNullOrEmpty(Template))
        {
            await LoadTemplateAsync(Template);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // Saving moves the address to the new version's link: that is the design already open, not one to load.
        if (!Catalog.IsLoaded || LinkId is null || LinkId == _handledLink || LinkId == Saved.Current?.LinkId)
        {
            _openingLink = false;
            return;
        }

        _handledLink = LinkId;
        _linkProblem = null;
        _openingLink = true;
        try
        {
            _linkProblem = LinkId == "inline" ? await OpenInlineAsync() : await OpenSavedAsync(LinkId);
        }
        finally
        {
            _openingLink = false;
        }
    }

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        Saved.Changed -= OnSavedChanged;
        View.Changed -= OnViewChanged;
    }

    private bool IsView(StudioViewKind view) => View.Current == view;

    private string PaletteToggleLabel =>
        $"{(View.IsPaletteOpen ? "Hide" : "Show")} the {(IsView(StudioViewKind.Factory) ? "rack designs" : "parts palette")}";

    private void OnViewChanged() => InvokeAsync(StateHasChanged);

    private async Task<(string, string)?> OpenSavedAsync(string linkId) =>
        await Saved.OpenLinkAsync(linkId) is { } problem
            ? (problem.Status == 404 ? "This link opens no scenario" : "The scenario could not be opened",
                problem.Detail ?? SavedScenarioState.Describe(problem))
            : null;

    /// <summary>Decodes the fragment, then sends the JSON through the server's validation like any imported file.</summary>
    private async Task<(string, string)?> OpenInlineAsync()
    {
        var fragment = new Uri(Navigation.Uri).Fragment.TrimStart('#');
        var decoded = InlineScenarioLink.Decode(fragment);
        if (decoded.Json is not { } json)
        {
            return ("This link's design could not be read", decoded.Error!);
        }

        var outcome = await Saved.ImportAsync(json);
        return outcome.Imported is null
            ? ("This link's design is not valid", string.Join(" ", ProblemText.Lines(outcome.Problem, ProblemText.Parse(json), Catalog)))
            : null;
    }

    private void OnEditorChanged(ScenarioChange change)
    {
        if (change != ScenarioChange.Selection)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Keeps the address bar on the open version's link, so it can be copied and reopened as it is.</summary>
    private void OnSavedChanged()
    {
        var path = Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
        if (Saved.Current is { } current && path != $"s/{current.LinkId}")
        {
            _handledLink = current.LinkId;
            Navigation.NavigateTo($"s/{current.LinkId}", replace: true);
        }
        else if (Saved.Current is null && path.StartsWith("s/", StringComparison.Ordinal) && path != InlineScenarioLink.Path)
        {
            Navigation.NavigateTo("", replace: true);
        }

        InvokeAsync(StateHasChanged);
    }

    private void NewEmpty()
    {
        Saved.StartNew();
        Editor.NewEmpty();
    }

    private void StartNewAfterLinkProblem()
    {
        _linkProblem = null;
        NewEmpty();
        Navigation.NavigateTo("", replace: true);
    }

    private async Task LoadTemplateAsync(string id)
    {
        try
        {
            var template = await Api.GetTemplateAsync(id);
            Saved.StartNew();
            Editor.Load(template);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not open the template '{id}': {ex.Message}", Severity.Error);
        }
    }
}
