using System.Text.Json;
using Studio.Client.Api;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts.Problems;

namespace Studio.Client.Tests.Components.Shared;

/// <summary>A rejected document's problems in people's words: every error, the part and field named, no API jargon.</summary>
public sealed class ProblemTextTests : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly CatalogState _catalog;

    public ProblemTextTests()
    {
        _catalog = new CatalogState(new StudioApiClient(_http));
        _catalog.Use(TestCatalog.Catalog, TestCatalog.Templates);
    }

    public void Dispose() => _http.Dispose();

    private static readonly JsonElement s_document = JsonDocument.Parse("""
        {"racks":[{"id":"rack-a1","label":"Rack A1","parts":[{"id":"ps-1","partId":"vr.power-shelf"},{"id":"ps-2","partId":"nonsense"}]}],
         "site":{"coolantSupplyC":500}}
        """).RootElement;

    [Fact]
    public void Lines_ThreeErrors_OneLineEachNamingRackPartAndField()
    {
        var problem = new ProblemDto(null, "The scenario is not valid", 400, "4 problems, listed in 'errors' with the JSON path of each.",
        [
            new("$.racks[0].parts[1].partId", $"Unknown part 'nonsense'. Did you mean '{TestCatalog.PowerShelf}'?"),
            new("$.racks[0].parts[1].partId", "Unknown part 'nonsense'. GET /api/catalog lists the parts."),
            new("$.racks[0].label", "Must not be empty."),
            new("$.site.coolantSupplyC", "500 °C is out of range: use a value from 5 to 70 °C."),
        ]);

        var lines = ProblemText.Lines(problem, s_document, _catalog);

        Assert.Equal(
        [
            $"Rack “Rack A1” (rack-a1), part ps-2, part type: Unknown part 'nonsense'. Did you mean '{TestCatalog.PowerShelf}' ({TestCatalog.Part(TestCatalog.PowerShelf).Name})?",
            "Rack “Rack A1” (rack-a1), part ps-2, part type: Unknown part 'nonsense'. The palette lists the parts.",
            "Rack “Rack A1” (rack-a1), name: Must not be empty.",
            "Coolant supply: 500 °C is out of range: use a value from 5 to 70 °C.",
        ], lines);
    }

    [Fact]
    public void Plain_ApiAside_Dropped()
    {
        Assert.Equal("Missing: name a catalog part id.", ProblemText.Plain("Missing: name a catalog part id (GET /api/catalog lists them)."));
        Assert.DoesNotContain("/api/", ProblemText.Plain("Unknown route. GET /openapi/v1.json lists every endpoint; POST /api/evaluate evaluates."), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_NotJson_SaysSoWithLineAndColumn() =>
        Assert.Equal("This file is not JSON (line 1, column 1).",
            ProblemText.Plain("The body is not valid JSON: 'h' is an invalid start of a value (line 1, byte 1)."));

    [Theory]
    [InlineData("$", "")]
    [InlineData("$.racks[2].parts[0].partId", "Rack 3, part 1, part type")]
    [InlineData("$.workload.targetTokensPerSecondPerUser", "Workload, target tokens per second per user")]
    public void Where_NoDocument_StillInWords(string path, string expected) => Assert.Equal(expected, ProblemText.Where(path));

    [Fact]
    public void Lines_NoErrorsListed_TheDetailInWords()
    {
        var problem = new ProblemDto(null, "Not found", 404, "No template 'x'.", null);

        Assert.Equal(["No template 'x'."], ProblemText.Lines(problem));
    }
}
