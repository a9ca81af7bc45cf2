using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// Interactions only a real browser shows: where focus and clicks land, how the canvas is panned and zoomed, and what
/// covers what on screen (at 1280 × 720, the smallest screen the studio is laid out for).
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class InteractionTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private const string ScenarioFields = "[data-testid=inspector] >> text=Select a rack, part or connection";
    private readonly StudioPages _pages = new(studio, Timeout);

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Timeout);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Fact]
    public async Task SelectedTray_EmptyCanvasClickAndEscapeClearIt_KeysUndoAndRedo()
    {
        var page = await OpenTemplateAsync();
        var slot = page.Locator(".rack-slot[data-part-id='ct-01']");

        await slot.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=inspector] .inspector-title")).ToContainTextAsync("ct-01");
        await Assertions.Expect(page.Locator(ScenarioFields)).ToHaveCountAsync(0);
        var canvas = await Box(page.Locator("[data-testid=canvas]"));
        await page.Mouse.ClickAsync(canvas.X + 15, canvas.Y + 15);
        await Assertions.Expect(page.Locator(ScenarioFields)).ToBeVisibleAsync();

        await slot.ClickAsync();
        await Assertions.Expect(page.Locator(ScenarioFields)).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(ScenarioFields)).ToBeVisibleAsync();

        // Add a tray with the palette's + (focus stays on that button, not in a text field), then undo and redo it by key.
        await page.Locator(".palette-item[data-part-id='vr.compute-tray'] .palette-add").ClickAsync();
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("76");
        var snackbar = page.Locator(".mud-snackbar").First;
        await Assertions.Expect(snackbar).ToBeVisibleAsync();
        Assert.False(Overlap(await Box(snackbar), await Box(page.Locator("[data-testid=inspector]"))), "the snackbar covers the inspector");

        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("72");
        await page.Keyboard.PressAsync("Control+Shift+Z");
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("76");
        await page.Keyboard.PressAsync("Control+z");
        await page.Keyboard.PressAsync("Control+y");
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("76");

        // In a text field Ctrl+Z is the field's own undo, not the design's.
        await page.Locator("[data-testid=inspector] input").First.FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Task.Delay(500);
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("76");
    }

    [Fact]
    public async Task TemplateAfterPanningAway_OpensInView_AndTheZoomButtonsZoom()
    {
        var page = await OpenTemplateAsync();
        var canvas = await Box(page.Locator("[data-testid=canvas]"));
        // Pan the rack off-screen: drag the empty strip along the canvas's top edge to the left, three times over.
        for (var i = 0; i < 3; i++)
        {
            await page.Mouse.MoveAsync(canvas.X + canvas.Width - 10, canvas.Y + 15);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(canvas.X + 10, canvas.Y + 15, new MouseMoveOptions { Steps = 10 });
            await page.Mouse.UpAsync();
        }

        Assert.False(Inside(await Box(page.Locator(".rack-node").First), canvas), "the rack should be panned out of view");

        await page.Locator("[data-testid=template-menu] button").First.ClickAsync();
        await page.Locator(".mud-menu-item[data-template='gb200-nvl72']").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=scenario-name]")).ToContainTextAsync("GB200");
        await page.WaitForFunctionAsync(
            """
            () => {
              const canvas = document.querySelector("[data-testid=canvas]").getBoundingClientRect();
              const nodes = [...document.querySelectorAll(".diagram-node")].map(n => n.getBoundingClientRect());
              return nodes.length > 0 && nodes.every(r => r.left >= canvas.left && r.top >= canvas.top
                && r.right <= canvas.right + 1 && r.bottom <= canvas.bottom + 1);
            }
            """);

        var rack = page.Locator(".rack-node").First;
        var fitted = (await Box(rack)).Width;
        await page.Locator("[data-testid=zoom-out]").ClickAsync();
        await UntilAsync(async () => (await Box(rack)).Width < fitted * 0.9, "zoomed out");
        await page.Locator("[data-testid=zoom-fit]").ClickAsync();
        await UntilAsync(async () => Math.Abs((await Box(rack)).Width - fitted) < 2, "fitted again");
    }

    [Fact]
    public async Task StaleSave_ConflictBanner_IsOpaqueWithButtonsSideBySideNotOverlapping()
    {
        var mine = await OpenTemplateAsync();
        await mine.Locator("button[data-testid=save]").ClickAsync();
        await Assertions.Expect(mine.Locator("[data-testid=save-status]")).ToHaveTextAsync("Saved · v1");
        await mine.WaitForURLAsync(url => url.Contains("/s/", StringComparison.Ordinal));

        // Someone else opens the same version and saves first.
        var theirs = await NewPageAsync();
        await theirs.GotoAsync(mine.Url);
        await Assertions.Expect(Metric(theirs, "rack.gpuCount")).ToHaveTextAsync("72");
        await theirs.Locator(".palette-item[data-part-id='vr.compute-tray'] .palette-add").ClickAsync();
        await theirs.Locator("button[data-testid=save]").ClickAsync();
        await Assertions.Expect(theirs.Locator("[data-testid=save-status]")).ToHaveTextAsync("Saved · v2");

        await mine.Locator(".palette-item[data-part-id='vr.compute-tray'] .palette-add").ClickAsync();
        await mine.Locator("button[data-testid=save]").ClickAsync();

        var banner = mine.Locator("[data-testid=conflict]");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await mine.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "studio-conflict.png") });
        var background = await banner.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.StartsWith("rgb(", background, StringComparison.Ordinal);
        var bannerBox = await Box(banner);
        var fork = await Box(mine.Locator("[data-testid=conflict-fork]"));
        var reload = await Box(mine.Locator("[data-testid=conflict-reload]"));
        Assert.False(Overlap(fork, reload), $"the buttons overlap: {fork.X},{fork.Y} {fork.Width}×{fork.Height} and {reload.X},{reload.Y} {reload.Width}×{reload.Height}");
        Assert.True(Inside(fork, bannerBox) && Inside(reload, bannerBox), "a button runs out of the banner");
    }

    [Fact]
    public async Task ClosingATabWithUnsavedEdits_Warns_AndTheNextVisitOffersTheWorkBack()
    {
        var page = await OpenTemplateAsync();
        await page.Locator(".palette-item[data-part-id='vr.compute-tray'] .palette-add").ClickAsync();
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("76");
        await page.WaitForFunctionAsync("() => localStorage.getItem('studio.draft.v1.document') !== null");
        var warned = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            warned.TrySetResult(dialog.Type);
            await dialog.AcceptAsync();
        };

        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

        Assert.Equal("beforeunload", await warned.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        // The same browser (its storage) on the next visit.
        var next = await page.Context.NewPageAsync();
        next.SetDefaultTimeout(Timeout);
        await next.GotoAsync("/");
        await next.Locator("[data-testid=draft-restore]").ClickAsync();
        await Assertions.Expect(Metric(next, "rack.gpuCount")).ToHaveTextAsync("76");
        await Assertions.Expect(next.Locator("[data-testid=draft-offer]")).ToHaveCountAsync(0);
    }

    private Task<IPage> NewPageAsync() => _pages.NewPageAsync();

    private async Task<IPage> OpenTemplateAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("72");
        return page;
    }

    /// <summary>Polls a measurement: the canvas re-renders after a zoom on the next frame, not at the click.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }

    private static ILocator Metric(IPage page, string id) => page.Locator($"[data-metric='{id}'] [data-testid=metric-value]");

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("Not on screen.");

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static bool Inside(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer) =>
        inner.X >= outer.X - 1 && inner.Y >= outer.Y - 1
        && inner.X + inner.Width <= outer.X + outer.Width + 1 && inner.Y + inner.Height <= outer.Y + outer.Height + 1;
}
