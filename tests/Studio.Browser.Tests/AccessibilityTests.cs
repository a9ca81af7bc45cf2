using System.Text.Json;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// The studio without a mouse, and axe-core's audit of it: a design built by keyboard alone, and no serious or
/// critical violation on the studio with a reference design open.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class AccessibilityTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private readonly StudioPages _pages = new(studio, Timeout);

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Timeout);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Fact]
    public async Task KeyboardOnly_EmptyStudio_AddsARackTraysAndACduThenSelectsConnectsAndDeletes()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-testid=empty-state]")).ToBeVisibleAsync();

        // The palette's + buttons: a rack onto the canvas (selected), two trays into it, a CDU beside it.
        await TabToAsync(page, ".palette-item[data-part-id='vr.rack'] .palette-add");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".rack-node")).ToHaveCountAsync(1);
        await TabToAsync(page, ".palette-item[data-part-id='vr.compute-tray'] .palette-add");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".rack-slot")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".rack-slot")).ToHaveCountAsync(2);
        await TabToAsync(page, ".palette-item[data-part-id='vr.cdu-in-row'] .palette-add");
        await page.Keyboard.PressAsync("Enter");
        var cdu = page.Locator(".equipment-node");
        await Assertions.Expect(cdu).ToHaveCountAsync(1);

        // On to the canvas: the rack's head selects the rack, and the inspector connects it to the CDU.
        await TabToAsync(page, ".rack-head");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".rack-head")).ToHaveAttributeAsync("aria-pressed", "true");
        await TabToAsync(page, "[data-testid=connect-to]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(cdu).ToContainTextAsync("1 rack connected");
        await Assertions.Expect(page.Locator("[data-testid=connect-targets]")).ToHaveCountAsync(0);

        // Back to the slots (Shift+Tab reaches the bottom one first): up walks them, Enter selects, Delete removes.
        await TabToAsync(page, ".rack-slot", back: true);
        Assert.Equal("ct-02", await FocusedAsync(page, "data-part-id"));
        await page.Keyboard.PressAsync("ArrowUp");
        // The key goes to .NET and the focus comes back through JavaScript: wait for it to land.
        await page.WaitForFunctionAsync("() => document.activeElement?.getAttribute('data-part-id') === 'ct-01'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=inspector] .inspector-title")).ToContainTextAsync("ct-01");
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(page.Locator(".rack-slot")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".rack-slot[data-part-id='ct-01']")).ToHaveCountAsync(0);

        // The status is heard: the evaluation after the last edit settles in the live region.
        await Assertions.Expect(page.Locator("[data-testid=status-announcer]")).ToContainTextAsync("Results up to date");

        // A dialog opened by keyboard closes with Escape.
        await TabToAsync(page, "[data-testid=open-saved]", back: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Import is in the tab order, and its ring shows.
        await TabToAsync(page, "[data-testid=import-input]");
        Assert.Equal("solid", await page.Locator("[data-testid=import]").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [Fact]
    public async Task Axe_TemplateInTheRackAndFactoryViews_HasNoSeriousOrCriticalViolations()
    {
        var page = await NewPageAsync(bypassCsp: true);
        await page.GotoAsync("/");
        await page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=results]")).ToHaveAttributeAsync("data-status", "UpToDate");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js") });
        var rack = await SeriousViolationsAsync(page);

        await page.Locator("[data-testid=view-factory]").ClickAsync();
        await Assertions.Expect(page.Locator("main[data-view=Factory]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=results]")).ToHaveAttributeAsync("data-status", "UpToDate");
        // The view buttons fade between filled and outlined: mid-fade colours are no colours anyone reads.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition))");
        var factory = await SeriousViolationsAsync(page);

        Assert.True(rack.Count == 0, "axe, rack view: " + Describe(rack));
        Assert.True(factory.Count == 0, "axe, factory view: " + Describe(factory));
    }

    private static string Describe(List<AxeViolation> violations) =>
        string.Join("\n", violations.Select(v => $"{v.impact} {v.id} ({v.help}): {string.Join(" | ", v.targets)}"));

    private static async Task<List<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")) })));
            }
            """);

        return JsonSerializer.Deserialize<List<AxeViolation>>(json)!;
    }

    private sealed record AxeViolation(string id, string impact, string help, List<string> targets);

    /// <summary>Presses Tab (Shift+Tab going back) until the focused element matches: how a keyboard user gets there.</summary>
    private static async Task TabToAsync(IPage page, string selector, bool back = false)
    {
        for (var i = 0; i < 250; i++)
        {
            await page.Keyboard.PressAsync(back ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        var at = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'");
        Assert.Fail($"Tab never reached {selector}; focus is on {at}");
    }

    private static Task<string?> FocusedAsync(IPage page, string attribute) =>
        page.EvaluateAsync<string?>("a => document.activeElement?.getAttribute(a) ?? null", attribute);

    /// <param name="bypassCsp">For axe: the studio's content security policy rightly refuses an injected script.</param>
    private Task<IPage> NewPageAsync(bool bypassCsp = false) => _pages.NewPageAsync(bypassCsp);
}
