using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts.Scenarios;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Scenarios;

/// <summary>The mapper's limits, with the server's own catalog from its service container.</summary>
public sealed class ScenarioMapperTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private ScenarioMapper Mapper => factory.Services.GetRequiredService<ScenarioMapper>();

    [Fact]
    public void Map_MoreMistakesThanTheCap_ReportsExactlyTheCap()
    {
        var document = new ScenarioDocument
        {
            Racks = [new RackDocument { Id = "r", PartId = "vr.rack", Parts = [.. Enumerable.Range(0, 80).Select(i => new PartDocument { Id = $"p{i}", PartId = "nope" })] }],
        };

        var mapped = Mapper.Map(document);

        Assert.Null(mapped.Scenario);
        Assert.Equal(ScenarioMapper.MaxErrors, mapped.Errors.Count);
        Assert.Equal("$.racks[0].parts[0].partId", mapped.Errors[0].Path);
    }

    [Fact]
    public void Map_TooManyRacks_ReportsTheCountAtTheList()
    {
        var document = new ScenarioDocument
        {
            Racks = [.. Enumerable.Range(0, ScenarioMapper.MaxRacks + 1).Select(i => new RackDocument { Id = $"r{i}", PartId = "vr.rack" })],
        };

        var mapped = Mapper.Map(document);

        var error = Assert.Single(mapped.Errors);
        Assert.Equal("$.racks", error.Path);
        Assert.Equal($"{ScenarioMapper.MaxRacks + 1} racks: at most {ScenarioMapper.MaxRacks} are accepted.", error.Message);
    }

    [Fact]
    public void Map_IdLongerThan64_ReportsItTooLong()
    {
        var document = new ScenarioDocument { Racks = [new RackDocument { Id = new string('r', 65), PartId = "vr.rack" }] };

        var mapped = Mapper.Map(document);

        var error = Assert.Single(mapped.Errors);
        Assert.Equal("$.racks[0].id", error.Path);
        Assert.Equal("Too long: ids are at most 64 characters.", error.Message);
    }

    [Theory]
    [InlineData("", "$.racks[0].settings['']")]
    [InlineData("flow rate", "$.racks[0].settings['flow rate']")]
    [InlineData("flow.rate", "$.racks[0].settings['flow.rate']")]
    [InlineData("flowRate", "$.racks[0].settings.flowRate")]
    public void Map_UnknownSettingKey_PathBracketsKeysThatNeedIt(string key, string path)
    {
        var document = new ScenarioDocument
        {
            Racks = [new RackDocument { Id = "r", PartId = "vr.rack", Settings = new() { [key] = 1 } }],
        };

        var mapped = Mapper.Map(document);

        var error = Assert.Single(mapped.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal($"'vr.rack' has no setting '{key}': its settings are flowLitresPerMinutePerKw.", error.Message);
    }

    [Fact]
    public void Map_VeraRubinSample_BuildsTheScenarioWithNoErrors()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "vera-rubin-nvl72.json"));
        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json));

        var mapped = Mapper.Map(read.Document!);

        Assert.Empty(mapped.Errors);
        Assert.NotNull(mapped.Scenario);
        var rack = Assert.Single(mapped.Scenario.Racks);
        // 4 power shelves + 18 compute trays + 9 NVLink switch trays; 1 CDU and 2 leaf switches on the floor
        Assert.Equal(31, rack.Parts.Count);
        Assert.Equal(3, mapped.Scenario.Equipment.Count);
        Assert.Equal(3, mapped.Scenario.Connections.Count);
    }
}
