using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Studio.Contracts;
using Studio.Server.Scenarios;
using Studio.Server.Templates;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Templates;

/// <summary>
/// Every file in samples/ is offered as a template (an invalid one would be logged and silently left out), and the
/// reference factories (tools/Studio.FactorySizer) draw the facility power their names promise, as evaluated.
/// </summary>
public sealed class ReferenceFactoryTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    /// <summary>The reference factories and the facility power each is sized to, MW.</summary>
    public static readonly TheoryData<string, double> Factories = new()
    {
        { "vera-rubin-factory-100mw", 100 },
        { "gb200-factory-100mw", 100 },
        { "gb300-factory-100mw", 100 },
        { "vera-rubin-factory-1gw", 1000 },
        { "gb200-factory-1gw", 1000 },
        { "gb300-factory-1gw", 1000 },
    };

    /// <summary>A Vera Rubin factory and a Blackwell one of the same size: comparable only at the same power.</summary>
    public static readonly TheoryData<string, string> SameSize = new()
    {
        { "vera-rubin-factory-100mw", "gb200-factory-100mw" },
        { "vera-rubin-factory-100mw", "gb300-factory-100mw" },
        { "vera-rubin-factory-1gw", "gb200-factory-1gw" },
        { "vera-rubin-factory-1gw", "gb300-factory-1gw" },
    };

    private static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    private static IReadOnlyList<string> SampleIds() =>
        [.. Directory.EnumerateFiles(SamplesDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Constructor_ShippedSamples_OffersEveryOneAsATemplate()
    {
        var library = new TemplateLibrary(factory.Services.GetRequiredService<ScenarioMapper>(), NullLogger<TemplateLibrary>.Instance, SamplesDirectory);

        Assert.Superset(Factories.Select(f => (string)f[0]).ToHashSet(), SampleIds().ToHashSet());
        Assert.Equal(SampleIds(), library.List().Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListTemplates_ReferenceFactories_CarryTheirRackDesignsGeneration()
    {
        using var client = factory.CreateClient();

        var templates = await client.GetFromJsonAsync("/api/templates", StudioJsonContext.Default.IReadOnlyListTemplateSummaryDto);

        Assert.NotNull(templates);
        foreach (var (prefix, generation) in new[] { ("vera-rubin-", "veraRubin"), ("gb200-", "gb200"), ("gb300-", "gb300") })
        {
            Assert.Equal(3, templates.Count(t => t.Id.StartsWith(prefix, StringComparison.Ordinal) && t.Generation == generation));
        }
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public async Task Evaluate_ReferenceFactory_DrawsItsNominalFacilityPowerWithin2Percent(string id, double nominalMw)
    {
        var facilityMw = await FacilityMwAsync(id);

        Assert.InRange(facilityMw, nominalMw * 0.98, nominalMw * 1.02);
    }

    [Theory]
    [MemberData(nameof(SameSize))]
    public async Task Evaluate_VeraRubinAndBlackwellFactoriesOfOneSize_DrawTheSamePowerWithin2Percent(string rubin, string blackwell)
    {
        var (rubinMw, blackwellMw) = (await FacilityMwAsync(rubin), await FacilityMwAsync(blackwell));

        Assert.InRange(rubinMw / blackwellMw, 0.98, 1.02);
    }

    private async Task<double> FacilityMwAsync(string id)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync(id);
        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == "error");
        return Assert.Single(report.Metrics, m => m.Id == "power.facilityMw").Value!.Value;
    }
}
