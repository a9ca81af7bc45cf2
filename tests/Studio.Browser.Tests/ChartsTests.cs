using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// The charts in a real browser against the real POST /api/compare: Plotly draws every chart, an edit on the canvas
/// redraws them, and the README's screenshot of the studio comes from here so it always shows the current studio.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class ChartsTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 60_000;

    private static readonly string[] s_charts = ["frontier", "cost", "capex", "training", "thermal", "chiller", "power", "buildout", "cash", "waterfall", "network", "schedule", "capacity"];

    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = studio.BaseAddress.ToString(),
            // Tall enough that the open charts dock shows two rows of charts and the canvas above stays usable.
            ViewportSize = new ViewportSize { Width = 1600, Height = 1200 },
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(Timeout);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task OpenCharts_ThenDeleteATrayOnTheCanvas_EveryChartRendersAndTheTracesChange()
    {
        await _page.GotoAsync("/");
        await _page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-metric='rack.gpuCount'] [data-testid=metric-value]")).ToHaveTextAsync("72", new() { Timeout = Timeout });

        await _page.Locator("[data-testid=charts-toggle]").ClickAsync();

        await WaitForComparisonAsync();
        foreach (var chart in s_charts)
        {
            // Plotly marks a drawn chart's element and fills it with its SVG layers.
            await Assertions.Expect(_page.Locator($"#chart-{chart}.js-plotly-plot .main-svg").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        }

        var frontier = await TracesAsync("frontier");
        Assert.Contains(frontier, t => t.Name == "Design" && t.Y.Count > 1);
        Assert.Contains(frontier, t => t.Name.StartsWith("GB200 NVL72", StringComparison.Ordinal) && t.Y.Count > 1);
        Assert.Contains(frontier, t => t.Name == "Design high" && t.Fill == "tonexty");
        var itBefore = (await TracesAsync("power")).Single(t => t.Name == "IT").Y[0];
        var cashBefore = (await TracesAsync("cash")).Single(t => t.Name == "Design").Y;

        await SaveScreenshotAsync();
        await ExpectDownloadsAsync();
        await ExpectProvenanceOnHoverAsync();
        await ExpectPrintedReportAsync();

        // An edit on the canvas: select a compute tray in the rack and delete it (18 trays → 17).
        await _page.Locator(".rack-slot[data-part-id='ct-18']").ClickAsync();
        await _page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(_page.Locator("[data-metric='rack.gpuCount'] [data-testid=metric-value]")).ToHaveTextAsync("68", new() { Timeout = Timeout });
        await WaitForComparisonAsync();
        await _page.WaitForFunctionAsync(
            "([id, before]) => document.getElementById(id).data.find(t => t.name === 'IT').y[0] !== before",
            new object?[] { "chart-power", itBefore });

        var itAfter = (await TracesAsync("power")).Single(t => t.Name == "IT").Y[0];
        Assert.True(itAfter < itBefore, $"IT per rack should fall with a tray less: {itBefore} → {itAfter}");
        Assert.NotEqual(cashBefore, (await TracesAsync("cash")).Single(t => t.Name == "Design").Y);
    }

    /// <summary>
    /// The frontier's data as CSV and its picture as PNG (the card's button, in print colours) reach the browser's
    /// downloads; the PNG is opaque white where the screen's chart is transparent.
    /// </summary>
    private async Task ExpectDownloadsAsync()
    {
        var csv = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("[data-chart=frontier] [data-testid=csv]").ClickAsync());
        Assert.Equal("frontier-vs-gb200-nvl72-reference-design.csv", csv.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await csv.PathAsync());
        Assert.StartsWith("series,panel,", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDesign,,", text, StringComparison.Ordinal);

        var png = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("[data-chart=frontier] [data-testid=png]").ClickAsync());
        Assert.Equal("frontier-vs-gb200-nvl72-reference-design.png", png.SuggestedFilename);
        Assert.Equal((255, 255, 255, 255), FirstPixel(await File.ReadAllBytesAsync(await png.PathAsync())));
    }

    /// <summary>
    /// The top-left pixel of a PNG as RGBA. Whatever filter the first scanline uses, its first pixel is stored as it is
    /// (there is nothing to its left or above), so inflating the image data and reading past the filter byte suffices.
    /// </summary>
    private static (int R, int G, int B, int A) FirstPixel(byte[] png)
    {
        var colourType = png[8 + 8 + 9];
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                data.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var row = new byte[5];
        inflated.ReadExactly(row);
        return (row[1], row[2], row[3], colourType == 6 ? row[4] : 255);
    }

    /// <summary>Printing shows the results and charts dark on white, and none of the editing panels.</summary>
    private async Task ExpectPrintedReportAsync()
    {
        await _page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        try
        {
            Assert.Equal("rgb(255, 255, 255)", await _page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.Equal("rgb(31, 35, 40)", await _page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.metric-label')).color"));
            await Assertions.Expect(_page.Locator("[data-testid=results]")).ToBeVisibleAsync();
            await Assertions.Expect(_page.Locator("#chart-frontier")).ToBeVisibleAsync();
            await Assertions.Expect(_page.Locator("#studio-palette")).ToBeHiddenAsync();
            // The results flow on: the page is taller than the screen, not cut at its height.
            Assert.True(await _page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight"), "the printed results are cut at the screen's height");
        }
        finally
        {
            await _page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
    }

    /// <summary>Hovering the design's operating point shows its value and where the number comes from.</summary>
    private async Task ExpectProvenanceOnHoverAsync()
    {
        // Where Plotly drew the point: its axes map data to pixels inside the plot area.
        var at = await _page.EvaluateAsync<double[]>("""
            () => {
              const gd = document.getElementById('chart-frontier');
              const layout = gd._fullLayout;
              const box = gd.getBoundingClientRect();
              const point = gd.data.find(t => t.name === 'Design at the target');
              return [box.left + layout._size.l + layout.xaxis.l2p(point.x[0]), box.top + layout._size.t + layout.yaxis.l2p(point.y[0])];
            }
            """);
        await _page.Mouse.MoveAsync((float)at[0], (float)at[1], new MouseMoveOptions { Steps = 3 });

        var hover = _page.Locator("#chart-frontier .hoverlayer .hovertext");
        await Assertions.Expect(hover.First).ToContainTextAsync("Design at the target", new() { Timeout = Timeout });
        // The metric's provenance: its kind in the results panel's words, and at least one source by id.
        await Assertions.Expect(hover.First).ToContainTextAsync(new Regex("(Vendor figure|Estimate|Scenario input|Derived)"));
        await Assertions.Expect(hover.First).ToContainTextAsync(new Regex(@"\b[SX]\d+\b"));
        // The hover box, side box included, stays inside its card.
        var card = await _page.Locator("[data-chart=frontier]").BoundingBoxAsync();
        var box = await _page.Locator("#chart-frontier .hoverlayer .hovertext").First.BoundingBoxAsync();
        Assert.True(card is not null && box is not null && box.Width <= card.Width, $"the hover box ({box?.Width} px) is wider than its card ({card?.Width} px)");
        await _page.Mouse.MoveAsync(5, 5);
    }

    private async Task WaitForComparisonAsync() =>
        await Assertions.Expect(_page.Locator("[data-testid=charts]")).ToHaveAttributeAsync("data-status", "UpToDate", new() { Timeout = Timeout });

    /// <summary>The traces Plotly is drawing, read from the chart element (Plotly keeps them on it as .data).</summary>
    private async Task<List<PlotTrace>> TracesAsync(string chart)
    {
        var json = await _page.EvaluateAsync<string>(
            "id => JSON.stringify(document.getElementById(id).data.map(t => ({ name: t.name, fill: t.fill ?? null, y: (t.y ?? []).map(v => v === null ? null : Number(v)) })))",
            $"chart-{chart}");
        return JsonSerializer.Deserialize<List<PlotTrace>>(json, JsonSerializerOptions.Web) ?? [];
    }

    /// <summary>docs/images/studio.png, which the README shows: rewritten by every run, so it never goes stale.</summary>
    private async Task SaveScreenshotAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Studio.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "docs", "images", "studio.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Hover boxes and the pointer's highlight would be in the picture: move the pointer off the charts first.
        await _page.Mouse.MoveAsync(5, 5);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
    }

    private sealed record PlotTrace(string Name, string? Fill, List<double?> Y);
}
