using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Studio.Contracts;

namespace Studio.LoadTest;

/// <summary>
/// Drives the API: each worker saves its own scenario once, then loops until the deadline, either evaluating the
/// design or saving the next version of its scenario (so saves never conflict with each other), and times every
/// request. At the end it deletes what it saved, so a run leaves the store as it found it.
/// </summary>
public static class LoadRunner
{
    public const string Evaluate = "evaluate";
    public const string Save = "save";

    public static async Task<LoadReport> RunAsync(LoadTestOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.BaseAddress,
            Timeout = options.RequestTimeout,
        };

        // One look before any load: a server without the store (another program on the port, an older studio) gets none.
        using (var probe = await http.GetAsync("api/scenarios?limit=1", cancellationToken))
        {
            if (probe.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException(
                    $"GET {options.BaseAddress}api/scenarios answered {(int)probe.StatusCode}: this is not a studio with a scenario store, so no load was sent");
            }
        }

        var template = await http.GetStringAsync($"api/templates/{Uri.EscapeDataString(options.Template)}", cancellationToken);
        var document = JsonNode.Parse(template)!.AsObject();
        document["name"] = $"Load test {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}";
        var body = Encoding.UTF8.GetBytes(document.ToJsonString());

        var recorders = Enumerable.Range(0, options.Concurrency).Select(_ => new Recorder()).ToArray();
        var scenarios = new string?[options.Concurrency];
        await log.WriteLineAsync($"Driving {options.BaseAddress} for {options.Duration.TotalSeconds:0} s with {options.Concurrency} workers ({options.SaveFraction:P0} saves)...");
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(worker =>
            RunWorkerAsync(http, body, options.SaveFraction, recorders[worker], id => scenarios[worker] = id, worker, stop.Token)));
        var elapsed = clock.Elapsed;

        foreach (var id in scenarios.OfType<string>())
        {
            using var deleted = await http.DeleteAsync($"api/scenarios/{id}", CancellationToken.None);
        }

        return LoadReport.From(options, elapsed, recorders);
    }

    private static async Task RunWorkerAsync(
        HttpClient http, byte[] body, double saveFraction, Recorder recorder, Action<string> created, int worker, CancellationToken stop)
    {
        var random = new Random(worker);
        string? scenarioId = null;
        var version = 0;
        while (!stop.IsCancellationRequested)
        {
            var save = scenarioId is null || random.NextDouble() < saveFraction;
            var url = save
                ? scenarioId is null ? "api/scenarios" : $"api/scenarios/{scenarioId}/versions?baseVersion={version}"
                : "api/evaluate";
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync(url, content, stop);
                var status = (int)response.StatusCode;
                if (save && response.StatusCode == HttpStatusCode.Created)
                {
                    var saved = await response.Content.ReadFromJsonAsync(StudioJsonContext.Default.SavedVersionDto, CancellationToken.None);
                    scenarioId ??= saved!.ScenarioId;
                    version = saved!.Version;
                    created(scenarioId);
                }
                else
                {
                    await response.Content.LoadIntoBufferAsync(CancellationToken.None);
                }

                recorder.Add(save ? Save : Evaluate, Stopwatch.GetElapsedTime(started), status);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The run ended mid-request: not a result either way.
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                recorder.Add(save ? Save : Evaluate, Stopwatch.GetElapsedTime(started), 0, ex.GetType().Name);
            }
        }
    }
}

/// <summary>One worker's measurements; merged after the run, so workers never contend on a lock.</summary>
internal sealed class Recorder
{
    public Dictionary<string, List<double>> Milliseconds { get; } = [];

    public Dictionary<string, int> Outcomes { get; } = [];

    public void Add(string operation, TimeSpan elapsed, int status, string? failure = null)
    {
        if (!Milliseconds.TryGetValue(operation, out var list))
        {
            Milliseconds[operation] = list = [];
        }

        list.Add(elapsed.TotalMilliseconds);
        var key = $"{operation} {failure ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        Outcomes[key] = Outcomes.GetValueOrDefault(key) + 1;
    }
}
