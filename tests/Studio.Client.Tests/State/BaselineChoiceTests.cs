using System.Text.Json;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.State;

public sealed class BaselineChoiceTests
{
    [Fact]
    public void TryRead_AScenarioFile_IsAScenarioBaselineNamedAfterIt()
    {
        var json = JsonSerializer.Serialize(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument);

        Assert.True(BaselineChoice.TryRead(json, "vr.json", out var choice, out var error), error);

        Assert.Equal(BaselineChoice.FileKey, choice!.Key);
        Assert.Equal("Vera Rubin NVL72", choice.Name);
        var dto = choice.ToDto();
        Assert.Null(dto.Template);
        Assert.Equal(4, dto.Scenario!.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
    }

    [Theory]
    [InlineData("hello", "is not JSON (line 1, column 1)")]
    [InlineData("{\n  \"racks\": [}", "is not JSON (line 2, column 13)")]
    [InlineData("""{"schemaVersion":2,"nmae":"typo"}""", "is not a scenario")]
    [InlineData("""{"schemaVersion":3}""", "schema version 3")]
    [InlineData("""{"schemaVersion":1,"factory":{"rackCount":100}}""", "schema version 1; a baseline must be version 2")]
    [InlineData("null", "holds no scenario")]
    public void TryRead_NotAScenario_SaysWhyAndNamesTheFile(string json, string reason)
    {
        Assert.False(BaselineChoice.TryRead(json, "bad.json", out var choice, out var error));

        Assert.Null(choice);
        Assert.StartsWith("bad.json ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_Gb200First_AsTheDefault()
    {
        Assert.Equal("gb200-nvl72", BaselineChoice.Templates[0].TemplateId);
        Assert.Equal("gb200-nvl72", BaselineChoice.Gb200.ToDto().Template);
    }

    [Fact]
    public void Templates_EachOne_IsASampleTheServerOffers()
    {
        // The server offers every file in samples/ as a template by its name; a picker entry without one would fail.
        var samples = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);

        Assert.All(BaselineChoice.Templates, t => Assert.Contains(t.TemplateId!, samples));
        Assert.Equal(6, BaselineChoice.Templates.Count);
        Assert.Contains("gb300-factory-1gw", BaselineChoice.Templates.Select(t => t.TemplateId));
    }
}
