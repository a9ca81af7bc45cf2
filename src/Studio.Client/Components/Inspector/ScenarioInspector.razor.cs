using Microsoft.AspNetCore.Components;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Inspector;

public partial class ScenarioInspector : IDisposable
{
    // What a left-out power plan or training study means, read from the contract rather than typed again here.
    private static readonly PowerDocument s_powerDefaults = new();
    private static readonly TrainingDocument s_trainingDefaults = new();

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private CatalogState Catalog { get; set; } = null!;

    // With no parameters, this component is skipped when its parent re-renders: it listens for a new document
    // (a template, an undo) itself, or it would keep showing the previous scenario's fields.
    protected override void OnInitialized() => Editor.Changed += OnEditorChanged;

    public void Dispose() => Editor.Changed -= OnEditorChanged;

    private void OnEditorChanged(ScenarioChange change) => InvokeAsync(StateHasChanged);

    private static TrainingDocument Training(ScenarioDocument document) => ScenarioFieldAccessors.Training(document);

    private static PowerDocument Power(ScenarioDocument document) => ScenarioFieldAccessors.Power(document);
}
