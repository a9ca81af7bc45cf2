using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Studio.Server.Tests.TestSupport;
using Xunit.Abstractions;

namespace Studio.Server.Tests.Api;

/// <summary>Measures the whole process's managed heap, so nothing else may run beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemorySoakCollection
{
    public const string Name = "Memory soak";
}

/// <summary>
/// Issue 19: resident memory grew from 250 MB to 1.15 GB over 10,000 fuzzed requests and stayed there. This sends
/// large and fuzzed requests for a few seconds, after a warm-up of the same mix (so pools and caches have reached the
/// size they keep), and fails if the managed heap after a full collection grew by more than <see cref="MaxGrowthBytes"/>.
/// </summary>
[Collection(MemorySoakCollection.Name)]
public sealed class MemorySoakTests(ITestOutputHelper output)
{
    /// <summary>
    /// The engine's pool keeps at most about 33 MB at the default sweep sizes, and the warm-up fills most of it;
    /// retention that grows per thread, as ArrayPool.Shared's did, adds 1–4 MB per buffer for every new thread and
    /// keeps going.
    /// </summary>
    private const long MaxGrowthBytes = 48L * 1024 * 1024;

    private static readonly TimeSpan s_soak = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Api_ManyLargeAndFuzzedRequests_ManagedMemoryStaysBounded()
    {
        await using var server = new StudioFactory();
        using var client = server.CreateClient();
        var bodies = await BodiesAsync(client);

        // Two rounds: enough evaluations at once to fill the engine's bounded pool to what it keeps.
        await SendAsync(client, bodies, TimeSpan.Zero, minimumRequests: 2 * bodies.Count);
        var before = HeapAfterFullCollection();
        var sent = await SendAsync(client, bodies, s_soak, minimumRequests: bodies.Count);
        var after = HeapAfterFullCollection();
        output.WriteLine($"managed heap after a full collection: {before / 1e6:F1} MB after the warm-up, {after / 1e6:F1} MB after {sent} more requests");

        Assert.True(after - before < MaxGrowthBytes,
            $"The managed heap grew from {before / 1e6:F1} MB to {after / 1e6:F1} MB over {sent} requests (bound {MaxGrowthBytes / 1e6:F0} MB).");
    }

    /// <summary>Four workers, each sending the bodies in turn until the time is up and at least the minimum are sent; never a 5xx.</summary>
    private static async Task<int> SendAsync(HttpClient client, IReadOnlyList<(string Path, byte[] Body)> bodies, TimeSpan duration, int minimumRequests)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed < duration || Volatile.Read(ref sent) < minimumRequests; i++)
            {
                var (path, body) = bodies[i % bodies.Count];
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(path, content);
                Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
                Interlocked.Increment(ref sent);
            }
        }));
        return sent;
    }

    /// <summary>Valid large designs, bodies near the size limit with bytes flipped, and comparisons with a broken baseline.</summary>
    private static async Task<List<(string Path, byte[] Body)>> BodiesAsync(HttpClient client)
    {
        var random = new Random(19);
        var rubin = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var factory = await client.GetTemplateDocumentAsync("gb200-factory-1gw");
        var canvas = Encoding.UTF8.GetBytes(LargeCanvasDocument.Build(rubin, 100).ToJsonString());
        var bodies = new List<(string, byte[])>
        {
            ("/api/evaluate", Encoding.UTF8.GetBytes(factory.ToJsonString())),
            ("/api/evaluate", canvas),
            ("/api/compare", Encoding.UTF8.GetBytes(new JsonObject { ["scenario"] = rubin.DeepClone(), ["baseline"] = new JsonObject { ["template"] = "gb300-factory-1gw" } }.ToJsonString())),
        };

        var large = Encoding.UTF8.GetBytes(LargeCanvasDocument.Build(rubin, 400).ToJsonString());
        for (var i = 0; i < 4; i++)
        {
            bodies.Add(("/api/evaluate", Flipped(large, random)));
            bodies.Add(("/api/scenarios", Flipped(canvas, random)));
            var compare = Encoding.UTF8.GetBytes(new JsonObject { ["scenario"] = rubin.DeepClone(), ["baseline"] = new JsonObject { ["scenario"] = factory.DeepClone() } }.ToJsonString());
            bodies.Add(("/api/compare", Flipped(compare, random)));
        }

        Assert.All(bodies, b => Assert.True(b.Item2.Length < 1024 * 1024 || b.Item1 == "/api/compare"));
        return bodies;
    }

    private static byte[] Flipped(byte[] body, Random random)
    {
        var copy = body.ToArray();
        for (var i = 0; i < 3; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return copy;
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
