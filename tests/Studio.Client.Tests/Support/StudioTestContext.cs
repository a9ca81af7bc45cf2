using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Studio.Client.State;

namespace Studio.Client.Tests.Support;

/// <summary>
/// Owns a bUnit context with what the studio's components need: MudBlazor services, loose JS interop, the
/// Blazor.Diagrams bounding-box call answered, an interactive WebAssembly renderer, and the client's real state
/// services talking to <see cref="FakeStudioApi"/>. The context is disposed asynchronously: MudBlazor's services are
/// IAsyncDisposable only, which a class inheriting BunitContext cannot honour under xunit v2.
/// </summary>
public abstract class StudioTestContext : IAsyncLifetime
{
    private protected StudioTestContext()
    {
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        // Loose mode would answer null, and Diagram.SetContainer(null) throws: every element measures 1000 × 400 at (0, 0).
        Ctx.JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1000, 400));
        Ctx.Services.AddMudServices(ClientServiceCollectionExtensions.ConfigureMud);
        Ctx.Services.AddScoped(_ => new HttpClient(Api, disposeHandler: false) { BaseAddress = new Uri("http://studio.test/") });
        Ctx.Services.AddStudioState();
        // Last: it resolves the renderer, after which no service can be added.
        Ctx.SetRendererInfo(new RendererInfo("WebAssembly", true));
    }

    protected BunitContext Ctx { get; } = new();

    private protected FakeStudioApi Api { get; } = new();

    protected ScenarioEditor Editor => Ctx.Services.GetRequiredService<ScenarioEditor>();

    protected EvaluationState Evaluation => Ctx.Services.GetRequiredService<EvaluationState>();

    protected ComparisonState Comparison => Ctx.Services.GetRequiredService<ComparisonState>();

    protected CatalogState Catalog => Ctx.Services.GetRequiredService<CatalogState>();

    protected PaletteDrag Drag => Ctx.Services.GetRequiredService<PaletteDrag>();

    protected SavedScenarioState Saved => Ctx.Services.GetRequiredService<SavedScenarioState>();

    /// <summary>False for tests of the page that loads the catalog itself.</summary>
    private protected virtual bool PreloadCatalog => true;

    /// <summary>Loads the catalog through the fake API (the client's real HTTP and JSON path) and turns the debounces off.</summary>
    public virtual async Task InitializeAsync()
    {
        Evaluation.Debounce = TimeSpan.Zero;
        Comparison.Debounce = TimeSpan.Zero;
        if (PreloadCatalog)
        {
            await Catalog.EnsureLoadedAsync();
            Assert.True(Catalog.IsLoaded, Catalog.LoadError);
        }
    }

    public async Task DisposeAsync()
    {
        await Ctx.DisposeAsync();
        Api.Dispose();
    }

    /// <summary>Edits on the renderer's thread, as a user gesture would, so every listener re-renders safely.</summary>
    protected Task EditAsync(Action<ScenarioEditor> edit) => Ctx.Renderer.Dispatcher.InvokeAsync(() => edit(Editor));

    /// <summary>The snackbar host: messages the components add show up in its markup.</summary>
    protected IRenderedComponent<MudSnackbarProvider> RenderSnackbars() => Ctx.Render<MudSnackbarProvider>();

    /// <summary>Waits for the evaluation started by the last edit to settle.</summary>
    protected Task WaitForEvaluationAsync(EvaluationStatus status = EvaluationStatus.UpToDate) =>
        WaitUntilAsync(() => Evaluation.Status == status, $"evaluation status {status}");

    /// <summary>Polls until <paramref name="condition"/> holds: for work that finishes off the test's thread.</summary>
    internal static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(5);
        }
    }
}
