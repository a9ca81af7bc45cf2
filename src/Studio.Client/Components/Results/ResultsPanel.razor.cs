using Microsoft.AspNetCore.Components;
using Studio.Client.State;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Results;

public sealed partial class ResultsPanel : IDisposable
{
    /// <summary>Metric groups by id prefix, in reading order; ids a later server adds still show, under "More".</summary>
    private static readonly (string Prefix, string Title)[] s_groups =
    [
        ("rack.", "Per rack"),
        ("inference.", "Serving the workload"),
        ("training.", "Training study"),
        ("economics.", "Token economics"),
        ("power.", "Power"),
        ("thermal.", "Cooling"),
        ("facility.", "Heat rejection at the site"),
        ("assembly.", "Assembly and build-out"),
        ("design.", "Design on the canvas"),
        ("factory.", "Factory"),
    ];

    [Inject] private EvaluationState Evaluation { get; set; } = null!;

    protected override void OnInitialized() => Evaluation.Changed += OnEvaluated;

    public void Dispose() => Evaluation.Changed -= OnEvaluated;

    private void OnEvaluated() => InvokeAsync(StateHasChanged);

    /// <summary>
    /// Metrics that come out of the server's sweeps (the serving frontier, the training search, the Monte Carlo): the
    /// ones that take time to refine after an edit, and are marked while they do.
    /// </summary>
    private static readonly string[] s_sweptPrefixes = ["inference.", "training.", "economics."];

    private static bool IsSwept(IReadOnlyList<MetricDto> metrics) =>
        metrics.Any(m => s_sweptPrefixes.Any(p => m.Id.StartsWith(p, StringComparison.Ordinal)));

    private static int Count(EvaluationReportDto report, string severity) => report.Diagnostics.Count(d => d.Severity == severity);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static IEnumerable<(string Title, IReadOnlyList<MetricDto> Metrics)> Groups(EvaluationReportDto report)
    {
        foreach (var (prefix, title) in s_groups)
        {
            var metrics = report.Metrics.Where(m => m.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (metrics.Count > 0)
            {
                yield return (title, metrics);
            }
        }

        var rest = report.Metrics.Where(m => !s_groups.Any(g => m.Id.StartsWith(g.Prefix, StringComparison.Ordinal))).ToList();
        if (rest.Count > 0)
        {
            yield return ("More", rest);
        }
    }
}
