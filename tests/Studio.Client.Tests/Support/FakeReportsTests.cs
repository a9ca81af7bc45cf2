using System.Reflection;
using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>
/// The fakes feed the client only ids of the shared <see cref="MetricIds"/> and <see cref="SeriesIds"/>, which the
/// Server's tests check every reference design's report sends: a fake cannot test the client against an id the
/// server never sends (one did: "rack.nvlinkTbpsPerGpu").
/// </summary>
public sealed class FakeReportsTests
{
    private static IReadOnlySet<string> Constants(Type ids) => ids
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static void AssertSharedIds(EvaluationReportDto report)
    {
        var metrics = Constants(typeof(MetricIds));
        var series = Constants(typeof(SeriesIds));
        Assert.All(report.Metrics, m => Assert.True(metrics.Contains(m.Id), $"metric '{m.Id}' is not in MetricIds"));
        Assert.All(report.Diagnostics.SelectMany(d => d.BlockedMetrics), id => Assert.True(metrics.Contains(id), $"blocked metric '{id}' is not in MetricIds"));
        Assert.All(report.Series, s => Assert.True(series.Contains(s.Id), $"series '{s.Id}' is not in SeriesIds"));
    }

    [Fact]
    public void Evaluate_TemplateAndAnUncooledRack_UsesOnlySharedIds()
    {
        var uncooled = TestCatalog.Template();
        uncooled.Connections = [];

        AssertSharedIds(FakeStudioApi.Evaluate(TestCatalog.Template()));
        AssertSharedIds(FakeStudioApi.Evaluate(uncooled));
    }

    [Fact]
    public void Report_AnyScale_UsesOnlySharedIds()
    {
        AssertSharedIds(TestComparison.Report(1));
    }
}
