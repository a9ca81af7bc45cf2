using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Studio.Browser.Tests;

/// <summary>
/// The studio as run.sh and the Dockerfile run it: `dotnet publish -c Release` (trimmed, Brotli-compressed,
/// fingerprinted assets) started as its own process in Production, on a store of its own, with chromium beside it.
/// What a first visit costs is a property of the published output, so it is measured here and not on the
/// Development server the other browser tests share.
/// </summary>
public sealed class PublishedStudioFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studio-published", Guid.NewGuid().ToString("N"));
    private Process? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var publish = Path.Combine(_folder, "publish");
        await RunToEndAsync("dotnet", ["publish", Path.Combine(RepositoryRoot(), "src", "Studio.Server"), "-c", "Release", "-o", publish, "--nologo", "-v", "quiet"], TimeSpan.FromMinutes(10));

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", ["Studio.Server.dll"])
        {
            WorkingDirectory = publish,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["Store__Path"] = Path.Combine(_folder, "studio.db");
        _server = Process.Start(start) ?? throw new InvalidOperationException("The published server did not start.");
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilServingAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = StudioServerFixture.ChromiumPath,
            Headless = true,
            Args = StudioServerFixture.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind harms nothing.
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"The published server exited with code {_server.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync("api/catalog");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting up.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The published server did not answer at {BaseAddress} within two minutes.");
    }

    private static async Task RunToEndAsync(string file, string[] arguments, TimeSpan limit)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Studio.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Studio.sln above {AppContext.BaseDirectory}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
