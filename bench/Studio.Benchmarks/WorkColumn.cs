using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Studio.Benchmarks;

/// <summary>How much work one invocation of a benchmark does, for the throughput columns.</summary>
public interface IWork
{
    /// <summary>Items (configurations, samples, plant-hours) one invocation evaluates.</summary>
    long Items { get; }

    /// <summary>Floating-point operations per item (see <see cref="FlopCounts"/>), or NaN where none are counted.</summary>
    double FlopsPerItem { get; }
}

/// <summary>
/// Items per second, FLOPs per item, achieved GFLOP/s and the share of the device's double-precision peak, from the
/// median time of an invocation (the median resists the noise of a shared machine better than the mean).
/// </summary>
public sealed class WorkColumn : IColumn
{
    public static readonly IColumn ItemsPerSecond = new WorkColumn("Items/s", "Items (configurations, samples or plant-hours) evaluated per second, from the median", 0);
    public static readonly IColumn FlopsPerItem = new WorkColumn("FLOP/item", "Floating-point operations per item, counted by reading the model function (FlopCounts.cs)", 1);
    public static readonly IColumn GigaflopsPerSecond = new WorkColumn("GFLOP/s", "Achieved GFLOP/s: items/s × FLOP/item", 2);
    public static readonly IColumn PercentOfPeak = new WorkColumn("% peak", "Achieved FLOP/s as a share of the device's double-precision peak (CPU: SIMD FMA peak; CUDA: FP64 peak)", 3);

    private readonly int _kind;

    private WorkColumn(string name, string legend, int kind)
    {
        ColumnName = name;
        Legend = legend;
        _kind = kind;
        PriorityInCategory = kind;
    }

    public string Id => nameof(WorkColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory { get; }

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var work = WorkOf(benchmarkCase);
        var medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (work is null || medianNs is not { } ns || ns <= 0)
        {
            return "-";
        }

        var itemsPerSecond = work.Items / (ns / 1e9);
        var gflops = itemsPerSecond * work.FlopsPerItem / 1e9;
        var peak = KernelMethods.IsCuda(benchmarkCase.Descriptor.WorkloadMethod.Name) ? Devices.CudaPeakFlops : Machine.PeakFlops;
        return _kind switch
        {
            0 => Format(itemsPerSecond, "N0"),
            1 => Format(work.FlopsPerItem, "0.#"),
            2 => Format(gflops, "0.###"),
            _ => Format(gflops * 1e9 / peak * 100, "0.###"),
        };
    }

    public override string ToString() => ColumnName;

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>
    /// A fresh instance of the benchmark class with the case's parameters set: <see cref="IWork"/> reads only the
    /// parameters and the shared inputs, so no set-up runs here.
    /// </summary>
    private static IWork? WorkOf(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (!typeof(IWork).IsAssignableFrom(type) || Activator.CreateInstance(type) is not IWork work)
        {
            return null;
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            type.GetProperty(parameter.Name)?.SetValue(work, parameter.Value);
        }

        return work;
    }
}
