using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>The bill of materials in a real browser against the real evaluation: its lines, its total and its CSV.</summary>
[Collection(StudioCollection.Name)]
public sealed class BillOfMaterialsTests(StudioServerFixture studio) : IAsyncLifetime
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
            AcceptDownloads = true,
        });
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(Timeout);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task BillOfMaterials_VeraRubinTemplate_LinesTotalTheCapexAndExportAsCsv()
    {
        await _page.GotoAsync("/");
        await _page.Locator("[data-testid=empty-state] [data-template='vera-rubin-nvl72']").ClickAsync();
        var capex = _page.Locator("[data-metric='economics.capexUsd'] [data-testid=metric-value]");
        await Assertions.Expect(capex).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\$\d[\d.,]* [kMBT]$"));

        await _page.Locator("[data-testid=bom-open]").ClickAsync();

        var lines = _page.Locator("tr.bom-line");
        await Assertions.Expect(lines.First).ToBeVisibleAsync();
        // The server's lines add up to its capex: the footer shows the same number the results do, and no mismatch.
        Assert.Equal(await capex.InnerTextAsync(), await _page.Locator("[data-testid=bom-total]").InnerTextAsync());
        await Assertions.Expect(_page.Locator("[data-testid=bom-mismatch]")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator("tr.bom-line .bom-category[data-category='compute']").First).ToBeVisibleAsync();
        // The facility is itemised (shell and power train, land, soft costs…), so one line or more, not exactly one.
        await Assertions.Expect(_page.Locator("tr.bom-line .bom-category[data-category='facility']").First).ToBeVisibleAsync();

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("[data-testid=bom-csv]").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("category,partId,item,quantity,quantityUnit,unitPriceUsd,", rows[0], StringComparison.Ordinal);
        Assert.Equal(await lines.CountAsync() + 1, rows.Length);
        Assert.Equal("bill-of-materials-vera-rubin-nvl72-reference-design.csv", download.SuggestedFilename);
    }
}
