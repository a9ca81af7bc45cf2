using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Studio.Contracts;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;
using Studio.Engine.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>
/// A TEST DOUBLE for the Server's REST API, not the Engine. It answers /api/catalog, /api/templates,
/// /api/templates/{id}, POST /api/evaluate, POST /api/compare and the scenario store (FakeStudioApi.Store.cs) with JSON
/// written by the shared <see cref="StudioJsonContext"/>, so the client's real reading code runs. Its "evaluation" is
/// deliberately simple arithmetic on the posted document (4 GPUs and 4 × gpuPowerKw + 2.53 kW per compute tray, ...) so
/// tests can watch results follow edits; its comparison is <see cref="TestComparison"/> scaled by the design's compute
/// trays (four trays: 1). The numbers mean nothing about real hardware.
/// </summary>
internal sealed partial class FakeStudioApi : HttpMessageHandler
{
    /// <summary>kW a compute tray draws besides its four GPUs (so 4 × 1.8 + 2.53 = 9.73 kW at the catalog default).</summary>
    public const double TrayOverheadKw = 2.53;

    public const double SwitchTrayKw = 1.4;

    /// <summary>Coolant return above supply when a rack is on a CDU: 1.5 L/min per kW of propylene glycol gives ~10 °C.</summary>
    public const double CoolantRiseC = 9.96;

    /// <summary>A GPU's power in Max-P when the user has set none (the catalog's 1.8 kW is the Max-Q point).</summary>
    public const double MaxPGpuPowerKw = 2.3;

    /// <summary>The fake's PUE, exact: facility power = factory IT power × 1.1.</summary>
    public const double Pue = 1.1;

    /// <summary>Litres an evaporative tower uses per kWh of IT energy; dry coolers use none.</summary>
    public const double TowerLitresPerKwh = 1.1;

    /// <summary>Output tokens a GPU sells in a year, in millions: revenue = factory GPUs × this × the output price.</summary>
    public const double MillionTokensPerGpuYear = 100;

    private readonly Lock _gate = new();
    private readonly List<ScenarioDocument> _evaluated = [];
    private readonly List<CompareRequestDto> _compared = [];
    private int _completed;

    /// <summary>Runs after an evaluate request is read and before it is answered: tests delay or hold answers here.</summary>
    public Func<ScenarioDocument, CancellationToken, Task>? BeforeEvaluate { get; set; }

    /// <summary>When set, every request fails as if the server were unreachable.</summary>
    public bool Offline { get; set; }

    /// <summary>When set, the report keeps only the metrics it accepts: a server that reports fewer metrics.</summary>
    public Func<MetricDto, bool>? MetricFilter { get; set; }

    /// <summary>When set, evaluate answers 200 with an HTML page, as a misconfigured proxy might.</summary>
    public bool AnswerEvaluateWithHtml { get; set; }

    /// <summary>Runs after a compare request is read and before it is answered: tests delay or hold answers here.</summary>
    public Func<CompareRequestDto, CancellationToken, Task>? BeforeCompare { get; set; }

    /// <summary>When set, compare answers 200 with an HTML page, as a misconfigured proxy might.</summary>
    public bool AnswerCompareWithHtml { get; set; }

    /// <summary>Requests posted to /api/compare, in arrival order.</summary>
    public IReadOnlyList<CompareRequestDto> Compared
    {
        get
        {
            lock (_gate)
            {
                return [.. _compared];
            }
        }
    }

    /// <summary>Documents posted to /api/evaluate, in arrival order.</summary>
    public IReadOnlyList<ScenarioDocument> Evaluated
    {
        get
        {
            lock (_gate)
            {
                return [.. _evaluated];
            }
        }
    }

    /// <summary>Evaluate requests the handler has finished with: answered, refused or cancelled.</summary>
    public int Finished => Volatile.Read(ref _completed);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Offline)
        {
            throw new HttpRequestException("Connection refused (studio.test:80)");
        }

        var path = request.RequestUri!.AbsolutePath;
        const string templatePrefix = "/api/templates/";
        if (request.Method == HttpMethod.Get && path == "/api/catalog")
        {
            return Json(TestCatalog.Catalog, StudioJsonContext.Default.CatalogDto);
        }

        if (request.Method == HttpMethod.Get && path == "/api/templates")
        {
            return Json(TestCatalog.Templates, StudioJsonContext.Default.IReadOnlyListTemplateSummaryDto);
        }

        if (request.Method == HttpMethod.Get && path.StartsWith(templatePrefix, StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(path[templatePrefix.Length..]);
            return id == TestCatalog.TemplateId
                ? Json(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument)
                : Problem(HttpStatusCode.NotFound, new ProblemDto(null, "Not found", 404, $"No template '{id}'.", null));
        }

        if (request.Method == HttpMethod.Post && path == "/api/evaluate")
        {
            var document = await request.Content!.ReadFromJsonAsync(StudioJsonContext.Default.ScenarioDocument, cancellationToken)
                ?? throw new InvalidOperationException("The client posted an empty scenario.");
            lock (_gate)
            {
                _evaluated.Add(document);
            }

            try
            {
                if (BeforeEvaluate is { } hold)
                {
                    await hold(document, cancellationToken);
                }

                if (AnswerEvaluateWithHtml)
                {
                    return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>gateway</html>", System.Text.Encoding.UTF8, "application/json") };
                }

                var errors = Validate(document);
                return errors.Count > 0
                    ? Problem(HttpStatusCode.BadRequest, new ProblemDto("https://aifactory.studio/problems/invalid-scenario",
                        "The scenario is not valid", 400, $"{errors[0].Path}: {errors[0].Message}", errors))
                    : Json(Extend(Filter(WithFactory(document, Evaluate(document)))), StudioJsonContext.Default.EvaluationReportDto);
            }
            finally
            {
                Interlocked.Increment(ref _completed);
            }
        }

        if (request.Method == HttpMethod.Post && path == "/api/compare")
        {
            return await CompareAsync(request, cancellationToken);
        }

        if (await HandleStoreAsync(request, path, cancellationToken) is { } stored)
        {
            return stored;
        }

        return Problem(HttpStatusCode.NotFound, new ProblemDto(null, "Not found", 404, path, null));
    }

    /// <summary>The design against a baseline: GB200 at half the reference scale, GB300 at 0.7, a scenario by its own trays.</summary>
    private async Task<HttpResponseMessage> CompareAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var compare = await request.Content!.ReadFromJsonAsync(StudioJsonContext.Default.CompareRequestDto, cancellationToken)
            ?? throw new InvalidOperationException("The client posted an empty compare request.");
        lock (_gate)
        {
            _compared.Add(compare);
        }

        if (BeforeCompare is { } hold)
        {
            await hold(compare, cancellationToken);
        }

        if (AnswerCompareWithHtml)
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>gateway</html>", System.Text.Encoding.UTF8, "application/json") };
        }

        var errors = Validate(compare.Scenario);
        if (errors.Count > 0)
        {
            return Problem(HttpStatusCode.BadRequest, new ProblemDto("https://aifactory.studio/problems/invalid-scenario",
                "The scenario is not valid", 400, $"{errors[0].Path}: {errors[0].Message}", errors));
        }

        var (name, kind, scale, supplyC) = compare.Baseline switch
        {
            { Template: "gb200-nvl72" } => (TestComparison.BaselineName, "template", 0.5, TestComparison.BaselineSupplyC),
            { Template: "gb300-nvl72" } => ("GB300 NVL72 reference design", "template", 0.7, TestComparison.BaselineSupplyC),
            { Scenario: { } scenario } => (scenario.Name, "scenario", Scale(scenario), scenario.Site.CoolantSupplyC),
            _ => (null, null, 0, 0),
        };
        if (name is null || kind is null)
        {
            return Problem(HttpStatusCode.NotFound, new ProblemDto(null, "Not found", 404, $"No template '{compare.Baseline.Template}'.", null));
        }

        var comparison = TestComparison.Compare(TestComparison.Report(Scale(compare.Scenario)), TestComparison.Report(scale), name, kind,
            supplyC, compare.Explain);
        return Json(comparison, StudioJsonContext.Default.ComparisonDto);
    }

    /// <summary>The comparison's scale: a quarter per compute tray, so the four-tray template is 1 and each tray moves every chart.</summary>
    public static double Scale(ScenarioDocument document) =>
        Math.Max(1, document.Racks.Sum(r => r.Parts.Count(p => p.PartId is TestCatalog.ComputeTray or TestCatalog.Gb300ComputeTray))) / 4.0;

    private static List<InputErrorDto> Validate(ScenarioDocument document)
    {
        var errors = new List<InputErrorDto>();
        for (var r = 0; r < document.Racks.Count; r++)
        {
            for (var p = 0; p < document.Racks[r].Parts.Count; p++)
            {
                var partId = document.Racks[r].Parts[p].PartId;
                if (!TestCatalog.Catalog.Parts.Any(part => part.Id == partId))
                {
                    errors.Add(new InputErrorDto($"$.racks[{r}].parts[{p}].partId", $"Unknown part '{partId}'. GET /api/catalog lists the parts."));
                }
            }
        }

        return errors;
    }

    private EvaluationReportDto Filter(EvaluationReportDto report)
    {
        var sized = SizesLayout ? report : report with { Halls = [] };
        return MetricFilter is { } keep ? sized with { Metrics = [.. sized.Metrics.Where(keep)] } : sized;
    }

    internal static EvaluationReportDto Evaluate(ScenarioDocument document)
    {
        var racks = document.Racks.Select(rack => Summarize(document, rack)).ToList();
        var first = racks.FirstOrDefault();
        var userPower = document.Racks.SelectMany(r => r.Parts).Any(p => p.Settings?.ContainsKey(TestCatalog.GpuPowerSetting) == true);
        var itKw = first?.ItPowerKw ?? 0;
        var cooled = first?.CoolantReturnC is not null;
        var factoryItMw = Math.Round(itKw * document.Factory.Halls.Sum(h => h.Rows.Sum(r => r.RackCount)) / 1000, 3);
        var factoryGpus = (first?.GpuCount ?? 0) * document.Factory.Halls.Sum(h => h.Rows.Sum(r => r.RackCount));

        var diagnostics = new List<DiagnosticDto>();
        var uncooled = racks.Where(r => r.CoolantReturnC is null).Select(r => r.RackId).ToList();
        if (uncooled.Count > 0)
        {
            diagnostics.Add(new DiagnosticDto("thermal.noCoolantLoop", "error", $"{uncooled.Count} rack(s) have no coolant connection.",
                "Drag a link from the rack's port to an in-row CDU.", uncooled, [MetricIds.ThermalCoolantReturnC]));
        }

        foreach (var rack in document.Racks.Where(r => r.Parts.Any(p => p.PartId == TestCatalog.ComputeTray) && r.Parts.All(p => p.PartId != TestCatalog.PowerShelf)))
        {
            diagnostics.Add(new DiagnosticDto("rack.noPowerShelf", "warning", $"{rack.Label ?? rack.Id} has trays but no power shelf.",
                "Add a power shelf.", [rack.Id], []));
        }

        foreach (var rack in document.Racks.Where(r => r.Parts.Count == 0))
        {
            diagnostics.Add(new DiagnosticDto("rack.empty", "info", $"{rack.Label ?? rack.Id} is empty.", "Drop trays on it.", [rack.Id], []));
        }

        MetricDto[] metrics =
        [
            Metric(MetricIds.RackGpuCount, "GPUs", first?.GpuCount ?? 0, "GPUs", 1, 1, Derived("vendor", "4 GPUs per compute tray", "S5")),
            Metric(MetricIds.RackItPowerKw, "IT power", itKw, "kW", 0.9, 1.2, Derived(userPower ? "user" : "estimate", "Σ tray and switch power", "S5", "S17")),
            Metric(MetricIds.RackNvlinkTbps, "NVLink per GPU", 3.6, "TB/s", 1, 1, new ProvenanceDto("vendor", null, ["S5"], null)),
            Metric(MetricIds.ThermalCoolantFlowLpm, "Coolant flow", Math.Round(1.5 * itKw, 2), "L/min", 1.25 / 1.5, 2.0 / 1.5,
                new ProvenanceDto("estimate", null, ["S50"], "1.5 L/min per kW")),
            cooled
                ? Metric(MetricIds.ThermalCoolantReturnC, "Coolant return", first!.CoolantReturnC!.Value, "°C", 1, 1, Derived("estimate", "supply + heat / (flow × c_p)", "S50"))
                : new MetricDto(MetricIds.ThermalCoolantReturnC, "Coolant return", null, "°C", null, null, Derived("estimate", "supply + heat / (flow × c_p)", "S50"), ["thermal.noCoolantLoop"]),
            Metric(MetricIds.DesignRackCount, "Racks", document.Racks.Count, "racks", 1, 1, new ProvenanceDto("user", null, [], "Racks on the canvas")),
            Metric(MetricIds.FactoryItPowerMw, "Factory IT power", factoryItMw, "MW", 0.9, 1.2,
                Derived("estimate", "rack IT power × racks in the factory", "S17")),
            .. Facility(document, factoryItMw, factoryGpus),
        ];

        return new EvaluationReportDto(EvaluationReportDto.CurrentSchemaVersion, metrics, diagnostics, racks,
            [.. TestCatalog.Catalog.Sources.Where(s => s.Id is "S5" or "S17" or "S50")],
            [])
        {
            Halls = SummarizeHalls(document, racks),
        };
    }

    /// <summary>
    /// One metric of each facility group, on the factory's figures: power and PUE, tower water, tray assembly and
    /// year-one revenue. Like the real report, they are there for every design.
    /// </summary>
    private static IEnumerable<MetricDto> Facility(ScenarioDocument document, double factoryItMw, int factoryGpus)
    {
        var towers = document.Site.HeatRejection == "coolingTower";
        var outputPrice = document.Economics?.OutputUsdPerMillionTokens ?? 2.19;
        yield return Metric(MetricIds.EconomicsAnnualRevenueUsd, "Annual revenue (year one)", factoryGpus * MillionTokensPerGpuYear * outputPrice, "USD/year", 0.5, 1.5,
            Derived("estimate", "factory GPUs × output tokens a year × output price"));
        yield return Metric(MetricIds.PowerFacilityMw, "Facility power (mean, IT × PUE)", Math.Round(factoryItMw * Pue, 3), "MW", 0.9, 1.2,
            Derived("estimate", "factory IT power × PUE", "S17"));
        yield return Metric(MetricIds.FacilityPue, "PUE (annual)", Pue, "ratio", 1, 1, Derived("estimate", "facility / IT energy over the year"));
        yield return Metric(MetricIds.FacilityWaterLitresPerYear, "Water evaporated a year", towers ? Math.Round(factoryItMw * 1000 * 8760 * TowerLitresPerKwh) : 0,
            "L/year", 1, 1, Derived("estimate", towers ? "IT energy × L/kWh evaporated" : "dry coolers evaporate no water"));
        yield return Metric(MetricIds.AssemblyComputeTrayMinutes, "Compute-tray assembly", 5, "min", 1, 1, new ProvenanceDto("vendor", null, ["S5"], "cable-free tray"));
    }

    private static RackSummaryDto Summarize(ScenarioDocument document, RackDocument rack)
    {
        var trays = rack.Parts.Where(p => p.PartId == TestCatalog.ComputeTray).ToList();
        // A user's GPU limit wins; otherwise the power mode picks the GPU's power point, as the Engine does.
        var gpuKw = document.Power?.Mode == "maxP" ? MaxPGpuPowerKw : TestCatalog.RubinGpuPowerKw;
        var trayKw = trays.Sum(t => 4 * (t.Settings?.GetValueOrDefault(TestCatalog.GpuPowerSetting, gpuKw) ?? gpuKw) + TrayOverheadKw);
        var itKw = Math.Round(trayKw + SwitchTrayKw * rack.Parts.Count(p => p.PartId == TestCatalog.SwitchTray), 2);
        var cooled = document.Connections.Any(c => c.From == rack.Id && c.Kind == "coolant");
        return new RackSummaryDto(rack.Id, 4 * trays.Count, itKw, itKw, cooled ? document.Site.CoolantSupplyC + CoolantRiseC : null);
    }

    private static MetricDto Metric(string id, string label, double value, string unit, double lowFactor, double highFactor, ProvenanceDto provenance) =>
        new(id, label, value, unit, Math.Round(value * lowFactor, 2), Math.Round(value * highFactor, 2), provenance, []);

    private static ProvenanceDto Derived(string basis, string note, params string[] sources) => new("derived", basis, sources, note);

    private static HttpResponseMessage Json<T>(T body, JsonTypeInfo<T> type) =>
        new(HttpStatusCode.OK) { Content = JsonContent.Create(body, type) };

    private static HttpResponseMessage Problem(HttpStatusCode status, ProblemDto problem) =>
        new(status) { Content = JsonContent.Create(problem, StudioJsonContext.Default.ProblemDto, new("application/problem+json")) };
}
