using System.Net;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

public sealed class TemplatesEndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    [Fact]
    public async Task ListTemplates_Always_ListsTheReferenceDesignsAndFactories()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var templates = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), StudioJsonContext.Default.IReadOnlyListTemplateSummaryDto);
        Assert.NotNull(templates);
        Assert.Equal(
            [
                ("gb200-factory-100mw", "gb200"), ("gb200-factory-1gw", "gb200"), ("gb200-nvl72", "gb200"),
                ("gb300-factory-100mw", "gb300"), ("gb300-factory-1gw", "gb300"), ("gb300-nvl72", "gb300"),
                ("vera-rubin-factory-100mw", "veraRubin"), ("vera-rubin-factory-1gw", "veraRubin"), ("vera-rubin-nvl72", "veraRubin"),
            ],
            templates.Select(t => (t.Id, t.Generation)).Order());
        Assert.All(templates, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Name), $"{t.Id} has no name");
            Assert.False(string.IsNullOrWhiteSpace(t.Description), $"{t.Id} has no description");
        });
    }

    [Theory]
    [InlineData("vera-rubin-nvl72", "vr.rack")]
    [InlineData("gb200-nvl72", "gb200.rack")]
    [InlineData("gb300-nvl72", "gb300.rack")]
    public async Task GetTemplate_ListedId_ReturnsItsScenarioDocument(string id, string rackPartId)
    {
        using var client = factory.CreateClient();
        var templates = JsonSerializer.Deserialize(await client.GetStringAsync("/api/templates"), StudioJsonContext.Default.IReadOnlyListTemplateSummaryDto)!;

        using var response = await client.GetAsync($"/api/templates/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), StudioJsonContext.Default.ScenarioDocument);
        Assert.NotNull(document);
        Assert.Equal(ScenarioDocument.CurrentSchemaVersion, document.SchemaVersion);
        Assert.Equal(Assert.Single(templates, t => t.Id == id).Name, document.Name);
        var rack = Assert.Single(document.Racks);
        Assert.Equal(rackPartId, rack.PartId);
        // An NVL72 rack: 18 compute trays of 4 GPUs and 9 NVLink switch trays.
        Assert.Equal(18, rack.Parts.Count(p => p.PartId.EndsWith(".compute-tray", StringComparison.Ordinal)));
        Assert.Equal(9, rack.Parts.Count(p => p.PartId.EndsWith(".nvlink-switch-tray", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("no-such-template")]
    [InlineData("Vera-Rubin-NVL72")]
    [InlineData("vera-rubin-nvl72.json")]
    public async Task GetTemplate_UnknownId_Returns404ProblemNamingTheId(string id)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/templates/{id}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains($"'{id}'", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("GET /api/templates", problem.Detail, StringComparison.Ordinal);
    }
}
