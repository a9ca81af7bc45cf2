using Studio.Engine.Evaluation;

namespace Studio.Engine.Tests.Evaluation;

/// <summary>What every report must hold, whatever the design: checks the evaluator's tests run on any report.</summary>
internal static class ReportAssert
{
    /// <summary>
    /// A withheld metric says why, and each code it names is a finding of the same report: the results panel shows
    /// "see the finding …" and the user must be able to find it.
    /// </summary>
    public static void WithheldPointAtFindings(Report report)
    {
        var codes = report.Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(report.Metrics.Where(m => m.Band is null), m => Assert.NotEmpty(m.BlockedBy));
        Assert.All(report.Metrics.SelectMany(m => m.BlockedBy.Select(code => (m.Id, Code: code))),
            b => Assert.True(codes.Contains(b.Code), $"{b.Id} is withheld for '{b.Code}', which the report's findings lack"));
    }
}
