using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Studio.Browser.Tests;

/// <summary>
/// What a first visit and a reload cost in bytes over the wire, on the studio as published (issue 18: under 10 MB
/// cold, under 1 MB from the cache). Bytes, not seconds: time on this machine is measured in benchmarks.
/// </summary>
public sealed class FirstLoadTests(PublishedStudioFixture studio, ITestOutputHelper output) : IClassFixture<PublishedStudioFixture>
{
    private const long ColdBudgetBytes = 10_000_000;
    private const long ReloadBudgetBytes = 1_000_000;

    [Fact]
    public async Task FirstVisitAndReload_PublishedStudio_StayWithinTheirByteBudgets()
    {
        await using var context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = studio.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        var cold = await TransferredBytesAsync(page, () => page.GotoAsync("/"));
        var reload = await TransferredBytesAsync(page, () => page.ReloadAsync());

        // The times are for the log, never asserted: a loaded machine stretches them.
        output.WriteLine($"First visit: {cold.Bytes:N0} bytes in {cold.Responses} responses, interactive after {cold.Elapsed.TotalSeconds:0.0} s; " +
            $"reload: {reload.Bytes:N0} bytes in {reload.Responses}, {reload.Elapsed.TotalSeconds:0.0} s.");
        Assert.True(cold.Bytes < ColdBudgetBytes, $"A first visit transferred {cold.Bytes:N0} bytes in {cold.Responses} responses; the budget is {ColdBudgetBytes:N0}.");
        Assert.True(reload.Bytes < ReloadBudgetBytes, $"A reload transferred {reload.Bytes:N0} bytes in {reload.Responses} responses; the budget is {ReloadBudgetBytes:N0}.");
        Assert.Contains(cold.Encodings, encoding => encoding == "br");
    }

    /// <summary>
    /// Bytes on the wire (headers and encoded bodies) for everything the page fetches until the studio is interactive:
    /// the start screen's template buttons render only once WebAssembly runs and the catalog has loaded.
    /// </summary>
    private static async Task<(long Bytes, int Responses, HashSet<string> Encodings, TimeSpan Elapsed)> TransferredBytesAsync(IPage page, Func<Task> navigate)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var finished = new List<IRequest>();
        var encodings = new HashSet<string>();
        void OnFinished(object? sender, IRequest request) => finished.Add(request);
        page.RequestFinished += OnFinished;
        await navigate();
        await page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        page.RequestFinished -= OnFinished;
        var elapsed = clock.Elapsed;

        long bytes = 0;
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            if (await request.ResponseAsync() is { } response && response.Headers.TryGetValue("content-encoding", out var encoding))
            {
                encodings.Add(encoding);
            }
        }

        return (bytes, finished.Count, encodings, elapsed);
    }
}
