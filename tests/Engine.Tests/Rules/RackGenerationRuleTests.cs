using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

public sealed class RackGenerationRuleTests
{
    private static List<Diagnostic> Check(RackDesign rack) => [.. new RackGenerationRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(rack)))];

    [Fact]
    public void Check_RubinTrayInGb200Rack_WarnsMismatch()
    {
        var rack = TestDesigns.Rack(Generation.Gb200).Add("gb200.compute-tray").Add("vr.compute-tray").Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("rack.generationMismatch", finding.Code);
        Assert.Equal(["rack-1/vr.compute-tray-1"], finding.PartIds);
    }

    [Fact]
    public void Check_Gb300TrayInGb200Rack_SharesTheRack()
    {
        // GB200 and GB300 use the same MGX rack, busbar and NVLink 5 spine.
        Assert.Empty(Check(TestDesigns.Rack(Generation.Gb200).Add("gb300.compute-tray").Build()));
    }
}
