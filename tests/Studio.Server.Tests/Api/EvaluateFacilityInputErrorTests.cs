using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Studio.Contracts.Problems;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// POST /api/evaluate with bad facility members (site plant, crews, power, economics, the hourly year), as JSON
/// arrives: each is a 400 at the member's exact path that says what to write instead, and the optional ones may be
/// null or left out.
/// </summary>
public sealed class EvaluateFacilityInputErrorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Evaluate_UnknownHeatRejection_Returns400ListingTheKinds()
    {
        var document = await VeraRubinAsync();
        document["site"]!["heatRejection"] = "adiabatic";

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.site.heatRejection", "Unknown heat rejection 'adiabatic'", "\"dryCooler\"", "\"coolingTower\"");
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Evaluate_UnknownPowerMode_Returns400ListingTheModes()
    {
        var document = await VeraRubinAsync();
        document["power"] = new JsonObject { ["mode"] = "maxp" };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.power.mode", "Unknown power mode 'maxp'", "\"maxQ\"", "\"maxP\"");
    }

    [Fact]
    public async Task Evaluate_HourlyAmbientOf100Values_Returns400AtTheListWithTheCount()
    {
        var document = await VeraRubinAsync();
        document["site"]!["hourlyAmbientC"] = Hours(Enumerable.Repeat(15.0, 100));

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.site.hourlyAmbientC", "one temperature per hour of a year: 8,760 values, not 100");
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Evaluate_HourlyAmbient99CAtHour17_Returns400AtThatIndex()
    {
        var document = await VeraRubinAsync();
        var hours = Enumerable.Repeat(15.0, 8760).ToArray();
        hours[17] = 99;
        document["site"]!["hourlyAmbientC"] = Hours(hours);

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.site.hourlyAmbientC[17]", "99 °C is not an outdoor temperature", "from -70 to 60 °C");
        Assert.Single(problem.Errors!);
    }

    [Theory]
    [InlineData("\"hot\"", "Wrong type: expected a number, got a string (write numbers without quotes)")]
    [InlineData("null", "Wrong type: expected a number, got null")]
    [InlineData("[20]", "Wrong type: expected a number, got an array")]
    [InlineData("1e400", "Infinity °C is not an outdoor temperature")]
    public async Task Evaluate_HourlyAmbientItemNotATemperature_Returns400AtThatIndex(string raw, string message)
    {
        var document = await VeraRubinAsync();
        document["site"]!["hourlyAmbientC"] = Hours(Enumerable.Repeat(15.0, 8760));
        var json = document.ToJsonString();
        // The list's first item becomes the raw text: a JsonNode cannot hold 1e400.
        var at = json.IndexOf("\"hourlyAmbientC\":[15", StringComparison.Ordinal) + "\"hourlyAmbientC\":[".Length;
        json = json[..at] + raw + json[(at + 2)..];

        var problem = await PostExpecting400Async(json);

        problem.AssertError("$.site.hourlyAmbientC[0]", message);
    }

    [Fact]
    public async Task Evaluate_HourlyAmbientAsAnObject_Returns400SayingItIsAList()
    {
        var document = await VeraRubinAsync();
        document["site"]!["hourlyAmbientC"] = new JsonObject { ["january"] = 3 };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.site.hourlyAmbientC", "Wrong type: expected an array, got an object");
    }

    [Theory]
    [InlineData("$.site.heatRejection", "Must not be null", "leave the field out")]
    [InlineData("$.power.mode", "Must not be null", "leave the field out")]
    [InlineData("$.factory.crews", "Wrong type: expected a whole number, got null")]
    [InlineData("$.economics.outputUsdPerMillionTokens", "Wrong type: expected a number, got null")]
    public async Task Evaluate_NullForAFacilityFieldWithADefault_Returns400AtThatField(string path, params string[] fragments)
    {
        var document = await FullAsync();
        SetAt(document, path, null);

        var problem = await PostExpecting400Async(document);

        problem.AssertError(path, fragments);
    }

    [Theory]
    [InlineData("$.power")]
    [InlineData("$.economics")]
    [InlineData("$.site.approachK")]
    [InlineData("$.site.chillerCop")]
    [InlineData("$.site.hourlyAmbientC")]
    [InlineData("$.factory.burnInHours")]
    [InlineData("$.power.distributionLossFraction")]
    [InlineData("$.economics.facilityUsdPerMw")]
    [InlineData("$.economics.depreciationYears")]
    [InlineData("$.economics.costOfCapital")]
    [InlineData("$.economics.utilisation")]
    [InlineData("$.economics.maintenanceFraction")]
    public async Task Evaluate_OptionalFacilityFieldNull_Returns200(string path)
    {
        // Null in an optional member means "not given": the model's default with its range.
        var document = await FullAsync();
        SetAt(document, path, null);

        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(document);

        await response.ReadReportAsync();
    }

    [Theory]
    [InlineData("\"yes\"", "Wrong type: expected true or false, got a string")]
    [InlineData("1", "Wrong type: expected true or false, got the number 1")]
    public async Task Evaluate_PeakSmoothingNotABoolean_Returns400SayingTrueOrFalse(string raw, string message)
    {
        // Regression: a boolean member's type error read "expected a value of the documented shape".
        var problem = await PostExpecting400Async("{\"schemaVersion\":1,\"power\":{\"peakSmoothing\":" + raw + "}}");

        problem.AssertError("$.power.peakSmoothing", message);
    }

    [Theory]
    [InlineData("$.power", "\"maxP\"", "Wrong type: expected an object, got a string")]
    [InlineData("$.economics", "[]", "Wrong type: expected an object, got an array")]
    [InlineData("$.economics.outputUsdPerMillionTokens", "\"2.19\"", "Wrong type: expected a number, got a string (write numbers without quotes)")]
    [InlineData("$.factory.crews", "2.5", "Must be a whole number, not 2.5")]
    [InlineData("$.factory.testStations", "\"8\"", "Wrong type: expected a whole number, got a string")]
    [InlineData("$.site.heatRejection", "1", "Wrong type: expected a string, got the number 1")]
    public async Task Evaluate_FacilityFieldOfTheWrongType_Returns400NamingExpectedAndActual(string path, string raw, string message)
    {
        var document = await FullAsync();
        SetAt(document, path, JsonNode.Parse(raw));

        var problem = await PostExpecting400Async(document);

        problem.AssertError(path, message);
    }

    [Fact]
    public async Task Evaluate_MisspeltPowerMember_Returns400AtThatMember()
    {
        var document = await VeraRubinAsync();
        document["power"] = new JsonObject { ["mdoe"] = "maxP" };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.power.mdoe", "Unknown field 'mdoe'", "docs/scenario-format.md");
    }

    [Fact]
    public async Task Evaluate_SeveralFacilityMistakes_Returns400ListingEveryOne()
    {
        var document = await FullAsync();
        document["site"]!["approachK"] = 0;
        document["factory"]!["crews"] = 0;
        document["factory"]!["crewHoursPerDay"] = 25;
        document["economics"]!["utilisation"] = 1.5;
        document["economics"]!["priceDeclinePerYear"] = 1.0;

        var problem = await PostExpecting400Async(document);

        Assert.Equal("5 problems, listed in 'errors' with the JSON path of each.", problem.Detail);
        problem.AssertError("$.site.approachK", "0 K is out of range", "from 0.5 to 30 K");
        problem.AssertError("$.factory.crews", "0 crews is out of range", "from 1 to 10000 crews");
        problem.AssertError("$.factory.crewHoursPerDay", "25 h/day is out of range", "from 1 to 24 h/day");
        problem.AssertError("$.economics.utilisation", "1.5 (a fraction) is out of range", "from 0.01 to 1");
        problem.AssertError("$.economics.priceDeclinePerYear", "1 (a fraction) is out of range", "from 0 to 0.99");
    }

    [Fact]
    public async Task Evaluate_EveryFacilityMemberGiven_Returns200()
    {
        // The document the other tests break one member of is itself valid.
        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(await FullAsync());

        var report = await response.ReadReportAsync();
        Assert.Contains(report.Metrics, m => m.Id == "facility.waterLitresPerYear" && m.Value > 0);
    }

    private static JsonArray Hours(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)Math.Round(v, 2))]);

    private async Task<JsonObject> VeraRubinAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
    }

    private async Task<JsonObject> FullAsync() => FacilityScenario.WithEveryFacilityMember(await VeraRubinAsync());

    private async Task<ProblemDto> PostExpecting400Async(JsonNode document) => await PostExpecting400Async(document.ToJsonString());

    private async Task<ProblemDto> PostExpecting400Async(string json)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(json);
        return await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>Sets the member at a simple path ($.a.b) to <paramref name="value"/>.</summary>
    private static void SetAt(JsonObject document, string path, JsonNode? value)
    {
        var dot = path.LastIndexOf('.');
        var parent = JsonPaths.Find(document, path[..dot]) ?? throw new ArgumentException($"No node at {path[..dot]}", nameof(path));
        parent.AsObject()[path[(dot + 1)..]] = value;
    }
}
