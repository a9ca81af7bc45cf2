using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Studio.Benchmarks;

/// <summary>
/// POST /api/evaluate of each template and of a design with 400 racks on the canvas (<see cref="LargeCanvas"/>), in
/// process: the real server (routing, intake, mapping, the evaluator on the accelerator the server picks, JSON of the
/// report) hosted by WebApplicationFactory, with no socket in between. One request per iteration; read the Median
/// column.
/// </summary>
[Config(typeof(LatencyJobConfig))]
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private StudioServer? _server;
    private HttpClient? _client;
    private byte[] _body = [];

    [ParamsSource(nameof(TemplateNames))]
    public string Template { get; set; } = "";

    public static IEnumerable<string> TemplateNames() => [.. Templates.Names(), LargeCanvas.Name];

    [GlobalSetup]
    public void Setup()
    {
        _server = new StudioServer();
        _client = _server.CreateClient();
        _body = Template == LargeCanvas.Name ? LargeCanvas.Build() : Templates.Read(Template);

        // The first request starts the host, warms the accelerator and JIT-compiles the path: not a measurement.
        _ = Evaluate().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Evaluate()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client!.PostAsync(new Uri("/api/evaluate", UriKind.Relative), content);
        var report = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/evaluate of {Template} answered {(int)response.StatusCode}.");
        }

        return report.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _server?.Dispose();
    }
}

/// <summary>
/// The studio server in memory on a throw-away store, with the per-client rate limit out of the way (every request
/// comes from one client) and only warnings logged (a log line per request would be part of the measurement).
/// </summary>
internal sealed class StudioServer : WebApplicationFactory<Program>
{
    private readonly string _storeDirectory = Path.Combine(Path.GetTempPath(), "studio-bench", Guid.NewGuid().ToString("N"));

    static StudioServer()
    {
        // WebApplicationFactory looks for MvcTestingAppManifest.json in the current directory, which is the test
        // output under `dotnet test` but the repository root under `dotnet run`: point it at the server's content
        // root through its documented setting, read from the manifest the build put beside this program.
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", Path.Combine(_storeDirectory, "studio.db"));
        builder.UseSetting("RateLimits:Api:BurstLimit", "1000000");
        builder.UseSetting("RateLimits:Api:PermitsPerSecond", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
