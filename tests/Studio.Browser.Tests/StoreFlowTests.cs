using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>Saving and sharing in a real browser: a saved version's link opens the same scenario for someone else.</summary>
[Collection(StudioCollection.Name)]
public sealed partial class StoreFlowTests(StudioServerFixture studio) : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private readonly List<string> _policyViolations = [];
    private IBrowserContext _planner = null!;
    private IBrowserContext _colleague = null!;

    public async Task InitializeAsync()
    {
        // A page opened by address must boot WebAssembly before the first check: give it as long as a click gets.
        Assertions.SetDefaultExpectTimeout(Timeout);
        _planner = await NewContextAsync();
        _colleague = await NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _planner.DisposeAsync();
        await _colleague.DisposeAsync();
    }

    [Fact]
    public async Task SaveThenOpenTheLinkInANewPage_ShowsTheSameScenario()
    {
        var page = await NewPageAsync(_planner);
        await page.GotoAsync("/");
        await page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("72");
        var name = await page.Locator("[data-testid=scenario-name]").InnerTextAsync();

        await page.Locator("button[data-testid=save]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=save-status]")).ToHaveTextAsync("Saved · v1");
        // The address bar becomes the saved version's link, and the share dialog offers the same one.
        await page.WaitForURLAsync(LinkPattern());
        var link = page.Url;
        await page.Locator("button[data-testid=share]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=share-link]")).ToHaveValueAsync(link);

        // A colleague, in a browser of their own, opens the link.
        var other = await NewPageAsync(_colleague);
        await other.GotoAsync(link);

        await Assertions.Expect(other.Locator("[data-testid=scenario-name]")).ToHaveTextAsync(name);
        await Assertions.Expect(other.Locator("[data-testid=save-status]")).ToHaveTextAsync("Saved · v1");
        await Assertions.Expect(Metric(other, "rack.gpuCount")).ToHaveTextAsync("72");
        await Assertions.Expect(other.Locator(".rack-slot[data-part-id]")).ToHaveCountAsync(await page.Locator(".rack-slot[data-part-id]").CountAsync());
        Assert.True(_policyViolations.Count == 0, string.Join("\n", _policyViolations));
    }

    [Fact]
    public async Task UnknownLink_ShowsTheHelpfulPage()
    {
        var page = await NewPageAsync(_planner);

        await page.GotoAsync("/s/AAAAAAAAAAAA");

        await Assertions.Expect(page.Locator("[data-testid=link-problem] h5")).ToHaveTextAsync("This link opens no scenario");
        Assert.True(_policyViolations.Count == 0, string.Join("\n", _policyViolations));
    }

    [Fact]
    public async Task ImportAFileWithTwoBadParts_ListsBothInWordsUntilDismissed()
    {
        var page = await NewPageAsync(_planner);
        await page.GotoAsync("/");
        await page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        await Assertions.Expect(Metric(page, "rack.gpuCount")).ToHaveTextAsync("72");
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "samples", "vera-rubin-nvl72.json"));
        var broken = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        broken["racks"]![0]!["parts"]![0]!["partId"] = "vr-compute-tryy";
        broken["racks"]![0]!["parts"]![1]!["partId"] = "nonsense";

        await page.Locator("[data-testid=import] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "broken.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(broken.ToJsonString()),
        });

        var problems = page.Locator("[data-testid=import-problem]");
        await Assertions.Expect(problems).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".import-problems-title")).ToHaveTextAsync("broken.json was not imported: 2 problems");
        await Assertions.Expect(problems.Nth(1)).ToContainTextAsync("Rack “Rack A1” (rack-a1), part ps-2, part type: Unknown part 'nonsense'.");
        await Assertions.Expect(page.Locator("[data-testid=import-problems]")).Not.ToContainTextAsync("$.");
        await Assertions.Expect(page.Locator("[data-testid=import-problems]")).Not.ToContainTextAsync("/api/");

        // Still there after a snackbar would have gone, until dismissed.
        await page.WaitForTimeoutAsync(6000);
        await Assertions.Expect(problems).ToHaveCountAsync(2);
        await page.Locator("[data-testid=import-problems-close]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-problems]")).ToHaveCountAsync(0);
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Studio.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Studio.sln not found above the test binaries.");
    }

    private Task<IBrowserContext> NewContextAsync() => studio.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = studio.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
    });

    /// <summary>A page that records Content-Security-Policy violations: the studio must run under its own policy.</summary>
    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add(message.Text);
                }
            }
        };
        return page;
    }

    private static ILocator Metric(IPage page, string id) => page.Locator($"[data-metric='{id}'] [data-testid=metric-value]");

    [GeneratedRegex(@"/s/[0-9A-Za-z]{12}$")]
    private static partial Regex LinkPattern();
}
