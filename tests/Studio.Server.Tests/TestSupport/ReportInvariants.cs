using Studio.Contracts.Evaluation;

namespace Studio.Server.Tests.TestSupport;

/// <summary>What every report the API answers must hold, checked wherever a test reads one.</summary>
internal static class ReportInvariants
{
    /// <summary>
    /// Withheld metrics whose reason is missing or names a code no finding of the report has: the results panel
    /// would say "see the finding …" about nothing. Empty when the report is sound.
    /// </summary>
    public static IReadOnlyList<string> WithheldWithoutFinding(EvaluationReportDto report)
    {
        var codes = report.Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. report.Metrics.Where(m => m.Value is null && m.BlockedBy.Count == 0).Select(m => $"{m.Id} is withheld for no reason"),
            .. report.Metrics.SelectMany(m => m.BlockedBy.Where(c => !codes.Contains(c)).Select(c => $"{m.Id} is withheld for '{c}', which the report's findings lack")),
        ];
    }
}
