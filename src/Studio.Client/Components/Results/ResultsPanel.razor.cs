using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.BillOfMaterials;
using Studio.Client.State;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;
using Studio.Engine.Evaluation;

namespace Studio.Client.Components.Results;

public sealed partial class ResultsPanel : IDisposable
{
    private const string FactoryTitle = "Factory";
    private const string RackTitle = "Per rack design";
    private const string NetworkTitle = "Network";

    /// <summary>
    /// The network group's order: the scale-out fabric's shape, the other fabrics, what they draw and cost, then what
    /// a GPU gets from them. Network ids a later server adds follow.
    /// </summary>
    private static readonly string[] s_networkIds =
    [
        MetricIds.NetworkScaleOutTiers,
        MetricIds.NetworkScaleOutPlanes,
        MetricIds.NetworkScaleOutSwitchCount,
        MetricIds.NetworkTransceiverCount,
        MetricIds.NetworkFrontEndSwitchCount,
        MetricIds.NetworkStorageNodeCount,
        MetricIds.NetworkPowerKw,
        MetricIds.NetworkCapexUsd,
        MetricIds.NetworkPowerPerRackKw,
        MetricIds.NetworkCapexPerRackUsd,
        MetricIds.NetworkScaleOutGbpsPerGpu,
        MetricIds.NetworkPathLatencyUs,
        MetricIds.NetworkCheckpointMinutes,
    ];

    /// <summary>
    /// The factory as laid out, first and in this order: what it holds, what it draws, what serves it, the plant it
    /// needs on the design day, and what it costs and earns. Other factory ids a later server adds follow them.
    /// </summary>
    private static readonly string[] s_factoryIds =
    [
        MetricIds.FactoryRackCount,
        MetricIds.FactoryRowCount,
        MetricIds.FactoryGpuCount,
        MetricIds.FactoryItPowerMw,
        MetricIds.PowerFacilityMw,
        MetricIds.PowerGridPeakMw,
        MetricIds.FactoryCduCount,
        MetricIds.FactoryLeafSwitchCount,
        MetricIds.FactorySpineSwitchCount,
        MetricIds.FactoryDesignDayC,
        MetricIds.FactoryHeatRejectionMw,
        MetricIds.FactoryChillerMw,
        MetricIds.EconomicsCapexUsd,
        MetricIds.EconomicsCostPerMillionTokensUsd,
        MetricIds.EconomicsAnnualRevenueUsd,
    ];

    /// <summary>The other groups by id prefix, in reading order; ids a later server adds still show, under "More".</summary>
    private static readonly (string Prefix, string Title)[] s_groups =
    [
        ("rack.", RackTitle),
        ("inference.", "Serving the workload"),
        ("training.", "Training study"),
        ("economics.", "Token economics"),
        ("power.", "Power"),
        ("network.", NetworkTitle),
        ("thermal.", "Cooling"),
        ("facility.", "Heat rejection at the site"),
        ("assembly.", "Assembly and build-out"),
        ("design.", "Design on the canvas"),
    ];

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    protected override void OnInitialized()
    {
        Evaluation.Changed += OnEvaluated;
        Editor.Changed += OnEdited;
    }

    public void Dispose()
    {
        Evaluation.Changed -= OnEvaluated;
        Editor.Changed -= OnEdited;
    }

    private void OnEvaluated() => InvokeAsync(StateHasChanged);

    /// <summary>Selecting another rack design changes whose summary the per-rack group names; nothing else needs a render.</summary>
    private void OnEdited(ScenarioChange change)
    {
        if (change is ScenarioChange.Selection or ScenarioChange.Layout)
        {
            InvokeAsync(StateHasChanged);
        }
    }

    private Task OpenBillOfMaterialsAsync() =>
        Dialogs.ShowAsync<BillOfMaterialsDialog>("Bill of materials",
            new DialogOptions { MaxWidth = MaxWidth.ExtraLarge, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });

    /// <summary>
    /// Metrics that come out of the server's sweeps (the serving frontier, the training search, the Monte Carlo): the
    /// ones that take time to refine after an edit, and are marked while they do.
    /// </summary>
    private static readonly string[] s_sweptPrefixes = ["inference.", "training.", "economics."];

    private static bool IsSwept(IReadOnlyList<MetricDto> metrics) =>
        metrics.Any(m => s_sweptPrefixes.Any(p => m.Id.StartsWith(p, StringComparison.Ordinal)));

    private static int Count(EvaluationReportDto report, string severity) => report.Diagnostics.Count(d => d.Severity == severity);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>
    /// The rack design the per-rack group names: the selected one (or the one holding the selected part), else the
    /// first. The group's metrics are the server's (the mean of the compute racks when there are several); the line
    /// names one design's own figures, never one line per rack.
    /// </summary>
    private (RackDocument Rack, RackSummaryDto Summary, bool Selected)? RackDesign(EvaluationReportDto report)
    {
        var selected = Editor.FindRack(Editor.SelectedId) ?? Editor.FindPart(Editor.SelectedId)?.Rack;
        var rack = selected ?? Editor.Document.Racks.FirstOrDefault();
        return rack is not null && report.Racks.FirstOrDefault(r => r.RackId == rack.Id) is { } summary
            ? (rack, summary, selected is not null)
            : null;
    }

    internal static IEnumerable<(string Title, IReadOnlyList<MetricDto> Metrics)> Groups(EvaluationReportDto report)
    {
        var byId = report.Metrics.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var factory = s_factoryIds.Where(byId.ContainsKey).Select(id => byId[id])
            .Concat(report.Metrics.Where(m => m.Id.StartsWith("factory.", StringComparison.Ordinal) && !s_factoryIds.Contains(m.Id)))
            .ToList();
        if (factory.Count > 0)
        {
            yield return (FactoryTitle, factory);
        }

        var shown = factory.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var rest = report.Metrics.Where(m => !shown.Contains(m.Id)).ToList();
        foreach (var (prefix, title) in s_groups)
        {
            var metrics = rest.Where(m => m.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (title == NetworkTitle)
            {
                // OrderBy is stable: ids the list does not know keep the server's order after the known ones.
                metrics = [.. metrics.OrderBy(m => Array.IndexOf(s_networkIds, m.Id) is var i and >= 0 ? i : s_networkIds.Length)];
            }

            if (metrics.Count > 0)
            {
                yield return (title, metrics);
            }
        }

        var more = rest.Where(m => !s_groups.Any(g => m.Id.StartsWith(g.Prefix, StringComparison.Ordinal))).ToList();
        if (more.Count > 0)
        {
            yield return ("More", more);
        }
    }
}
