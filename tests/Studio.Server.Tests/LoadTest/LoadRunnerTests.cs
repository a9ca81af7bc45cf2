using System.Net;
using System.Net.Sockets;
using Studio.LoadTest;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.LoadTest;

/// <summary>The load generator: its safety checks, its statistics, and a two-second run against a real server.</summary>
public sealed class LoadRunnerTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5180")]
    [InlineData("http://localhost:5180")]
    [InlineData("http://[::1]:5180")]
    [InlineData("http://127.8.9.10:80")]
    public void Parse_LoopbackAddress_IsAccepted(string url)
    {
        var (options, error) = LoadTestOptions.Parse(["--url", url]);

        Assert.Null(error);
        Assert.NotNull(options);
    }

    [Theory]
    [InlineData("http://10.0.0.5:5180")]
    [InlineData("http://192.168.1.2")]
    [InlineData("https://example.com")]
    public void Parse_AddressOffThisMachine_IsRefused(string url)
    {
        var (options, error) = LoadTestOptions.Parse(["--url", url]);

        Assert.Null(options);
        Assert.Contains("not on this machine", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--duration", "0")]
    [InlineData("--duration", "601")]
    [InlineData("--concurrency", "0")]
    [InlineData("--saves", "1.5")]
    [InlineData("--bogus", "1")]
    public void Parse_ValueOutOfBounds_IsRefusedWithTheUsage(string name, string value)
    {
        var (options, error) = LoadTestOptions.Parse([name, value]);

        Assert.Null(options);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Defaults_AreSixtySecondsOnTheDefaultPort()
    {
        var (options, _) = LoadTestOptions.Parse([]);

        Assert.Equal((60, 8, 0.2), (options!.Duration.TotalSeconds, options.Concurrency, options.SaveFraction));
        Assert.Equal("http://127.0.0.1:5180/", options.BaseAddress.ToString());
    }

    [Fact]
    public void Percentile_NearestRank_IsAMeasuredValue()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal((5, 9, 10, 1), (LoadReport.Percentile(sorted, 50), LoadReport.Percentile(sorted, 90), LoadReport.Percentile(sorted, 99), LoadReport.Percentile(sorted, 1)));
        Assert.True(double.IsNaN(LoadReport.Percentile([], 50)));
    }

    [Fact]
    public async Task Run_TwoSecondsAgainstTheStudio_EvaluatesAndSavesWithoutErrorsAndCleansUp()
    {
        await using var studio = new StudioFactory();
        // All load comes from 127.0.0.1: raise the per-client limit as docs/performance.md does.
        studio.Settings["RateLimits:Api:BurstLimit"] = "1000000";
        studio.Settings["RateLimits:Api:PermitsPerSecond"] = "1000000";
        var port = FreePort();
        studio.UseKestrel(port);
        studio.StartServer();
        var options = new LoadTestOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Duration = TimeSpan.FromSeconds(2),
            Concurrency = 2,
            SaveFraction = 0.5,
        };

        var report = await LoadRunner.RunAsync(options, TextWriter.Null);

        Assert.True(report.Errors == 0, report.ToMarkdown());
        Assert.Contains(report.Operations, o => o.Operation == LoadRunner.Save && o.Requests > 0);
        Assert.All(report.Operations, o => Assert.True(o.P50 <= o.P90 && o.P90 <= o.P99 && o.P99 <= o.Max, o.ToString()));
        Assert.Contains("| **all** |", report.ToMarkdown(), StringComparison.Ordinal);
        // It deletes what it saved.
        using var client = new HttpClient { BaseAddress = options.BaseAddress };
        Assert.Equal("[]", await client.GetStringAsync("/api/scenarios"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
