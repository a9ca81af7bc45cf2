using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;

namespace Studio.Engine.Tests.Evaluation;

/// <summary>
/// Every number a report writes into text is formatted invariantly: a server whose culture writes "0,5" must still
/// say "0.5" in its notes and findings, which users and saved comparisons read as they are.
/// </summary>
public sealed class ReportCultureTests
{
    private static readonly ScenarioEvaluator s_evaluator = new(DesignRuleSet.Default);

    public static TheoryData<string> Designs => ["rubin", "gb200", "overloaded"];

    [Theory]
    [MemberData(nameof(Designs))]
    public void Evaluate_CommaDecimalCulture_WritesTheSameTextAsInvariant(string design)
    {
        var invariant = TextsOf(design, CultureInfo.InvariantCulture);
        var german = TextsOf(design, CultureInfo.GetCultureInfo("de-DE"));

        Assert.NotEmpty(invariant);
        Assert.Equal(invariant.Count, german.Count);
        Assert.All(invariant.Zip(german), pair => Assert.Equal(pair.First, pair.Second));
    }

    private static List<string> TextsOf(string design, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var report = s_evaluator.Evaluate(ScenarioOf(design));
            return
            [
                .. report.Metrics.Select(m => $"{m.Id}: {m.Label} — {m.Evidence.Note}"),
                .. report.Diagnostics.Select(d => $"{d.Code}: {d.Message} — {d.Fix}"),
                .. report.Series.Select(s => $"{s.Id}: {s.Label}"),
            ];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static Scenarios.Scenario ScenarioOf(string design) => design switch
    {
        "rubin" => TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin)),
        "gb200" => Unprofitable(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200))),
        // Eleven racks on one row CDU, one without shelves: the coolant-loop and power-shelf findings print numbers too.
        _ => Overloaded(),
    };

    /// <summary>A fractional interactivity target and prices too low to pay back: both findings print decimals.</summary>
    private static Scenarios.Scenario Unprofitable(Scenarios.Scenario scenario) => scenario with
    {
        Workload = scenario.Workload with { TargetTokensPerSecondPerUser = 37.5 },
        Economics = scenario.Economics with { InputUsdPerMillionTokens = 0.001, OutputUsdPerMillionTokens = 0.01 },
    };

    private static Scenarios.Scenario Overloaded()
    {
        var racks = Enumerable.Range(1, 11)
            .Select(i => i == 1
                ? TestDesigns.Rack(Generation.VeraRubin, $"rack-{i}").Add("vr.compute-tray", 18).Add("vr.nvlink-switch-tray", 9).Build()
                : TestDesigns.ReferenceRack(Generation.VeraRubin, $"rack-{i}"))
            .ToList();
        return TestDesigns.Scenario(racks, [TestDesigns.Equipment("cdu-row", "vr.cdu-in-row")],
            [.. racks.Select(r => TestDesigns.Coolant(r.Id, "cdu-row"))], factoryRacks: 11);
    }
}
