using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// Pages on the shared studio, each in a browser context of its own (its own storage, so drafts and selections never
/// leak between tests) at 1280 × 720, the smallest screen the studio is laid out for. Disposing closes them all.
/// </summary>
public sealed class StudioPages(StudioServerFixture studio, float timeoutMilliseconds) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <param name="bypassCsp">Lets a test inject a script (axe-core) that the studio's content security policy refuses.</param>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        var context = await studio.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            BaseURL = studio.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(timeoutMilliseconds);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
