using System.Text;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Scenarios;

/// <summary>The power train on the wire: given values reach the plan, missing ones default, and each bad one is an error at its path.</summary>
public sealed class ScenarioMapperPowerTrainTests
{
    private static readonly ScenarioMapper s_mapper = new(PartCatalog.CreateDefault());

    /// <summary>Each case breaks one member; the error must be at that member's path and say what is wrong.</summary>
    private static readonly Dictionary<string, (Action<PowerDocument> Break, string Path, string Message)> s_breakers = new(StringComparer.Ordinal)
    {
        ["feed unknown"] = (p => p.Feed = "400vac", "$.power.feed", "Unknown feed '400vac': use \"415vac\", \"480vac\" or \"800vdc\"."),
        ["feed in capitals"] = (p => p.Feed = "800VDC", "$.power.feed", "Unknown feed '800VDC': use \"415vac\", \"480vac\" or \"800vdc\". Did you mean '800vdc'?"),
        ["feed misspelt"] = (p => p.Feed = "415vca", "$.power.feed", "Did you mean '415vac'?"),
        ["feed empty"] = (p => p.Feed = "", "$.power.feed", "Unknown feed '': use \"415vac\""),
        ["feed very long"] = (p => p.Feed = new string('x', 500), "$.power.feed", "Unknown feed '" + new string('x', 80) + "…'"),
        ["transformer redundancy unknown"] = (p => p.TransformerRedundancy = "n+2", "$.power.transformerRedundancy",
            "Unknown redundancy 'n+2' for the transformers: use \"n\", \"n+1\", \"2n\" or \"dr\" (distributed redundant, 4N/3). Did you mean 'n+1'?"),
        ["UPS redundancy spelt out"] = (p => p.UpsRedundancy = "distributed", "$.power.upsRedundancy",
            "Unknown redundancy 'distributed' for the UPS: use \"n\", \"n+1\", \"2n\" or \"dr\""),
        ["generator redundancy in capitals"] = (p => p.GeneratorRedundancy = "2N", "$.power.generatorRedundancy",
            "Unknown redundancy '2N' for the generators: use \"n\", \"n+1\", \"2n\" or \"dr\" (distributed redundant, 4N/3). Did you mean '2n'?"),
        ["interconnect zero"] = (p => p.GridInterconnectMw = 0, "$.power.gridInterconnectMw", "0 MW is out of range: use a value from 0.1 to 20000 MW."),
        ["interconnect negative"] = (p => p.GridInterconnectMw = -50, "$.power.gridInterconnectMw", "-50 MW is out of range"),
        ["interconnect above 20 GW"] = (p => p.GridInterconnectMw = 20_001, "$.power.gridInterconnectMw", "20001 MW is out of range: use a value from 0.1 to 20000 MW."),
        ["interconnect not a number"] = (p => p.GridInterconnectMw = double.NaN, "$.power.gridInterconnectMw", "NaN MW is out of range"),
        ["transformers negative"] = (p => p.TransformerCount = -1, "$.power.transformerCount",
            "-1 transformers is out of range: use a value from 0 to 100000 transformers."),
        ["transformers too many"] = (p => p.TransformerCount = 100_001, "$.power.transformerCount", "100001 transformers is out of range"),
        ["UPS modules negative"] = (p => p.UpsModuleCount = -3, "$.power.upsModuleCount", "-3 modules is out of range: use a value from 0 to 100000 modules."),
        ["generators negative"] = (p => p.GeneratorCount = int.MinValue, "$.power.generatorCount", "-2147483648 generators is out of range"),
    };

    /// <summary>Sets a power-train field of the table on a document by its path.</summary>
    private static readonly Dictionary<string, Action<PowerDocument, double>> s_setters = new(StringComparer.Ordinal)
    {
        [ScenarioFields.GridInterconnectMw.Path] = (p, v) => p.GridInterconnectMw = v,
        [ScenarioFields.TransformerCount.Path] = (p, v) => p.TransformerCount = (int)v,
        [ScenarioFields.UpsModuleCount.Path] = (p, v) => p.UpsModuleCount = (int)v,
        [ScenarioFields.GeneratorCount.Path] = (p, v) => p.GeneratorCount = (int)v,
    };

    public static TheoryData<string> Breakers => [.. s_breakers.Keys];

    public static TheoryData<string> FieldPaths => [.. ScenarioFields.PowerTrain.Select(f => f.Path)];

    public static TheoryData<string> Feeds => [.. ScenarioMapper.FeedNames.Select(f => f.Wire)];

    public static TheoryData<string> RedundancyNames => [.. ScenarioMapper.ElectricalRedundancyNames.Select(r => r.Wire)];

    private static ScenarioDocument Document(PowerDocument? power) => new()
    {
        Racks = [new RackDocument { Id = "rack-a", PartId = "vr.rack" }],
        Factory = new FactoryDocument
        {
            Halls = [new HallDocument { Id = "hall-1", Rows = [new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = 4 }] }],
        },
        Power = power,
    };

    private static PowerDocument Full() => new()
    {
        Mode = "maxP",
        PeakSmoothing = true,
        DistributionLossFraction = 0.04,
        Feed = "800vdc",
        TransformerRedundancy = "2n",
        UpsRedundancy = "n+1",
        GeneratorRedundancy = "n",
        Generators = false,
        Bess = true,
        GridInterconnectMw = 120,
        TransformerCount = 6,
        UpsModuleCount = 80,
        GeneratorCount = 0,
    };

    private static PowerDocument With(Action<PowerDocument> change)
    {
        var power = new PowerDocument();
        change(power);
        return power;
    }

    [Fact]
    public void Map_FullPowerSection_ReachesThePlanAsGiven()
    {
        var mapped = s_mapper.Map(Document(Full()));

        Assert.Empty(mapped.Errors);
        var power = mapped.Scenario!.Power;
        Assert.Equal((PowerMode.MaxP, true, (double?)0.04), (power.Mode, power.PeakSmoothing, power.DistributionLossFraction));
        Assert.Equal(
            new PowerTrainPlan
            {
                Feed = RackFeed.Dc800,
                TransformerRedundancy = ElectricalRedundancy.TwoN,
                UpsRedundancy = ElectricalRedundancy.NPlusOne,
                GeneratorRedundancy = ElectricalRedundancy.N,
                Generators = false,
                Bess = true,
                GridInterconnectMw = 120,
                TransformerCount = 6,
                UpsModuleCount = 80,
                GeneratorCount = 0,
            },
            power.Train);
    }

    [Fact]
    public void Map_NoPowerSection_TakesTheDefaultTrain()
    {
        var mapped = s_mapper.Map(Document(null));

        Assert.Empty(mapped.Errors);
        Assert.Same(PowerTrainPlan.Default, mapped.Scenario!.Power.Train);
    }

    [Fact]
    public void Map_PowerSectionWithoutTrainMembers_TakesEveryTrainDefault()
    {
        var train = s_mapper.Map(Document(new PowerDocument { Mode = "maxP" })).Scenario!.Power.Train;

        Assert.Equal(PowerTrainPlan.Default, train);
        Assert.Null(train.Feed);
        Assert.Equal((ElectricalRedundancy.NPlusOne, ElectricalRedundancy.DistributedRedundant, ElectricalRedundancy.NPlusOne),
            (train.TransformerRedundancy, train.UpsRedundancy, train.GeneratorRedundancy));
        Assert.Equal((true, false), (train.Generators, train.Bess));
        Assert.Null(train.GridInterconnectMw);
        Assert.Null(train.TransformerCount);
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Map_EachFeedName_IsItsEnum(string wire)
    {
        var feed = ScenarioMapper.FeedNames.Single(f => f.Wire == wire).Value;

        Assert.Equal(feed, s_mapper.Map(Document(With(p => p.Feed = wire))).Scenario!.Power.Train.Feed);
    }

    [Theory]
    [MemberData(nameof(RedundancyNames))]
    public void Map_EachRedundancyName_IsItsEnumForEveryBlock(string wire)
    {
        var redundancy = ScenarioMapper.ElectricalRedundancyNames.Single(r => r.Wire == wire).Value;
        var power = With(p => (p.TransformerRedundancy, p.UpsRedundancy, p.GeneratorRedundancy) = (wire, wire, wire));

        var train = s_mapper.Map(Document(power)).Scenario!.Power.Train;

        Assert.Equal((redundancy, redundancy, redundancy), (train.TransformerRedundancy, train.UpsRedundancy, train.GeneratorRedundancy));
    }

    [Theory]
    [MemberData(nameof(Breakers))]
    public void Map_BadPowerTrainValue_IsOneErrorAtItsPath(string breaker)
    {
        var (change, path, message) = s_breakers[breaker];

        var mapped = s_mapper.Map(Document(With(change)));

        Assert.Null(mapped.Scenario);
        var error = Assert.Single(mapped.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SeveralBadPowerTrainValues_ReportsEveryOneAtOnce()
    {
        var power = With(p =>
        {
            p.Feed = "dc";
            p.UpsRedundancy = "3n";
            p.GridInterconnectMw = -1;
            p.GeneratorCount = -1;
        });

        var errors = s_mapper.Map(Document(power)).Errors;

        Assert.Equal(["$.power.feed", "$.power.upsRedundancy", "$.power.gridInterconnectMw", "$.power.generatorCount"], errors.Select(e => e.Path));
    }

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Map_PowerTrainFieldAtItsBounds_IsAccepted(string path) =>
        FieldBounds.AssertBoundsAccepted(ScenarioFields.PowerTrain.Single(f => f.Path == path),
            value => s_mapper.Map(Document(With(p => s_setters[path](p, value)))).Errors);

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Map_PowerTrainFieldJustOutsideItsBounds_IsRefusedWithTheRange(string path) =>
        FieldBounds.AssertJustOutsideRefused(ScenarioFields.PowerTrain.Single(f => f.Path == path),
            value => s_mapper.Map(Document(With(p => s_setters[path](p, value)))).Errors);

    [Fact]
    public void Fields_PowerTrain_AreDocumentedButNotServed()
    {
        // Served fields bind to the inspector's editors; these have none yet, so they must stay out of All.
        Assert.All(ScenarioFields.PowerTrain, f => Assert.DoesNotContain(f, ScenarioFields.All));
        Assert.All(ScenarioFields.PowerTrain, f => Assert.Contains(f, ScenarioFields.Documented));
        Assert.All(ScenarioFields.PowerTrain, f => Assert.True(f.Optional, f.Path));
    }

    [Fact]
    public void Parse_PowerSectionWrittenAndReadBack_MapsToTheSameTrain()
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(Document(Full()), StudioJsonContext.Default.ScenarioDocument);

        var read = ScenarioReader.Parse(written);

        Assert.Contains("\"feed\":\"800vdc\",\"transformerRedundancy\":\"2n\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(s_mapper.Map(Document(Full())).Scenario!.Power, s_mapper.Map(read.Document!).Scenario!.Power);
    }

    [Theory]
    [InlineData("transformerCount", "2.5", "Must be a whole number, not 2.5")]
    [InlineData("upsModuleCount", "\"4\"", "Wrong type: expected a whole number, got a string")]
    [InlineData("generators", "\"yes\"", "Wrong type: expected true or false, got a string")]
    [InlineData("feed", "800", "Wrong type: expected a string, got the number 800")]
    public void Parse_PowerMemberOfTheWrongType_IsAnErrorAtItsPath(string member, string raw, string message)
    {
        var json = JsonSerializer.Serialize(Document(new PowerDocument()), StudioJsonContext.Default.ScenarioDocument)
            .Replace("\"power\":{", $"\"power\":{{\"{member}\":{raw},", StringComparison.Ordinal);

        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Document);
        var error = Assert.Single(read.Errors);
        Assert.Equal($"$.power.{member}", error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
