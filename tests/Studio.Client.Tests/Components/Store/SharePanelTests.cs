using Bunit;
using Studio.Client.Components.Store;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts.Store;

namespace Studio.Client.Tests.Components.Store;

public sealed class SharePanelTests : StudioTestContext
{
    [Fact]
    public async Task Render_UnsavedDesign_OffersToSaveAndAnInlineLink()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));

        var cut = Ctx.Render<SharePanel>();

        Assert.Contains("has not been saved yet", cut.Find("[data-testid='share-needs-save']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='share-link']"));
        var inline = cut.Find("[data-testid='inline-link']").GetAttribute("value")!;
        Assert.StartsWith("http://localhost/s/inline#", inline, StringComparison.Ordinal);
        // The link holds exactly this design.
        var decoded = InlineScenarioLink.Decode(inline[(inline.IndexOf('#') + 1)..]);
        Assert.NotNull(decoded.Json);
    }

    [Fact]
    public async Task SaveNow_UnsavedDesign_ShowsTheLinkOfTheNewVersion()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));
        var cut = Ctx.Render<SharePanel>();

        cut.Find("button[data-testid='share-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal($"http://localhost/s/{Saved.Current!.LinkId}",
            cut.Find("[data-testid='share-link']").GetAttribute("value")));
        Assert.Contains("Opens version 1 of “Vera Rubin NVL72”", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SavedThenEdited_AsksToSaveAgainRatherThanShareAStaleLink()
    {
        await EditAsync(e => e.Load(TestCatalog.Template()));
        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.SaveAsync());
        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        var cut = Ctx.Render<SharePanel>();

        Assert.Contains("has unsaved changes", cut.Find("[data-testid='share-needs-save']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_SavedLink_CopiesItThroughTheBrowser()
    {
        var module = Ctx.JSInterop.SetupModule(StudioFiles.ModulePath);
        module.Setup<bool>("copyText", _ => true).SetResult(true);
        var snackbars = RenderSnackbars();
        await EditAsync(e => e.Load(TestCatalog.Template()));
        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.SaveAsync());
        var cut = Ctx.Render<SharePanel>();

        cut.Find("button[data-testid='copy-share-link']").Click();

        Assert.Equal($"http://localhost/s/{Saved.Current!.LinkId}", module.VerifyInvoke("copyText").Arguments[0]);
        snackbars.WaitForAssertion(() => Assert.Contains("Link copied.", snackbars.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_DesignTooLargeForALink_SaysToSaveInstead()
    {
        await EditAsync(e => e.Load(TestCatalog.TooLargeForALink()));

        var cut = Ctx.Render<SharePanel>();

        Assert.Contains("too large to travel inside a link", cut.Find("[data-testid='inline-too-large']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='inline-link']"));
    }
}
