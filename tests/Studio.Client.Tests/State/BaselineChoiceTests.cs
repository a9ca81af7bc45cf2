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
    [InlineData("not json", "is not a scenario")]
    [InlineData("""{"schemaVersion":1,"nmae":"typo"}""", "is not a scenario")]
    [InlineData("""{"schemaVersion":3}""", "schema version 3")]
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
        Assert.Equal(["gb200-nvl72", "gb300-nvl72"], BaselineChoice.Templates.Select(t => t.TemplateId));
        Assert.Equal("gb200-nvl72", BaselineChoice.Gb200.ToDto().Template);
    }
}
