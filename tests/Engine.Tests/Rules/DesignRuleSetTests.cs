using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;

namespace Studio.Engine.Tests.Rules;

public sealed class DesignRuleSetTests
{
    [Fact]
    public void Check_ErrorsAndWarnings_ListsErrorsFirst()
    {
        // No shelves (error), no CDU and no switch (warnings), and coolant too warm for Rubin (errors).
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 18).Add("vr.nvlink-switch-tray", 9).Build();
        var design = DesignAnalysis.Of(TestDesigns.Scenario([rack], supplyC: 46));

        var severities = DesignRuleSet.Default.Check(design).Select(d => d.Severity).ToList();

        Assert.Contains(Severity.Error, severities);
        Assert.Contains(Severity.Warning, severities);
        Assert.Equal(severities.OrderByDescending(s => s), severities);
    }

    [Fact]
    public void Check_CompleteRubinRackWithCduAndSwitches_FindsNothing()
    {
        // Reference rack, in-rack CDU, 45 °C supply (S21) and two photonics switches: a design with nothing to fix.
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.cdu-in-rack").Build();
        var scenario = TestDesigns.Scenario([rack],
            [TestDesigns.Equipment("sw-1", "vr.spectrum-x-photonics"), TestDesigns.Equipment("sw-2", "vr.spectrum-x-photonics")],
            [TestDesigns.Network("rack-1", "sw-1"), TestDesigns.Network("rack-1", "sw-2")]);

        Assert.Empty(DesignRuleSet.Default.Check(DesignAnalysis.Of(scenario)));
    }
}
