using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// The scenario inspector's power train and schedule, and the charts that draw them, in a real browser against the
/// server's sizing: the train as built lists its blocks with figures, the rack feed moves the losses and capex, a late
/// grid phase moves the first token, and the schedule and capacity charts draw traces.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class PowerAndScheduleTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 60_000;

    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = studio.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1200 },
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(Timeout);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task PowerTrain_ListsItsBlocks_AndAnEightHundredVoltFeedMovesTheLosses()
    {
        await OpenTemplateAsync("vera-rubin-factory-100mw");
        var power = _page.Locator("[data-testid=power-train-inspector]");
        var table = power.Locator("[data-testid=power-train-table]");
        await Assertions.Expect(table).ToBeVisibleAsync(new() { Timeout = Timeout });

        foreach (var kind in new[] { "substation", "ups", "rackfeed" })
        {
            var row = table.Locator($"tbody tr[data-block='{kind}' i]");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            // Units needed / bought, then MW, efficiency and capex: figures, not blanks.
            await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(new Regex(@"^\d[\d,]* / \d[\d,]*"));
            await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(new Regex(@"\d"));
            await Assertions.Expect(row.Locator("td").Nth(4)).ToHaveTextAsync(new Regex(@"\d.*%"));
            await Assertions.Expect(row.Locator("td").Nth(5)).ToHaveTextAsync(new Regex(@"\d"));
        }

        await power.ScreenshotAsync(new LocatorScreenshotOptions { Path = "/tmp/power-train-415.png" });
        // All seven columns inside the inspector: the table once ran past its right edge and hid capex and lead time.
        var overflow = await table.EvaluateAsync<double>(
            "t => t.getBoundingClientRect().right - t.closest('[data-testid=power-train-inspector]').getBoundingClientRect().right");
        Assert.True(overflow <= 1, $"The power-train table runs {overflow} px past the inspector.");

        var summary = power.Locator("[data-testid=power-train-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("415 V AC");
        var lossesBefore = Losses(await summary.InnerTextAsync());

        await SelectAsync(power.Locator(".mud-select").First, "800 V DC");
        await Assertions.Expect(summary).ToContainTextAsync("800 V DC", new() { Timeout = Timeout });
        await WaitForEvaluationAsync();
        var lossesAfter = Losses(await summary.InnerTextAsync());
        Assert.True(lossesAfter < lossesBefore, $"An 800 V DC feed should lose less than 415 V AC: {lossesBefore}% → {lossesAfter}%");
        await power.ScreenshotAsync(new LocatorScreenshotOptions { Path = "/tmp/power-train-800.png" });
    }

    [Fact]
    public async Task LateGridPhase_MovesTheFirstTokenToOnOrAfterItsDate()
    {
        await OpenTemplateAsync("vera-rubin-factory-100mw");
        var schedule = _page.Locator("[data-testid=schedule-inspector]");
        var firstToken = schedule.Locator("[data-testid=first-token]");
        await Assertions.Expect(firstToken).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2}"), new() { Timeout = Timeout });
        var before = FirstDate(await firstToken.InnerTextAsync());
        Assert.True(before < new DateOnly(2032, 1, 1), $"The template's first token {before} should come before 2032.");
        await schedule.ScrollIntoViewIfNeededAsync();
        await schedule.ScreenshotAsync(new LocatorScreenshotOptions { Path = "/tmp/schedule-default.png" });

        await schedule.Locator("[data-testid=add-grid-phase]").ClickAsync();
        var phase = schedule.Locator("[data-testid=grid-phase]");
        await Assertions.Expect(phase).ToHaveCountAsync(1);
        var date = phase.Locator("input[data-testid=grid-phase-date]");
        await date.FillAsync("2032-01-01");
        await date.PressAsync("Enter");
        var mw = phase.Locator("input[data-testid=grid-phase-mw]");
        await mw.FillAsync("400");
        await mw.PressAsync("Enter");
        await Assertions.Expect(date).ToHaveValueAsync("2032-01-01");

        await _page.WaitForFunctionAsync(
            "() => { const t = document.querySelector('[data-testid=first-token]'); return t && t.textContent.trim().slice(0, 10) >= '2032-01-01'; }",
            null, new PageWaitForFunctionOptions { Timeout = Timeout });
        var after = FirstDate(await firstToken.InnerTextAsync());
        Assert.True(after >= new DateOnly(2032, 1, 1), $"The first token {after} should wait for the grid phase of 2032-01-01.");
        await Assertions.Expect(firstToken).ToContainTextAsync("grid");
        await schedule.ScreenshotAsync(new LocatorScreenshotOptions { Path = "/tmp/schedule-2032.png" });
    }

    [Fact]
    public async Task ScheduleAndCapacityCharts_DrawTraces()
    {
        await OpenTemplateAsync("vera-rubin-factory-100mw");
        await _page.Locator("[data-testid=charts-toggle]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=charts]")).ToHaveAttributeAsync("data-status", "UpToDate", new() { Timeout = Timeout });

        foreach (var chart in new[] { "schedule", "capacity" })
        {
            var card = _page.Locator($"[data-chart={chart}]");
            await Assertions.Expect(_page.Locator($"#chart-{chart}.js-plotly-plot .main-svg").First).ToBeVisibleAsync(new() { Timeout = Timeout });
            await Assertions.Expect(card).ToHaveAttributeAsync("data-traces", new Regex("^[1-9]"));
            await Assertions.Expect(card.Locator("[data-testid=chart-empty]")).ToHaveCountAsync(0);
            var drawn = await _page.EvaluateAsync<int>("id => document.getElementById(id).data.length", $"chart-{chart}");
            Assert.True(drawn > 0, $"Plotly draws no trace on the {chart} chart.");
            await card.ScrollIntoViewIfNeededAsync();
            await _page.Mouse.MoveAsync(5, 5);
            await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = $"/tmp/chart-{chart}.png" });
        }

        var capacity = await _page.EvaluateAsync<string[]>("() => document.getElementById('chart-capacity').data.map(t => t.name)");
        Assert.Contains(capacity, n => n.Contains("Design", StringComparison.OrdinalIgnoreCase));
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/charts-page.png" });
    }

    [Fact]
    public async Task SingleRackTemplate_ShowsAPowerTrainAndASchedule()
    {
        await OpenTemplateAsync("vera-rubin-nvl72");
        await Assertions.Expect(_page.Locator("[data-testid=power-train-inspector]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=schedule-inspector]")).ToBeVisibleAsync();
        // Either the server sized a train and planned a schedule, or the inspector says why not: never a blank.
        await Assertions.Expect(_page.Locator("[data-testid=power-train-table], [data-testid=power-train-empty]").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(_page.Locator("[data-testid=schedule-summary], [data-testid=schedule-empty]").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await _page.Locator("[data-testid=inspector]").ScreenshotAsync(new LocatorScreenshotOptions { Path = "/tmp/single-rack-inspector.png" });
    }

    /// <summary>Opens a template from the empty state (rendered once WebAssembly is interactive) with nothing selected.</summary>
    private async Task OpenTemplateAsync(string id)
    {
        await _page.GotoAsync("/");
        await _page.Locator($"[data-testid=empty-state] [data-template='{id}']").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-metric='rack.gpuCount'] [data-testid=metric-value]")).ToHaveTextAsync("72", new() { Timeout = Timeout });
        await Assertions.Expect(_page.Locator("[data-testid=inspector] [data-testid=power-train-inspector]")).ToBeVisibleAsync();
    }

    private async Task WaitForEvaluationAsync() =>
        await Assertions.Expect(_page.Locator("[data-testid=results]")).ToHaveAttributeAsync("data-status", "UpToDate", new() { Timeout = Timeout });

    /// <summary>Opens a MudSelect and picks the item with the given text.</summary>
    private async Task SelectAsync(ILocator select, string item)
    {
        await select.ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).ClickAsync();
    }

    /// <summary>The losses' percentage in the power train's summary line ("… · losses 6.2% · …").</summary>
    private static double Losses(string summary)
    {
        var match = Regex.Match(summary, @"losses ([\d.]+)\s*%");
        Assert.True(match.Success, $"No losses in the summary: {summary}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static DateOnly FirstDate(string text) =>
        DateOnly.ParseExact(text.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
