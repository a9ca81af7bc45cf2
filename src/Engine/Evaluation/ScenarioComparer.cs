using Studio.Engine.Catalog;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Racks;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Evaluation;

/// <summary>One metric in both reports. Null where either report withholds it (or the baseline is zero, for the ratio).</summary>
public sealed record MetricDelta(string Id, string Label, string Unit, double? Design, double? Baseline, double? Difference, double? Ratio);

/// <summary>One changed input of a waterfall: how much it moved the metric and the value after it.</summary>
public sealed record WaterfallStep(string Change, double? Delta, double? ValueAfter);

/// <summary>From the baseline's value to the design's, one group of inputs at a time.</summary>
public sealed record Waterfall(string MetricId, string Label, string Unit, double? Baseline, double? Design, IReadOnlyList<WaterfallStep> Steps);

/// <summary>The design and the baseline it was compared against, evaluated side by side.</summary>
public sealed record Comparison(Report Design, Report Baseline, Scenario BaselineScenario, IReadOnlyList<MetricDelta> Deltas, Waterfall? Waterfall);

/// <summary>
/// Compares a design with a baseline. A reference design (template) is run on the design's site, workload, build-out
/// plan, power plan and economics, with its own rows scaled to the design's factory IT power, but at its own generation's coolant supply (Blackwell is not specified for
/// 45 °C), so the comparison shows what the hardware and its warm water buy. A whole second scenario is compared as
/// it is. The waterfall walks from the baseline to the design one group of inputs at a time, in a fixed order;
/// each step's contribution depends on that order (the usual caveat of a sequential decomposition), and the steps
/// sum exactly to the difference.
/// </summary>
public sealed class ScenarioComparer(ScenarioEvaluator evaluator)
{
    /// <summary>The groups of inputs a waterfall moves, in order: whether they differ, and how to take them from the design.</summary>
    private static readonly (string Change, Func<Scenario, Scenario, bool> Differs, Func<Scenario, Scenario, Scenario> Apply)[] s_steps =
    [
        // The layout moves with the racks: its rows name rack designs, which only the design's own racks have.
        ("Racks, equipment, connections and factory layout",
            (s, d) => !SameParts(s.Racks, d.Racks) || !SameParts(s.Equipment, d.Equipment) || !s.Connections.SequenceEqual(d.Connections)
                || !s.Factory.Halls.SequenceEqual(d.Factory.Halls),
            (s, d) => s with { Racks = d.Racks, Equipment = d.Equipment, Connections = d.Connections, Factory = s.Factory with { Halls = d.Factory.Halls } }),
        ("Power plan", (s, d) => s.Power != d.Power, (s, d) => s with { Power = d.Power }),
        ("Coolant supply temperature", (s, d) => s.Site.CoolantSupplyC != d.Site.CoolantSupplyC,
            (s, d) => s with { Site = s.Site with { CoolantSupplyC = d.Site.CoolantSupplyC } }),
        ("Site climate and cooling plant",
            (s, d) => s.Site.LocationId != d.Site.LocationId || s.Site.Coolant != d.Site.Coolant || s.Site.HeatRejection != d.Site.HeatRejection
                || s.Site.ApproachK != d.Site.ApproachK || s.Site.ChillerCop != d.Site.ChillerCop || !SameHours(s.Site.HourlyAmbientC, d.Site.HourlyAmbientC),
            (s, d) => s with { Site = d.Site with { CoolantSupplyC = s.Site.CoolantSupplyC, ElectricityUsdPerKwh = s.Site.ElectricityUsdPerKwh } }),
        ("Electricity price", (s, d) => s.Site.ElectricityUsdPerKwh != d.Site.ElectricityUsdPerKwh,
            (s, d) => s with { Site = s.Site with { ElectricityUsdPerKwh = d.Site.ElectricityUsdPerKwh } }),
        ("Workload", (s, d) => s.Workload != d.Workload, (s, d) => s with { Workload = d.Workload }),
        ("Factory build-out plan", (s, d) => s.Factory != d.Factory, (s, d) => s with { Factory = d.Factory }),
        ("Economics assumptions", (s, d) => s.Economics != d.Economics, (s, d) => s with { Economics = d.Economics }),
    ];

    /// <summary>Parts compare by what they are (id, catalog part, label, settings), not by which object holds them.</summary>
    private static bool SameParts(IReadOnlyList<RackDesign> a, IReadOnlyList<RackDesign> b) =>
        a.Count == b.Count && a.Zip(b).All(p => SamePart(p.First.Frame, p.Second.Frame) && SameParts(p.First.Parts, p.Second.Parts));

    private static bool SameParts(IReadOnlyList<PlacedPart> a, IReadOnlyList<PlacedPart> b) =>
        a.Count == b.Count && a.Zip(b).All(p => SamePart(p.First, p.Second));

    private static bool SamePart(PlacedPart a, PlacedPart b) =>
        a.Id == b.Id && a.Label == b.Label && ReferenceEquals(a.Spec, b.Spec)
        && a.Settings.Count == b.Settings.Count && a.Settings.All(kv => b.Settings.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static bool SameHours(IReadOnlyList<double>? a, IReadOnlyList<double>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);

    /// <summary>A reference design set up to be compared with <paramref name="design"/>.</summary>
    public static Scenario AlignTemplate(Scenario template, Scenario design)
    {
        var generation = template.Racks.SelectMany(r => r.Parts).Select(p => p.Spec).OfType<ComputeTraySpec>()
            .GroupBy(t => t.Generation).OrderByDescending(g => g.Count()).Select(g => (Generation?)g.Key).FirstOrDefault();
        var supplyC = generation is { } g ? FacilityDefaults.SupplyC(g).Value : design.Site.CoolantSupplyC;
        return template with
        {
            Site = design.Site with { CoolantSupplyC = supplyC },
            Workload = design.Workload,
            Factory = design.Factory with { Halls = AtSamePower(template, design) },
            Power = design.Power,
            Economics = design.Economics,
        };
    }

    /// <summary>
    /// The template's layout with every row scaled so its racks draw the design's factory IT power (racks only, at each
    /// design's power mode): a planner compares generations on the same site power, not the same rack count. A design
    /// with nothing laid out leaves the template's layout as it is.
    /// </summary>
    private static IReadOnlyList<Hall> AtSamePower(Scenario template, Scenario design)
    {
        static double RackItKw(Scenario scenario) =>
            scenario.Factory.Rows.Sum(row => scenario.Racks.FirstOrDefault(r => r.Id == row.RackDesignId) is { } rack
                ? RackModel.Analyse(rack, scenario.Power.Mode).ItPowerKw.Value * row.RackCount
                : 0);

        var (designKw, templateKw) = (RackItKw(design), RackItKw(template with { Power = design.Power }));
        if (designKw <= 0 || templateKw <= 0)
        {
            return template.Factory.Halls;
        }

        var factor = designKw / templateKw;
        return [.. template.Factory.Halls.Select(h => h with
        {
            Rows = [.. h.Rows.Select(r => r with
            {
                RackCount = r.RackCount == 0 ? 0 : (int)Math.Clamp(Math.Round(r.RackCount * factor), 1, FactoryPlan.MaxRacks),
            })],
        })];
    }

    public Comparison Compare(Scenario design, Scenario baseline, string? explainMetricId = null) =>
        Compare(design, baseline, explainMetricId, CancellationToken.None);

    /// <summary>Compares, giving up once a newer edit has superseded the request (up to nine evaluations with a waterfall).</summary>
    public Comparison Compare(Scenario design, Scenario baseline, string? explainMetricId, CancellationToken cancellationToken)
    {
        var reports = new Report[2];
        Parallel.Invoke(new ParallelOptions { CancellationToken = cancellationToken },
            () => reports[0] = evaluator.Evaluate(design, cancellationToken), () => reports[1] = evaluator.Evaluate(baseline, cancellationToken));
        var (designReport, baselineReport) = (reports[0], reports[1]);
        var deltas = designReport.Metrics.Select(m => Delta(m, baselineReport.Find(m.Id))).ToList();
        var waterfall = explainMetricId is null ? null : Explain(explainMetricId, design, baseline, designReport, baselineReport, cancellationToken);
        return new Comparison(designReport, baselineReport, baseline, deltas, waterfall);
    }

    private static MetricDelta Delta(Metric design, Metric? baseline)
    {
        var d = design.Value;
        var b = baseline?.Value;
        return new MetricDelta(design.Id, design.Label, design.Unit, d, b,
            d is { } dv && b is { } bv ? dv - bv : null,
            d is { } dr && b is { } br && br != 0 ? dr / br : null);
    }

    private Waterfall Explain(string metricId, Scenario design, Scenario baseline, Report designReport, Report baselineReport, CancellationToken cancellationToken)
    {
        // Each intermediate scenario is known in advance, so they are evaluated in parallel.
        var states = new List<(string Change, Scenario Scenario)>();
        var current = baseline;
        foreach (var (change, differs, apply) in s_steps)
        {
            if (differs(current, design))
            {
                current = apply(current, design);
                states.Add((change, current));
            }
        }

        var values = new double?[states.Count];
        Parallel.For(0, states.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => values[i] = i == states.Count - 1
            ? designReport.Find(metricId)?.Value
            : evaluator.Evaluate(states[i].Scenario, cancellationToken).Find(metricId)?.Value);

        var steps = new List<WaterfallStep>();
        var previous = baselineReport.Find(metricId)?.Value;
        for (var i = 0; i < states.Count; i++)
        {
            steps.Add(new WaterfallStep(states[i].Change, values[i] is { } v && previous is { } p ? v - p : null, values[i]));
            previous = values[i];
        }

        var metric = designReport.Find(metricId) ?? baselineReport.Find(metricId);
        return new Waterfall(metricId, metric?.Label ?? metricId, metric?.Unit ?? "", baselineReport.Find(metricId)?.Value, designReport.Find(metricId)?.Value, steps);
    }
}
