using System.Globalization;
using Studio.Engine.Models.Economics;
using Studio.Engine.Rules;

namespace Studio.Engine.Evaluation;

/// <summary>Metrics, series and findings of the token economics.</summary>
internal static class EconomicsMetrics
{
    private const string NoLoad = FacilityMetrics.NoLoad;
    private const string NoServing = "economics.noServingPoint";
    private const string PaybackLabel = "Payback period";
    private const string BuildOutLabel = "Revenue deferred by build-out";

    /// <param name="atTarget">The serving point's metric: what is priced per token is withheld for what withholds it.</param>
    public static (IReadOnlyList<Metric> Metrics, IReadOnlyList<Series> Series, IReadOnlyList<Diagnostic> Diagnostics) For(
        EconomicsResult? result, Series? frontier, Metric? atTarget)
    {
        var metrics = new List<Metric>();
        var series = new List<Series>();
        var diagnostics = new List<Diagnostic>();

        // Without a plant nothing is priced; without a serving point only what needs no tokens is, and the rest points
        // at the finding that took the serving point away.
        IReadOnlyList<string> noTokens = result is null ? [NoLoad]
            : atTarget is { Band: null, BlockedBy.Count: > 0 } ? atTarget.BlockedBy
            : [NoServing];
        metrics.Add(Metric.Of(MetricIds.EconomicsCapexUsd, "Capital cost of the factory", "USD", result?.CapexUsd, NoLoad));
        metrics.Add(Metric.Of(MetricIds.EconomicsRacksPer100Mw, "Racks in a 100 MW factory", "racks", result?.RacksPer100Mw, NoLoad));
        metrics.Add(Metric.Of(MetricIds.EconomicsGpusPerGw, "GPUs in a 1 GW factory", "GPUs", result?.GpusPerGw, NoLoad));
        metrics.Add(Metric.Of(MetricIds.EconomicsAnnualCostUsd, "Annual cost (capital, energy, maintenance)", "USD/year", result?.AnnualCostUsd, noTokens));
        metrics.Add(Metric.Of(MetricIds.EconomicsCostPerMillionTokensUsd, "Cost per million output tokens", "USD/M tokens", result?.CostPerMillionOutputUsd, noTokens));
        metrics.Add(Metric.Of(MetricIds.EconomicsCostPerMillionInputTokensUsd, "Cost per million input tokens", "USD/M tokens", result?.CostPerMillionInputUsd, noTokens));
        metrics.Add(Metric.Of(MetricIds.EconomicsTokensPerSecondPerMw, "Output tokens/s per MW of facility power", "tokens/s per MW", result?.TokensPerSecondPerMw, noTokens));
        metrics.Add(Metric.Of(MetricIds.EconomicsAnnualRevenueUsd, "Annual revenue (year one)", "USD/year", result?.AnnualRevenueUsd, noTokens));
        metrics.Add(Metric.Of(MetricIds.EconomicsAnnualRevenuePerGwUsd, "Annual revenue per GW (year one)", "USD/year", result?.AnnualRevenuePerGwUsd, noTokens));
        if (result?.Central is null)
        {
            metrics.Add(Metric.Withheld(MetricIds.EconomicsPaybackYears, PaybackLabel, "years", noTokens));
            metrics.Add(Metric.Withheld(MetricIds.AssemblyBuildOutRevenueUsd, BuildOutLabel, "USD", noTokens));
            if (noTokens is [NoServing])
            {
                // The serving study withheld nothing yet gave no rate to price: say so rather than point at nothing.
                diagnostics.Add(Diagnostic.WorkloadWarning(NoServing,
                    "The serving study gave no operating point with output tokens, so nothing is priced per token.",
                    "Lower the interactivity target, or serve a smaller model or at a lower precision.",
                    [.. metrics.Where(m => m.Band is null).Select(m => m.Id)]));
            }

            return (metrics, series, diagnostics);
        }

        if (result.BuildOutRevenueUsd is { } buildOut)
        {
            metrics.Add(Metric.Of(MetricIds.AssemblyBuildOutRevenueUsd, BuildOutLabel, buildOut));
        }

        if (result.PaybackYears is { } payback)
        {
            metrics.Add(Metric.Of(MetricIds.EconomicsPaybackYears, PaybackLabel, payback));
        }
        else
        {
            const string Code = "economics.noPayback";
            diagnostics.Add(Diagnostic.WorkloadWarning(Code,
                string.Create(CultureInfo.InvariantCulture, $"At these prices the factory does not pay back its {result.CapexUsd.Value / 1e9:0.##} B$ of capital within {TokenEconomics.HorizonLives} depreciation lives: year-one revenue is {result.AnnualRevenueUsd!.Value / 1e6:N0} M$ against {result.Central.Values.AnnualOpexUsd / 1e6:N0} M$ of operating cost, and prices fall each year."),
                "Raise the token prices, lower the price decline, or serve at a target where the design makes more tokens.", MetricIds.EconomicsPaybackYears));
            metrics.Add(Metric.Withheld(MetricIds.EconomicsPaybackYears, PaybackLabel, "years", Code));
        }

        series.Add(Cash(SeriesIds.CumulativeCash, "Cumulative cash flow", result.Central));
        series.Add(Cash(SeriesIds.CumulativeCashLow, "Cumulative cash flow, unfavourable end of every range", result.Unfavourable!));
        series.Add(Cash(SeriesIds.CumulativeCashHigh, "Cumulative cash flow, favourable end of every range", result.Favourable!));
        if (frontier is not null && result.CentralOutputRatePerGpu > 0)
        {
            // Cost per token falls as the rate rises: along the frontier it is the operating point's cost × its rate / the point's rate
            // (the prompts' share of GPU time is held at the operating point's).
            var output = result.CostPerMillionOutputUsd!.Value * result.CentralOutputRatePerGpu;
            var input = result.CostPerMillionInputUsd!.Value * result.CentralOutputRatePerGpu;
            series.Add(new Series(SeriesIds.CostVsInteractivity, "Cost per million output tokens along the serving frontier",
                "Tokens/s per user", "tokens/s", "Cost per million output tokens", "USD/M tokens",
                [.. frontier.Points.Where(p => p.Y > 0).Select(p => new SeriesPoint(p.X, output / p.Y))]));
            series.Add(new Series(SeriesIds.InputCostVsInteractivity, "Cost per million input tokens along the serving frontier",
                "Tokens/s per user", "tokens/s", "Cost per million input tokens", "USD/M tokens",
                [.. frontier.Points.Where(p => p.Y > 0).Select(p => new SeriesPoint(p.X, input / p.Y))]));
        }

        return (metrics, series, diagnostics);
    }

    private static Series Cash(string id, string label, EconomicsOutcome outcome) =>
        new(id, label, "Year", "years", "Cumulative cash", "USD", [.. outcome.CumulativeCashUsd.Select((c, year) => new SeriesPoint(year, c))]);
}
