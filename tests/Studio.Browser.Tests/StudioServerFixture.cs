using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// The real studio on Kestrel (Development, so static web assets are served from the build) and Debian's chromium
/// driven by Playwright. One server and one browser for all browser tests; each test opens its own page.
/// </summary>
public sealed class StudioServerFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium: the tests never download a browser (there is no internet on CI).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly WebApplicationFactory<Program> _factory = new StudioFactory();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's chromium at {ChromiumPath}. Run ./test.sh, which installs it (apt-get install -y chromium).");
        }

        // Port 0 still bound 5000 here (stack-notes): pick a free port explicitly.
        var port = FreePort();
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        await WarmAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// One evaluation before any page opens: the first one after start-up loads the engine's kernels and JIT-compiles
    /// the models (seconds on two cores), which is not what the tests' few-second waits for a result are about.
    /// </summary>
    private async Task WarmAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        var template = await client.GetByteArrayAsync("api/templates/vera-rubin-nvl72");
        using var content = new ByteArrayContent(template);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("api/evaluate", content);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Development (static web assets from the build) on a scenario store of its own in a temporary folder.</summary>
    private sealed class StudioFactory : WebApplicationFactory<Program>
    {
        private readonly string _storeFolder = Path.Combine(Path.GetTempPath(), "studio-browser-tests", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Development").UseSetting("Store:Path", Path.Combine(_storeFolder, "studio.db"));

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_storeFolder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind harms nothing.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioServerFixture>
{
    public const string Name = "studio";
}
