using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Studio.Contracts.Problems;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// POST /api/evaluate with a bad schedule or power train, as JSON arrives: each is a 400 problem+json at the
/// member's exact path, never a 500, and a valid section is evaluated.
/// </summary>
public sealed class EvaluateScheduleInputErrorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("2027-13-01", "'2027-13-01' is not a date", "yyyy-MM-dd")]
    [InlineData("2027-02-29", "'2027-02-29' is not a date")]
    [InlineData("27-01-01", "'27-01-01' is not a date")]
    [InlineData("", "Missing: give the date as yyyy-MM-dd")]
    [InlineData("1900-01-01", "1900-01-01 is out of range", "from 2020-01-01 to 2100-12-31")]
    public async Task Evaluate_MalformedScheduleStart_Returns400AtTheStart(string start, params string[] fragments)
    {
        var document = await VeraRubinAsync();
        document["schedule"] = new JsonObject { ["start"] = start };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.schedule.start", fragments);
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task Evaluate_ScheduleStartNotAString_Returns400SayingAString()
    {
        var document = await VeraRubinAsync();
        document["schedule"] = new JsonObject { ["start"] = 2027 };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.schedule.start", "Wrong type: expected a string, got the number 2027");
    }

    [Fact]
    public async Task Evaluate_SeveralScheduleAndPowerMistakes_Returns400ListingEveryOne()
    {
        var document = await VeraRubinAsync();
        document["power"] = new JsonObject { ["feed"] = "800VDC", ["upsRedundancy"] = "3n", ["gridInterconnectMw"] = 0 };
        document["schedule"] = new JsonObject
        {
            ["gridPhases"] = new JsonArray(
                new JsonObject { ["energisedOn"] = "2028-01-01", ["mw"] = 50 },
                new JsonObject { ["energisedOn"] = "2027-06-01", ["mw"] = 50 }),
            ["rackDeliveries"] = new JsonArray(
                new JsonObject { ["quarter"] = "2027-Q4", ["racks"] = 50 },
                new JsonObject { ["quarter"] = "2027-Q4", ["racks"] = -1 }),
        };

        var problem = await PostExpecting400Async(document);

        problem.AssertError("$.power.feed", "Unknown feed '800VDC'", "Did you mean '800vdc'?");
        problem.AssertError("$.power.upsRedundancy", "Unknown redundancy '3n' for the UPS");
        problem.AssertError("$.power.gridInterconnectMw", "0 MW is out of range");
        problem.AssertError("$.schedule.gridPhases[1].energisedOn", "list the grid phases in date order");
        problem.AssertError("$.schedule.rackDeliveries[1].quarter", "2027-Q4 is listed twice");
        problem.AssertError("$.schedule.rackDeliveries[1].racks", "-1 racks is out of range");
        Assert.Equal(6, problem.Errors!.Count);
    }

    [Fact]
    public async Task Evaluate_ValidPowerTrainAndSchedule_Returns200()
    {
        var document = await VeraRubinAsync();
        document["power"] = new JsonObject
        {
            ["feed"] = "800vdc", ["transformerRedundancy"] = "2n", ["upsRedundancy"] = "n+1", ["generatorRedundancy"] = "dr",
            ["generators"] = true, ["bess"] = true, ["gridInterconnectMw"] = 40, ["transformerCount"] = 4, ["upsModuleCount"] = 30, ["generatorCount"] = 12,
        };
        document["schedule"] = new JsonObject
        {
            ["start"] = "2027-01-01",
            ["gridPhases"] = new JsonArray(new JsonObject { ["energisedOn"] = "2027-09-01", ["mw"] = 40 }),
            ["rackDeliveries"] = new JsonArray(new JsonObject { ["quarter"] = "2027-Q4", ["racks"] = 100 }),
            ["hallConstructionMonths"] = 14,
        };

        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(document);

        await response.ReadReportAsync();
    }

    private async Task<JsonObject> VeraRubinAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
    }

    private async Task<ProblemDto> PostExpecting400Async(JsonNode document)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(document.ToJsonString());
        return await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
