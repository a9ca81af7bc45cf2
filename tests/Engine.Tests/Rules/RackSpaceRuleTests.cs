using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

/// <summary>48U racks (catalog CapacityU); trays and shelves 1U, the in-rack CDU 4U.</summary>
public sealed class RackSpaceRuleTests
{
    private static List<Diagnostic> Check(RackDesign rack) => [.. new RackSpaceRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(rack)))];

    [Fact]
    public void Check_ExactlyFortyEightUnits_Fits()
    {
        // 18 + 9 + 4 shelves = 31U, + 13 shelves = 44U, + 4U CDU = 48U
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.power-shelf", 13).Add("vr.cdu-in-rack").Build();

        Assert.Empty(Check(rack));
    }

    [Fact]
    public void Check_FortyNineUnits_ErrorNamesThePartsPastTheTop()
    {
        // 31U + 14 shelves = 45U; the 4U CDU would end at 49U: it is the part that does not fit.
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.power-shelf", 14).Add("vr.cdu-in-rack").Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("space.rackOverfull", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1/vr.cdu-in-rack-1"], finding.PartIds);
        Assert.Contains("needs 49U but has 48U", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreeUnitsOver_NamesEveryOverflowPart()
    {
        // GB200 reference 35U + 16 shelves = 51U: shelves 22, 23 and 24 (units 49–51) do not fit.
        var rack = TestDesigns.ReferenceRackBuilder(Generation.Gb200).Add("gb200.power-shelf", 16).Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal(["rack-1/gb200.power-shelf-22", "rack-1/gb200.power-shelf-23", "rack-1/gb200.power-shelf-24"], finding.PartIds);
    }

    [Fact]
    public void Check_EmptyRack_Info()
    {
        var finding = Assert.Single(Check(TestDesigns.Rack(Generation.Gb300).Build()));

        Assert.Equal("rack.empty", finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
    }
}
