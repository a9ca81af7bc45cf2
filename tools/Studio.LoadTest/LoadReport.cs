using System.Globalization;
using System.Text;

namespace Studio.LoadTest;

/// <summary>Throughput and latency of one operation over a run.</summary>
public sealed record OperationStats(string Operation, int Requests, int Errors, double PerSecond, double P50, double P90, double P99, double Max);

/// <summary>What a run measured: per operation and in total, with every status seen.</summary>
public sealed record LoadReport(LoadTestOptions Options, TimeSpan Elapsed, IReadOnlyList<OperationStats> Operations, IReadOnlyDictionary<string, int> Outcomes)
{
    public int Requests => Operations.Sum(o => o.Requests);

    /// <summary>Anything but the expected answer: not 200 for an evaluation, not 201 for a save, or no answer at all.</summary>
    public int Errors => Operations.Sum(o => o.Errors);

    internal static LoadReport From(LoadTestOptions options, TimeSpan elapsed, IReadOnlyList<Recorder> recorders)
    {
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in recorders.SelectMany(r => r.Outcomes))
        {
            outcomes[key] = outcomes.GetValueOrDefault(key) + count;
        }

        var operations = new List<OperationStats>();
        foreach (var operation in new[] { LoadRunner.Evaluate, LoadRunner.Save })
        {
            var latencies = recorders.SelectMany(r => r.Milliseconds.GetValueOrDefault(operation) ?? []).Order().ToArray();
            if (latencies.Length == 0)
            {
                continue;
            }

            var expected = operation == LoadRunner.Evaluate ? $"{operation} 200" : $"{operation} 201";
            var errors = latencies.Length - outcomes.GetValueOrDefault(expected);
            operations.Add(new(operation, latencies.Length, errors, latencies.Length / elapsed.TotalSeconds,
                Percentile(latencies, 50), Percentile(latencies, 90), Percentile(latencies, 99), latencies[^1]));
        }

        return new(options, elapsed, operations, outcomes);
    }

    /// <summary>Nearest-rank percentile of sorted values: a value that was actually measured.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>A Markdown table, ready for docs/performance.md.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{Elapsed.TotalSeconds:0.0} s, {Options.Concurrency} workers, {Options.SaveFraction:P0} saves, template {Options.Template}:");
        text.AppendLine();
        text.AppendLine("| operation | requests | per second | p50 ms | p90 ms | p99 ms | max ms | errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var o in Operations)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {o.Operation} | {o.Requests} | {o.PerSecond:0.0} | {o.P50:0.0} | {o.P90:0.0} | {o.P99:0.0} | {o.Max:0.0} | {o.Errors} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **all** | {Requests} | {Requests / Elapsed.TotalSeconds:0.0} | | | | | {Errors} |");
        text.AppendLine();
        text.AppendLine("Answers: " + string.Join(", ", Outcomes.Select(o => $"{o.Key} × {o.Value}")) + ".");
        return text.ToString();
    }
}
