using System.Net;
using System.Text.Json;
using Studio.Contracts;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

public sealed class HealthEndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    [Fact]
    public async Task GetHealth_ServerRunning_Returns200WithStatusOk()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetHealth_NoGpuHere_SaysTheSweepsRunAsParallelLoops()
    {
        using var client = factory.CreateClient();

        var health = JsonSerializer.Deserialize(await client.GetStringAsync("/api/health"), StudioJsonContext.Default.HealthDto)!;

        // This machine (and CI) has no NVIDIA GPU: the default device is the parallel loops, on every core.
        Assert.Equal("ParallelLoops", health.Accelerator.Kind);
        Assert.Equal(Environment.ProcessorCount, health.Accelerator.Multiprocessors);
    }
}
