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

    [Fact]
    public void WithFactory_Template_UsesOnlySharedIdsAndItsLinesAddUpToTheCapex()
    {
        var document = TestCatalog.Template();

        var report = FakeStudioApi.WithFactory(document, FakeStudioApi.Evaluate(document));

        AssertSharedIds(report);
        var bill = report.BillOfMaterials!;
        Assert.Equal(bill.Lines.Sum(l => l.ExtendedUsd), bill.TotalUsd);
        Assert.Equal(bill.TotalUsd, report.Metrics.Single(m => m.Id == MetricIds.EconomicsCapexUsd).Value);
        Assert.Equal(bill.TotalLowUsd, report.Metrics.Single(m => m.Id == MetricIds.EconomicsCapexUsd).Low);
        Assert.Equal(report.Metrics.Count, report.Metrics.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void WithFactory_NoRowsLaidOut_HasNoBillAndNoCapex()
    {
        var document = TestCatalog.Template();
        document.Factory.Halls = [];

        var report = FakeStudioApi.WithFactory(document, FakeStudioApi.Evaluate(document));

        Assert.Null(report.BillOfMaterials);
        Assert.DoesNotContain(report.Metrics, m => m.Id == MetricIds.EconomicsCapexUsd);
        Assert.Equal(0, report.Metrics.Single(m => m.Id == MetricIds.FactoryRackCount).Value);
    }
}
