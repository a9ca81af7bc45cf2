using Studio.Contracts.Evaluation;
using Studio.Engine.Models.Power;
using Studio.Engine.Scenarios;

namespace Studio.Server.Mapping;

/// <summary>The power train as POST /api/evaluate reports it: central values of the figures, wire names for the enums.</summary>
internal static class PowerTrainMapping
{
    public static PowerTrainDto ToDto(this PowerTrainResult train) => new(
        Feed(train.Feed),
        [.. train.Blocks.Select(ToDto)],
        train.LossFraction.Value,
        train.TransientPeakMw.Value,
        train.GridPeakMw.Value,
        train.InterconnectMw.Value,
        train.ElectricalCapexUsd.Value,
        train.LongestLeadWeeks.Value);

    private static PowerBlockDto ToDto(PowerBlock block) => new(
        Kind(block.Kind),
        block.Name,
        Redundancy(block.Redundancy),
        block.UnitMw.Value,
        block.UnitsNeeded,
        block.Units,
        block.Placed,
        block.Efficiency.Value,
        block.CapexUsd.Value,
        block.LeadTimeWeeks.Value,
        block.FootprintM2.Value,
        block.Note);

    // Wire names are spelled out rather than derived from the enums' names, so renaming a member cannot change the
    // wire; the feed and redundancy names are the ones a scenario document writes (a test holds them to the mapper's).
    internal static string Feed(RackFeed feed) => feed switch
    {
        RackFeed.Ac415 => "415vac",
        RackFeed.Ac480 => "480vac",
        RackFeed.Dc800 => "800vdc",
        _ => throw new ArgumentOutOfRangeException(nameof(feed), feed, "A rack feed with no wire name."),
    };

    internal static string Redundancy(ElectricalRedundancy redundancy) => redundancy switch
    {
        ElectricalRedundancy.N => "n",
        ElectricalRedundancy.NPlusOne => "n+1",
        ElectricalRedundancy.TwoN => "2n",
        ElectricalRedundancy.DistributedRedundant => "dr",
        _ => throw new ArgumentOutOfRangeException(nameof(redundancy), redundancy, "A redundancy with no wire name."),
    };

    internal static string Kind(PowerBlockKind kind) => kind switch
    {
        PowerBlockKind.GridInterconnect => "gridInterconnect",
        PowerBlockKind.Substation => "substation",
        PowerBlockKind.MediumVoltage => "mediumVoltage",
        PowerBlockKind.Generators => "generators",
        PowerBlockKind.Ups => "ups",
        PowerBlockKind.Bess => "bess",
        PowerBlockKind.RackFeed => "rackFeed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A power block kind with no wire name."),
    };
}
