using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Studio.Contracts;
using Studio.Contracts.Evaluation;

namespace Studio.FactorySizer;

/// <summary>What the studio reports for a factory: its layout and its power.</summary>
internal sealed record FactoryOutcome(
    int Racks, int Rows, int Halls, double ItMw, double FacilityMw, double Pue, int Cdus, int LeafSwitches, int SpineSwitches, double CapexUsd)
{
    /// <summary>The three networks' power, their capex per rack, and the scale-out fabric's tiers and planes.</summary>
    public (double Mw, double CapexPerRackUsd, int Tiers, int Planes) Network { get; init; }

    /// <summary>The facility's capex per MW of IT, its cooling plant's, and the months from ground-breaking to the first token and to full capacity.</summary>
    public (double FacilityUsdPerMw, double PlantUsd, double MonthsToFirstToken, double MonthsToFull) Build { get; init; }

    /// <summary>The report's error and warning codes, each with how often it occurs: a reference design should have none.</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Racks:N0} racks, {Rows:N0} rows, {Halls} halls; IT {ItMw:N2} MW, facility {FacilityMw:N2} MW (PUE {Pue:0.000}); {Cdus:N0} CDUs, {LeafSwitches:N0} leaf and {SpineSwitches:N0} spine switches; networks {Network.Mw:N2} MW ({Network.Mw / ItMw:P1} of IT), ${Network.CapexPerRackUsd / 1e6:N2}M a rack, scale-out {Network.Tiers} tiers × {Network.Planes} planes; facility ${Build.FacilityUsdPerMw / 1e6:N2}M per MW IT (plant ${Build.PlantUsd / 1e6:N0}M); first token {Build.MonthsToFirstToken:N1} months, full {Build.MonthsToFull:N1}; capex ${CapexUsd / 1e9:N2}B; {(Findings.Count == 0 ? "no errors or warnings" : string.Join(", ", Findings))}");
}

/// <summary>
/// The studio server in memory (WebApplicationFactory, no socket) on a throw-away store, answering POST /api/evaluate
/// exactly as it does for the studio: the sizer measures what a user would see, not a re-implementation of it.
/// </summary>
internal sealed class InProcessStudio : WebApplicationFactory<Program>
{
    private readonly string _storeDirectory = Path.Combine(Path.GetTempPath(), "studio-sizer", Guid.NewGuid().ToString("N"));
    private HttpClient? _client;

    static InProcessStudio()
    {
        // Under `dotnet run` the current directory is the repository root, not the build output where
        // WebApplicationFactory looks for its manifest: point it at the server's content root (as the benchmarks do).
        const string Setting = "ASPNETCORE_TEST_CONTENTROOT_STUDIO_SERVER";
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        if (Environment.GetEnvironmentVariable(Setting) is null && File.Exists(manifest))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var root = json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.StartsWith("Studio.Server,", StringComparison.Ordinal));
            if (root.Value.GetString() is { } path && Directory.Exists(path))
            {
                Environment.SetEnvironmentVariable(Setting, path);
            }
        }
    }

    public async Task<FactoryOutcome> EvaluateAsync(byte[] document)
    {
        _client ??= CreateClient();
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/api/evaluate", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/evaluate answered {(int)response.StatusCode}: {body}");
        }

        var report = JsonSerializer.Deserialize(body, StudioJsonContext.Default.EvaluationReportDto)
            ?? throw new InvalidOperationException("POST /api/evaluate answered an empty report.");
        return new FactoryOutcome(
            (int)Value(report, "factory.rackCount"), (int)Value(report, "factory.rowCount"), report.Halls.Count,
            Value(report, "factory.itPowerMw"), Value(report, "power.facilityMw"), Value(report, "facility.pue"),
            (int)Value(report, "factory.cduCount"), (int)Value(report, "factory.leafSwitchCount"), (int)Value(report, "factory.spineSwitchCount"),
            Value(report, "economics.capexUsd"))
        {
            Build = (Value(report, "facility.capexUsdPerMw"), Value(report, "facility.plantCapexUsd"),
                Value(report, "schedule.monthsToFirstToken"), Value(report, "schedule.monthsToFullCapacity")),
            Network = (Value(report, "network.powerKw") / 1000, Value(report, "network.capexPerRackUsd"),
                (int)Value(report, "network.scaleOutTiers"), (int)Value(report, "network.scaleOutPlanes")),
            Findings = [.. report.Diagnostics.Where(d => d.Severity is "error" or "warning")
                .GroupBy(d => $"{d.Severity} {d.Code}").Select(g => $"{g.Key} × {g.Count()}")],
        };
    }

    private static double Value(EvaluationReportDto report, string id) =>
        report.Metrics.SingleOrDefault(m => m.Id == id)?.Value
        ?? throw new InvalidOperationException($"The report has no value for {id}: {string.Join(", ", report.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", Path.Combine(_storeDirectory, "studio.db"));
        builder.UseSetting("RateLimits:Api:BurstLimit", "1000000");
        builder.UseSetting("RateLimits:Api:PermitsPerSecond", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_storeDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind harms nothing.
        }
    }
}
