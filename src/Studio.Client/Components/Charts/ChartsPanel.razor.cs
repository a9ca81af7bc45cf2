using Microsoft.AspNetCore.Components;
using Studio.Client.State;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Charts;

public sealed partial class ChartsPanel : IDisposable
{
    private const string WaterfallId = "waterfall";

    private IReadOnlyList<ChartFigure> _figures = [];
    private ComparisonDto? _builtFor;

    [Inject] private ComparisonState Comparison { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    protected override void OnInitialized() => Comparison.Changed += OnComparisonChanged;

    public void Dispose() => Comparison.Changed -= OnComparisonChanged;

    private void OnComparisonChanged() => InvokeAsync(StateHasChanged);

    private Task ToggleAsync() => Comparison.SetActiveAsync(!Comparison.Active);

    private Task ExplainAsync(string metricId) => Comparison.ExplainAsync(metricId);

    /// <summary>
    /// The figures of this comparison, built once per answer: renders for other reasons (status, picker) hand the
    /// cards the same instances, and a card redraws only for a new one.
    /// </summary>
    private IReadOnlyList<ChartFigure> Figures(ComparisonDto comparison)
    {
        if (!ReferenceEquals(comparison, _builtFor))
        {
            _builtFor = comparison;
            _figures = Build(comparison, ChartContext.From(Editor.Document, Comparison.Baseline));
        }

        return _figures;
    }

    /// <summary>Every chart, in reading order: what it serves, what that costs and what buying it costs, training, cooling, power, the network, building and its calendar, money, why.</summary>
    internal static IReadOnlyList<ChartFigure> Build(ComparisonDto comparison, ChartContext context) =>
    [
        ChartTraces.Frontier(comparison, context),
        ChartTraces.Cost(comparison, context),
        ChartTraces.CapexByCategory(comparison, context),
        ChartTraces.Training(comparison, context),
        ChartTraces.Thermal(comparison, context),
        ChartTraces.ChillerHours(comparison, context),
        ChartTraces.Power(comparison, context),
        ChartTraces.NetworkPerRack(comparison, context),
        ChartTraces.BuildOut(comparison, context),
        ChartTraces.Schedule(comparison, context),
        ChartTraces.Capacity(comparison, context),
        ChartTraces.Cash(comparison, context),
        ChartTraces.WhatChanged(comparison, context),
    ];

    /// <summary>The metrics the waterfall can explain, with the one asked for first in the list even if the answer lacks it.</summary>
    private IReadOnlyList<MetricDeltaDto> ExplainChoices(ComparisonDto comparison)
    {
        var choices = ChartTraces.Explainable(comparison);
        return choices.Any(d => d.Id == Comparison.ExplainMetricId)
            ? choices
            : [new MetricDeltaDto(Comparison.ExplainMetricId, Comparison.ExplainMetricId, "", null, null, null, null), .. choices];
    }
}
