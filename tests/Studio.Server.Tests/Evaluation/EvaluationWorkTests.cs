using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Studio.Server.Evaluation;
using Studio.Server.Scenarios;
using Studio.Server.Templates;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Evaluation;

public sealed class EvaluationWorkTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private static readonly long s_defaultBudget = new EvaluationLimitOptions().MaxWorkUnits;

    [Fact]
    public void Of_EveryReferenceTemplate_StaysUnderATenthOfTheDefaultBudget()
    {
        var templates = factory.Services.GetRequiredService<TemplateLibrary>();

        var units = templates.List().ToDictionary(t => t.Id, t => EvaluationWork.Of(templates.Find(t.Id)!.Scenario).Units);

        // The 1 GW factories are the largest references (5,000–7,000 racks in hundreds of rows).
        Assert.Contains("gb200-factory-1gw", units.Keys);
        Assert.All(units, u => Assert.True(u.Value < s_defaultBudget / 10, $"{u.Key}: {u.Value} units"));
    }

    [Fact]
    public async Task Of_FourHundredRacksOnTheCanvas_CountsEachDesignAndStaysUnderTheDefaultBudget()
    {
        using var client = factory.CreateClient();
        var template = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var partsPerRack = template["racks"]![0]!["parts"]!.AsArray().Count;
        var intake = factory.Services.GetRequiredService<ScenarioIntake>();

        var read = intake.Check(Encoding.UTF8.GetBytes(LargeCanvasDocument.Build(template, 400).ToJsonString()));
        var work = EvaluationWork.Of(read.Accepted!.Scenario);

        Assert.Equal(new EvaluationWork(400, 400 * partsPerRack, 40, 400, 1, 400, 400), work);
        Assert.Equal((400 * 10) + (400 * partsPerRack) + 40 + 400 + 1 + 400 + 4, work.Units);
        Assert.True(work.Units < s_defaultBudget, $"{work.Units} units");
    }

    [Fact]
    public void Units_AMillionPlacedRacks_CountOneUnitPerHundred()
    {
        var work = new EvaluationWork(1, 0, 0, 0, 1, 1, 1_000_000);

        Assert.Equal(10 + 1 + 1 + 10_000, work.Units);
    }

    [Fact]
    public void Plus_TwoScenarios_AddsEveryCount()
    {
        var design = new EvaluationWork(1, 20, 3, 4, 1, 2, 150);
        var baseline = new EvaluationWork(2, 30, 0, 1, 1, 5, 51);

        Assert.Equal(new EvaluationWork(3, 50, 3, 5, 2, 7, 201), design.Plus(baseline));
    }
}
