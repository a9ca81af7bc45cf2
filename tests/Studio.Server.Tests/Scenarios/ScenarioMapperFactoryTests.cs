using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

/// <summary>The factory layout on the wire: halls and rows reach the Engine as given, and each bad one is an error at its path.</summary>
public sealed class ScenarioMapperFactoryTests
{
    private static readonly ScenarioMapper s_mapper = new(PartCatalog.CreateDefault());

    private static readonly Dictionary<string, Action<RowDocument>> s_breakers = new(StringComparer.Ordinal)
    {
        ["cduRedundancy"] = r => r.CduRedundancy = "n+2",
        ["cduPartId"] = r => r.CduPartId = "vr.cdu-in-rack",
        ["switchPartId"] = r => r.SwitchPartId = "vr.cdu-in-row",
        ["cduCount"] = r => r.CduCount = -2,
    };

    private static ScenarioDocument Document(params RowDocument[] rows) => new()
    {
        Racks = [new RackDocument { Id = "rack-a", PartId = "vr.rack" }, new RackDocument { Id = "rack-b", PartId = "gb300.rack" }],
        Factory = new FactoryDocument { Halls = [new HallDocument { Id = "hall-1", Label = "North hall", Rows = [.. rows] }] },
    };

    private static IReadOnlyList<InputError> Errors(ScenarioDocument document) => s_mapper.Map(document).Errors;

    [Fact]
    public void Map_HallsAndRows_ReachTheEngineAsGiven()
    {
        var document = Document(
            new RowDocument { Id = "row-1", Label = "Row A", Rack = "rack-a", RackCount = 40, CduRedundancy = "2n", CduPartId = "vr.cdu-in-row", CduCount = 5, SwitchPartId = "net.spectrum-x800-sn5600" },
            new RowDocument { Id = "row-2", Rack = "rack-b", RackCount = 0, CduRedundancy = "n" });

        var scenario = s_mapper.Map(document).Scenario!;

        var hall = Assert.Single(scenario.Factory.Halls);
        Assert.Equal(("hall-1", "North hall"), (hall.Id, hall.Label));
        var row = hall.Rows[0];
        Assert.Equal(("row-1", "Row A", "rack-a", 40, Redundancy.TwoN, (int?)5),
            (row.Id, row.Label, row.RackDesignId, row.RackCount, row.CduRedundancy, row.CduCount));
        Assert.Equal("vr.cdu-in-row", hall.Rows[0].Cdu!.Id);
        Assert.Equal("net.spectrum-x800-sn5600", hall.Rows[0].Switch!.Id);
        Assert.Equal(new RackRow("row-2", "row-2", "rack-b", 0, Redundancy.N), hall.Rows[1]);
        Assert.Equal(40, scenario.Factory.RackCount);
    }

    [Fact]
    public void Map_RowOfAMissingDesign_IsAnErrorNamingTheDesigns()
    {
        var errors = Errors(Document(new RowDocument { Id = "row-1", Rack = "rack-c", RackCount = 4 }));

        var error = Assert.Single(errors);
        Assert.Equal("$.factory.halls[0].rows[0].rack", error.Path);
        Assert.Contains("No rack design has the id 'rack-c'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'rack-a'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "$.factory.halls[0].rows[0].rackCount", "-1 racks is out of range")]
    [InlineData(1_000_001, "$.factory.halls[0].rows[0].rackCount", "from 0 to 1,000,000 racks")]
    public void Map_RackCountOutOfRange_IsAnErrorAtTheRow(int racks, string path, string message)
    {
        var errors = Errors(Document(new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = racks }));

        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_RowsOverTheFactoryLimit_IsAnErrorOnTheHalls()
    {
        var error = Assert.Single(Errors(Document(
            new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = 600_000 },
            new RowDocument { Id = "row-2", Rack = "rack-a", RackCount = 600_000 })));

        Assert.Equal("$.factory.halls", error.Path);
        Assert.Contains("1,200,000 racks", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1,000,000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cduRedundancy", "Unknown redundancy 'n+2'")]
    [InlineData("cduPartId", "'vr.cdu-in-rack' is a CDU that mounts in a rack")]
    [InlineData("switchPartId", "'vr.cdu-in-row' is a CDU: name a scale-out switch")]
    [InlineData("cduCount", "-2 CDUs is out of range")]
    public void Map_BadRowMember_IsAnErrorAtItsPath(string member, string message)
    {
        var row = new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = 10 };
        s_breakers[member](row);

        var error = Assert.Single(Errors(Document(row)));

        Assert.Equal("$.factory.halls[0].rows[0]." + member, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_RowIdTakenByARack_IsADuplicateId()
    {
        var error = Assert.Single(Errors(Document(new RowDocument { Id = "rack-a", Rack = "rack-a", RackCount = 1 })));

        Assert.Equal("$.factory.halls[0].rows[0].id", error.Path);
    }
}
