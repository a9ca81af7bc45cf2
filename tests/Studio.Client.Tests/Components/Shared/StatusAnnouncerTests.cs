using Bunit;
using Studio.Client.Components.Shared;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Shared;

public sealed class StatusAnnouncerTests : StudioTestContext
{
    private static string Said(IRenderedComponent<StatusAnnouncer> cut) => cut.Find("[data-testid='status-announcer']").TextContent;

    [Fact]
    public void Render_Region_IsAPoliteLiveStatus()
    {
        var cut = Ctx.Render<StatusAnnouncer>();

        var region = cut.Find("[data-testid='status-announcer']");
        Assert.Equal(("status", "polite"), (region.GetAttribute("role"), region.GetAttribute("aria-live")));
        Assert.Equal("", Said(cut));
    }

    [Fact]
    public async Task Edit_EvaluatedWithoutErrors_AnnouncesResultsUpToDate()
    {
        var cut = Ctx.Render<StatusAnnouncer>();

        await EditAsync(e => e.Load(TestCatalog.Template()));
        await WaitForEvaluationAsync();

        cut.WaitForAssertion(() => Assert.Equal("Results up to date.", Said(cut)));
    }

    [Fact]
    public async Task Edit_RackLosesItsCoolant_AnnouncesTheDesignRuleError()
    {
        var cut = Ctx.Render<StatusAnnouncer>();
        await EditAsync(e => e.Load(TestCatalog.Template()));
        await WaitForEvaluationAsync();

        await EditAsync(e => e.Remove("c-01"));
        await WaitForEvaluationAsync();

        cut.WaitForAssertion(() => Assert.Matches(@"^Results up to date; \d+ design-rule errors?\.$", Said(cut)));
    }

    [Fact]
    public async Task Save_NewDesign_AnnouncesTheVersion_AndALaterEditDoesNotRepeatIt()
    {
        var cut = Ctx.Render<StatusAnnouncer>();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
        await WaitForEvaluationAsync();

        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.SaveAsync());

        cut.WaitForAssertion(() => Assert.Equal("Saved, version 1.", Said(cut)));
        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));
        await WaitForEvaluationAsync();
        // The rack has no coolant yet: the evaluation after the edit is what is heard, not the save again.
        cut.WaitForAssertion(() => Assert.StartsWith("Results up to date", Said(cut), StringComparison.Ordinal));
    }
}
