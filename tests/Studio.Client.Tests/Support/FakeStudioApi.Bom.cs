using Studio.Contracts.Catalog;
using static System.FormattableString;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;
using Studio.Engine.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>
/// The fake's factory figures and bill of materials: plain arithmetic on the posted layout, so the results' factory
/// group and the bill of materials can be tested against numbers that follow edits. Each row buys its rack count of
/// its design's frame and mounted parts; CDUs, leaf and spine switches are the row and hall summaries'
/// (<see cref="SummarizeHalls"/>); the facility is <see cref="FacilityUsdPerMw"/> per MW of IT; the lines add up to
/// the capex metric exactly, as the real report's do. Prices and factors are fixtures, not market data.
/// </summary>
internal sealed partial class FakeStudioApi
{
    public const double FacilityUsdPerMw = 10e6;

    /// <summary>The grid connection is sized at facility power × this.</summary>
    public const double GridPeakFactor = 1.25;

    /// <summary>Heat the plant rejects on the design day per MW of IT (pumps and losses end up as heat too).</summary>
    public const double HeatRejectionPerItMw = 1.05;

    public const double DepreciationYears = 5;

    /// <summary>Unit prices by part: central value and the low and high ends of its range, USD.</summary>
    public static IReadOnlyDictionary<string, (double Value, double Low, double High)> UnitPrices { get; } = new Dictionary<string, (double, double, double)>
    {
        [TestCatalog.Rack] = (150_000, 120_000, 180_000),
        [TestCatalog.ComputeTray] = (420_000, 380_000, 480_000),
        [TestCatalog.Gb300ComputeTray] = (300_000, 280_000, 320_000),
        [TestCatalog.SwitchTray] = (90_000, 80_000, 110_000),
        [TestCatalog.PowerShelf] = (24_000, 20_000, 30_000),
        [TestCatalog.InRowCdu] = (350_000, 250_000, 450_000),
        [TestCatalog.ScaleOutSwitch] = (85_000, 70_000, 110_000),
    };

    /// <summary>The design day's outdoor temperature, °C, by location.</summary>
    public static double DesignDayC(ScenarioDocument document) => document.Site.Location == "phoenix-az" ? 46 : 35;

    /// <summary>The report with the factory as laid out: its counts, design-day plant, capex and bill of materials.</summary>
    internal static EvaluationReportDto WithFactory(ScenarioDocument document, EvaluationReportDto report)
    {
        var halls = report.Halls.Count > 0 ? report.Halls : SummarizeHalls(document, report.Racks);
        var rows = halls.SelectMany(h => h.Rows).ToList();
        var racks = rows.Sum(r => r.RackCount);
        var gpus = rows.Sum(r => r.GpuCount);
        var itMw = report.Metrics.FirstOrDefault(m => m.Id == MetricIds.FactoryItPowerMw)?.Value ?? rows.Sum(r => r.ItPowerKw) / 1000;
        var facilityMw = report.Metrics.FirstOrDefault(m => m.Id == MetricIds.PowerFacilityMw)?.Value ?? itMw * Pue;
        var heatMw = Math.Round(itMw * HeatRejectionPerItMw, 3);
        var ambientC = DesignDayC(document);
        // Dry coolers reach the supply when it is 8 K above the outdoor air; in hotter hours chillers trim a fifth of the heat.
        var chillerMw = ambientC + 8 > document.Site.CoolantSupplyC ? Math.Round(heatMw * 0.2, 3) : 0;

        var metrics = new List<MetricDto>
        {
            Count(MetricIds.FactoryRackCount, "Racks in the factory", racks, "racks", $"{racks} racks in {rows.Count} rows"),
            Count(MetricIds.FactoryRowCount, "Rows in the factory", rows.Count, "rows", $"{rows.Count} rows in {halls.Count} halls"),
            Count(MetricIds.FactoryGpuCount, "GPUs in the factory", gpus, "GPUs", "rack count × the design's GPUs, summed over rows"),
            Count(MetricIds.FactoryCduCount, "Row CDUs (spares included)", rows.Sum(r => r.CduCount), "CDUs", "ceil(heat / 2 MW) + the redundancy's spares"),
            Count(MetricIds.FactoryLeafSwitchCount, "Leaf switches", rows.Sum(r => r.LeafSwitchCount), "switches", $"a leaf per {RacksPerLeafSwitch} racks"),
            Count(MetricIds.FactorySpineSwitchCount, "Spine switches", halls.Sum(h => h.SpineSwitchCount), "switches", $"a spine per {LeavesPerSpineSwitch} leaves"),
            Metric(MetricIds.PowerGridPeakMw, "Grid connection (peak)", Math.Round(facilityMw * GridPeakFactor, 3), "MW", 0.95, 1.1,
                Derived("estimate", "facility power × peak factor", "S17")),
            Metric(MetricIds.FactoryDesignDayC, "Design-day outdoor temperature (hottest hour)", ambientC, "°C", 1, 1,
                new ProvenanceDto("vendor", null, [], "hottest hour of the location's weather year")),
            Metric(MetricIds.FactoryHeatRejectionMw, "Heat rejection capacity (design day)", heatMw, "MW", 0.95, 1.15,
                Derived("estimate", "IT power × 1.05")),
            Metric(MetricIds.FactoryChillerMw, "Chiller capacity (design day)", chillerMw, "MW", 0.8, 1.3,
                Derived("estimate", "a fifth of the heat when the design day is too hot for the coolers")),
        };

        var bom = racks == 0 ? null : BillOfMaterials(document, halls, itMw, heatMw, chillerMw, ambientC);
        if (bom is not null)
        {
            metrics.Add(new MetricDto(MetricIds.EconomicsCapexUsd, "Capex (parts and facility)", bom.TotalUsd, "USD", bom.TotalLowUsd, bom.TotalHighUsd,
                Derived("estimate", "Σ bill of materials"), []));
            if (gpus > 0)
            {
                var electricityUsd = facilityMw * 1000 * 8760 * document.Site.ElectricityUsdPerKwh;
                var millionTokens = gpus * MillionTokensPerGpuYear;
                double PerMillion(double capex) => Math.Round((capex / DepreciationYears + electricityUsd) / millionTokens, 4);
                metrics.Add(new MetricDto(MetricIds.EconomicsCostPerMillionTokensUsd, "Cost per million output tokens", PerMillion(bom.TotalUsd), "USD/M tokens",
                    PerMillion(bom.TotalLowUsd), PerMillion(bom.TotalHighUsd), Derived("estimate", "(capex / depreciation years + electricity) / tokens a year"), []));
            }
        }

        return report with { Metrics = [.. report.Metrics, .. metrics], Halls = halls, BillOfMaterials = bom };
    }

    private static BillOfMaterialsDto BillOfMaterials(ScenarioDocument document, IReadOnlyList<HallSummaryDto> halls, double itMw, double heatMw,
        double chillerMw, double ambientC)
    {
        var rows = halls.SelectMany(h => h.Rows).Where(r => r.RackCount > 0).ToList();
        var lines = new List<BomLineDto>();

        // Frames and mounted parts, each part once across every row that places it.
        var mounted = new List<(RowSummaryDto Row, PartDocument? Part, string PartId)>();
        foreach (var row in rows)
        {
            if (document.Racks.FirstOrDefault(r => r.Id == row.RackDesignId) is { } design)
            {
                mounted.Add((row, null, design.PartId));
                mounted.AddRange(design.Parts.Select(p => (row, (PartDocument?)p, p.PartId)));
            }
        }

        foreach (var group in mounted.GroupBy(x => x.PartId, StringComparer.Ordinal))
        {
            var part = TestCatalog.Part(group.Key);
            var quantity = group.Sum(x => (double)x.Row.RackCount);
            var powerKw = group.Sum(x => x.Part is null ? 0 : PartKw(document, x.Part) * x.Row.RackCount);
            var liquidKw = part.Category == "computeTray" ? powerKw : 0;
            lines.Add(Line(Category(part), part, part.Name, quantity, "units", powerKw, liquidKw, Where(group.Select(x => x.Row.Label)), "mounted in the rows' racks"));
        }

        foreach (var group in rows.Where(r => r.CduCount > 0 && r.CduPartId is not null).GroupBy(r => r.CduPartId!, StringComparer.Ordinal))
        {
            var part = TestCatalog.Part(group.Key);
            var quantity = group.Sum(r => (double)r.CduCount);
            lines.Add(Line("cooling", part, part.Name, quantity, "units", quantity * part.PowerKw.Value, 0, Where(group.Select(r => r.Label)),
                string.Join("; ", group.Select(r => $"{r.Label}: {r.CduCount}"))));
        }

        foreach (var group in rows.Where(r => r.LeafSwitchCount > 0 && r.SwitchPartId is not null).GroupBy(r => r.SwitchPartId!, StringComparer.Ordinal))
        {
            var part = TestCatalog.Part(group.Key);
            var quantity = group.Sum(r => (double)r.LeafSwitchCount);
            var kw = quantity * part.PowerKw.Value;
            lines.Add(Line("network", part, $"{part.Name} (leaf)", quantity, "switches", kw, 0, Where(group.Select(r => r.Label)), "leaf tier"));
        }

        var spines = halls.Where(h => h.SpineSwitchCount > 0).ToList();
        if (spines.Count > 0)
        {
            var part = TestCatalog.Part(spines.SelectMany(h => h.Rows).Select(r => r.SwitchPartId).FirstOrDefault(id => id is not null) ?? TestCatalog.ScaleOutSwitch);
            var quantity = spines.Sum(h => (double)h.SpineSwitchCount);
            lines.Add(Line("network", part, $"{part.Name} (spine)", quantity, "switches", quantity * part.PowerKw.Value, 0, Where(spines.Select(h => h.Label)), "spine tier"));
        }

        lines.Add(new BomLineDto("cooling", null, "Heat rejection (dry coolers or towers), design-day capacity", heatMw, "MW", null, 0, 0, 0, 0, 0, 0, "site",
            Invariant($"sized for {ambientC} °C outdoors; priced within the facility line")));
        lines.Add(new BomLineDto("cooling", null, "Chillers (trim), design-day capacity", chillerMw, "MW", null, 0, 0, 0, 0, 0, 0, "site",
            chillerMw > 0 ? "trim in the hottest hours; priced within the facility line" : "none needed on the design day"));
        var facilityPrice = new MetricDto("bom.unitPriceUsd", "Unit price", FacilityUsdPerMw, "USD", 8e6, 13e6,
            new ProvenanceDto("estimate", null, ["S17"], "shell, power train, cooling plant and fit-out per MW of IT"), []);
        lines.Add(new BomLineDto("facility", null, "Facility: shell, power train, cooling plant and fit-out", itMw, "MW IT", facilityPrice,
            FacilityUsdPerMw * itMw, 8e6 * itMw, 13e6 * itMw, 0, 0, 0, "site", Invariant($"{FacilityUsdPerMw / 1e6} M$ per MW of IT load × {itMw} MW")));

        return new BillOfMaterialsDto(lines, lines.Sum(l => l.ExtendedUsd), lines.Sum(l => l.ExtendedLowUsd), lines.Sum(l => l.ExtendedHighUsd));
    }

    private static BomLineDto Line(string category, PartDto part, string item, double quantity, string unit, double powerKw, double liquidKw, string where, string note)
    {
        var (value, low, high) = UnitPrices[part.Id];
        var price = new MetricDto("bom.unitPriceUsd", "Unit price", value, "USD", low, high, new ProvenanceDto("estimate", null, ["S17"], $"fixture price of {part.Name}"), []);
        return new BomLineDto(category, part.Id, item, quantity, unit, price, value * quantity, low * quantity, high * quantity,
            Math.Round(powerKw, 2), Math.Round(liquidKw, 2), Math.Round(powerKw - liquidKw, 2), where, note);
    }

    /// <summary>The Engine's categories: frames, trays and NVLink switches are compute, shelves power, CDUs cooling, switches network.</summary>
    private static string Category(PartDto part) => part.Category switch
    {
        "powerShelf" => "power",
        "coolantDistributionUnit" => "cooling",
        "scaleOutSwitch" => "network",
        _ => "compute",
    };

    private static double PartKw(ScenarioDocument document, PartDocument part)
    {
        var gpuKw = document.Power?.Mode == "maxP" ? MaxPGpuPowerKw : TestCatalog.RubinGpuPowerKw;
        return part.PartId switch
        {
            TestCatalog.ComputeTray => 4 * (part.Settings?.GetValueOrDefault(TestCatalog.GpuPowerSetting, gpuKw) ?? gpuKw) + TrayOverheadKw,
            TestCatalog.SwitchTray => SwitchTrayKw,
            _ => 0,
        };
    }

    private static string Where(IEnumerable<string> labels) => string.Join(", ", labels.Distinct(StringComparer.Ordinal));

    private static MetricDto Count(string id, string label, double value, string unit, string note) =>
        new(id, label, value, unit, value, value, new ProvenanceDto("derived", null, [], note), []);
}
