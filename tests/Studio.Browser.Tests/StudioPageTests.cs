using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>The studio end to end in a real browser: WebAssembly client, canvas, server evaluation.</summary>
[Collection(StudioCollection.Name)]
public sealed class StudioPageTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = studio.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(Timeout);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task DragComputeTray_OntoVeraRubinRack_GpuCountAndPowerRise()
    {
        await OpenVeraRubinTemplateAsync();
        Assert.Equal("72", await MetricAsync("rack.gpuCount"));
        var powerBefore = double.Parse(await MetricAsync("rack.itPowerKw"), System.Globalization.CultureInfo.InvariantCulture);

        // A real pointer drag: press on the palette item, move in steps, release over the rack's free zone.
        await DragAsync(_page.Locator(".palette-item[data-part-id='vr.compute-tray']"), _page.Locator(".rack-node .rack-free"));

        // 18 → 19 trays: 19 × 4 = 76 GPUs, and one tray's load more: 4 × 1.8 + 2 × 0.45 + 8 × 0.06 + 0.15 + 1.0
        // = 9.73 kW at the catalog's defaults. The panel shows one decimal, so each reading is within 0.05 kW.
        await WaitForMetricAsync("rack.gpuCount", "76");
        var powerAfter = double.Parse(await MetricAsync("rack.itPowerKw"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(powerAfter - powerBefore, 9.73 - 0.1, 9.73 + 0.1);

        // The new tray is the 73rd–76th GPU of an NVLink domain that joins 72: the rule flags it on the part itself.
        var slot = _page.Locator(".rack-slot[data-part-id='ct-19']");
        await Assertions.Expect(slot.Locator("[data-severity='error']")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=results] [data-code='nvlink.domainTooLarge']")).ToBeVisibleAsync();
        // The new tray is selected, so the inspector shows the same finding for it.
        await Assertions.Expect(_page.Locator("[data-testid=inspector] [data-code='nvlink.domainTooLarge']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task DrawLink_FromRackPortToNewCdu_AddsCoolantConnection()
    {
        await OpenVeraRubinTemplateAsync();

        await DragAsync(_page.Locator(".palette-item[data-part-id='vr.cdu-in-row']"), _page.Locator("[data-testid=canvas]"),
            targetOffset: (900, 700));
        var cdu = _page.Locator(".equipment-node[data-equipment-id='cdu-02']");
        await Assertions.Expect(cdu).ToBeVisibleAsync();
        await Assertions.Expect(cdu).ToContainTextAsync("drag a link from a rack's port");

        await DragAsync(_page.Locator(".rack-node .studio-port"), cdu.Locator(".studio-port"));

        await Assertions.Expect(cdu).ToContainTextAsync("1 rack connected");
        await Assertions.Expect(_page.Locator(".default-link-label", new PageLocatorOptions { HasTextString = "coolant" })).ToHaveCountAsync(2);
    }

    private async Task OpenVeraRubinTemplateAsync()
    {
        await _page.GotoAsync("/");
        // The empty state renders only once WebAssembly is interactive and the catalog has loaded.
        await _page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await WaitForMetricAsync("rack.gpuCount", "72");
    }

    private Task<string> MetricAsync(string id) =>
        _page.Locator($"[data-metric='{id}'] [data-testid=metric-value]").InnerTextAsync();

    private async Task WaitForMetricAsync(string id, string value) =>
        await Assertions.Expect(_page.Locator($"[data-metric='{id}'] [data-testid=metric-value]")).ToHaveTextAsync(value);

    private async Task DragAsync(ILocator source, ILocator target, (float X, float Y)? targetOffset = null)
    {
        var from = await source.BoundingBoxAsync() ?? throw new InvalidOperationException("The drag source is not visible.");
        var to = await target.BoundingBoxAsync() ?? throw new InvalidOperationException("The drop target is not visible.");
        var (toX, toY) = targetOffset is { } offset ? (to.X + offset.X, to.Y + offset.Y) : (to.X + to.Width / 2, to.Y + to.Height / 2);
        await _page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await _page.Mouse.DownAsync();
        await _page.Mouse.MoveAsync(from.X + from.Width / 2 + 30, from.Y + from.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
        await _page.Mouse.MoveAsync(toX, toY, new MouseMoveOptions { Steps = 12 });
        await _page.Mouse.UpAsync();
    }
}
