using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Power;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Rules;

namespace Studio.Engine.Evaluation;

/// <summary>What an evaluation returns: metrics, per-rack figures and the design-rule findings.</summary>
public sealed record Report(IReadOnlyList<Metric> Metrics, IReadOnlyList<RackSummary> Racks, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Curves for the charts (the serving frontier, training time against GPUs).</summary>
    public IReadOnlyList<Series> Series { get; init; } = [];

    /// <summary>The factory as laid out: its halls and rows with what serves them.</summary>
    public FactoryAnalysis? Factory { get; init; }

    /// <summary>Every line the capex pays for; null when nothing is priced (no factory, or no load).</summary>
    public BillOfMaterials? BillOfMaterials { get; init; }

    /// <summary>The power train as built; null when the factory draws no power.</summary>
    public PowerTrainResult? PowerTrain { get; init; }

    /// <summary>The calendar from ground-breaking to full capacity; null when the factory places no GPUs.</summary>
    public ScheduleResult? Schedule { get; init; }

    public Metric? Find(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}

/// <summary>The headline figures of one rack, so the canvas can label each rack with its own numbers.</summary>
public sealed record RackSummary(string RackId, int GpuCount, double ItPowerKw, double LiquidHeatKw, double? CoolantReturnC);
