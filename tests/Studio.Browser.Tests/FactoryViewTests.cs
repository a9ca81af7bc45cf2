using System.Globalization;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>The factory view in a real browser: rows of the Vera Rubin design, their counts, and the server's totals.</summary>
[Collection(StudioCollection.Name)]
public sealed class FactoryViewTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 30_000;

    /// <summary>GPUs in one Vera Rubin NVL72 rack.</summary>
    private const int GpusPerRack = 72;

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
    public async Task SecondRowOfVeraRubin_WithItsCount_RaisesFactoryGpusAndCapex()
    {
        await OpenVeraRubinTemplateAsync();
        await _page.Locator("[data-testid=view-factory]").ClickAsync();
        var rows = _page.Locator("[data-testid=row-block]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator("[data-testid=row-rack-count]")).ToHaveTextAsync("100 racks");
        await WaitForMetricAsync("factory.gpuCount", 100 * GpusPerRack);
        var capexBefore = await MetricAsync("economics.capexUsd");

        // Drag the template's rack design from the list onto the hall: a second row of it, one rack, selected.
        await DragAsync(_page.Locator("[data-testid=rack-design-list] .design-item").First, _page.Locator("[data-hall-id='hall-1'] .hall-drop"));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await WaitForMetricAsync("factory.gpuCount", 101 * GpusPerRack);

        var count = _page.Locator("[data-testid=inspector] input[data-testid=row-count-field]");
        await count.FillAsync("50");
        await count.PressAsync("Enter");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=row-rack-count]")).ToHaveTextAsync("50 racks");
        await WaitForMetricAsync("factory.gpuCount", 150 * GpusPerRack);
        // The server sized the fabric: 150 racks of 18 trays × 8 ConnectX-9 at 800 Gb/s on Spectrum-X Photonics run two
        // planes of 400 Gb/s (256 ports, 128 down) at two tiers. A rail's leaves fill the rows in order, so
        // ⌈2,700 / 128⌉ − ⌈1,800 / 128⌉ = 7 start in this row: × 8 rails × 2 planes = 112. CDUs with the row's N+1 spare.
        await Assertions.Expect(rows.Nth(1).Locator("[data-figure=leaves]")).ToHaveTextAsync("112 leaf switches");
        await Assertions.Expect(rows.Nth(1).Locator("[data-figure=cdus]")).ToContainTextAsync("CDUs (n+1)");
        var capexAt150 = await MetricAsync("economics.capexUsd");
        Assert.True(capexAt150 > capexBefore, $"Capex {capexAt150} should exceed {capexBefore} with 50 more racks.");

        // The first row down to 20: 70 racks in all, and capex falls below where it started.
        await rows.First.ClickAsync();
        await count.FillAsync("20");
        await count.PressAsync("Enter");
        await WaitForMetricAsync("factory.gpuCount", 70 * GpusPerRack);
        var capexAt70 = await MetricAsync("economics.capexUsd");
        Assert.True(capexAt70 < capexBefore, $"Capex {capexAt70} should be under {capexBefore} with 30 fewer racks.");
    }

    [Fact]
    public async Task DoubleClickARow_OpensItsRackDesignOnTheRackCanvas()
    {
        await OpenVeraRubinTemplateAsync();
        await _page.Locator("[data-testid=view-factory]").ClickAsync();

        await _page.Locator("[data-testid=row-block]").First.DblClickAsync();

        await Assertions.Expect(_page.Locator("[data-testid=canvas]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=factory-view]")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator(".rack-node.selected")).ToHaveCountAsync(1);
    }

    private async Task OpenVeraRubinTemplateAsync()
    {
        await _page.GotoAsync("/");
        // The empty state renders only once WebAssembly is interactive and the catalog has loaded.
        await _page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-metric='rack.gpuCount'] [data-testid=metric-value]")).ToHaveTextAsync("72");
    }

    /// <summary>The metric's exact value (data-value): the text shown is rounded for people ("$1.17 B").</summary>
    private async Task<double> MetricAsync(string id) =>
        double.Parse(await _page.Locator($"[data-metric='{id}'] [data-testid=metric-value]").GetAttributeAsync("data-value") ?? "",
            NumberStyles.Float, CultureInfo.InvariantCulture);

    private async Task WaitForMetricAsync(string id, int value) =>
        await Assertions.Expect(_page.Locator($"[data-metric='{id}'] [data-testid=metric-value]"))
            .ToHaveTextAsync(value.ToString("#,0", CultureInfo.InvariantCulture));

    private async Task DragAsync(ILocator source, ILocator target)
    {
        var from = await source.BoundingBoxAsync() ?? throw new InvalidOperationException("The drag source is not visible.");
        var to = await target.BoundingBoxAsync() ?? throw new InvalidOperationException("The drop target is not visible.");
        await _page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await _page.Mouse.DownAsync();
        await _page.Mouse.MoveAsync(from.X + from.Width / 2 + 30, from.Y + from.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
        await _page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new MouseMoveOptions { Steps = 12 });
        await _page.Mouse.UpAsync();
    }
}
