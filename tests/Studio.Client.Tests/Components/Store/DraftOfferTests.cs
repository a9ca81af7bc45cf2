using System.Text.Json;
using Bunit;
using Studio.Client.Components.Store;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.Components.Store;

/// <summary>Unsaved work kept in the browser's storage (faked here) and offered back on the next visit.</summary>
public sealed class DraftOfferTests : StudioTestContext
{
    private BunitJSModuleInterop _storage = null!;

    /// <summary>localStorage as a dictionary, answered through the module's read, write and remove.</summary>
    private readonly Dictionary<string, string> _stored = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _storage = Ctx.JSInterop.SetupModule(LocalDraft.ModulePath);
        _storage.Setup<string?>("read", _ => true).SetResult(null);
        _storage.Setup<bool>("write", _ => true).SetResult(true);
        _storage.SetupVoid("remove", _ => true).SetVoidResult();
        _storage.SetupVoid("guard", _ => true).SetVoidResult();
    }

    private IReadOnlyList<string?> Calls(string identifier) =>
        [.. _storage.Invocations.Where(i => i.Identifier == identifier).Select(i => (string?)i.Arguments[0])];

    private bool? LastGuard => _storage.Invocations.LastOrDefault(i => i.Identifier == "guard").Arguments is [bool on] ? on : null;

    private void StoreDraft(string json, string editedAt)
    {
        _storage.Setup<string?>("read", i => (string?)i.Arguments[0] == LocalDraft.DocumentKey).SetResult(json);
        _storage.Setup<string?>("read", i => (string?)i.Arguments[0] == LocalDraft.EditedAtKey).SetResult(editedAt);
    }

    private IRenderedComponent<DraftOffer> RenderOffer()
    {
        var cut = Ctx.Render<DraftOffer>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Calls("read")));
        return cut;
    }

    [Fact]
    public async Task OpeningATemplate_IsNoWorkToKeep_AnEditIsKeptAndGuarded()
    {
        RenderOffer();

        await EditAsync(e => e.Load(TestCatalog.Template()));

        Assert.DoesNotContain(LocalDraft.DocumentKey, Calls("write"));
        Assert.NotEqual(true, LastGuard);

        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        var write = _storage.Invocations.Last(i => i.Identifier == "write" && (string?)i.Arguments[0] == LocalDraft.DocumentKey);
        var kept = JsonSerializer.Deserialize((string)write.Arguments[1]!, StudioJsonContext.Default.ScenarioDocument)!;
        Assert.Equal(5, kept.Racks[0].Parts.Count(p => p.PartId == TestCatalog.ComputeTray));
        Assert.True(LastGuard);
    }

    [Fact]
    public async Task Saving_ClearsTheDraftAndTheGuard()
    {
        RenderOffer();
        await EditAsync(e => e.Load(TestCatalog.Template()));
        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.SaveAsync());

        Assert.False(LastGuard);
        Assert.Contains(LocalDraft.DocumentKey, Calls("remove"));
    }

    [Fact]
    public async Task DraftFromAnEarlierVisit_IsOfferedAndRestoredAsAnUnsavedDesign()
    {
        var draft = TestCatalog.Template();
        draft.Name = "Hall B, half done";
        StoreDraft(JsonSerializer.Serialize(draft, StudioJsonContext.Default.ScenarioDocument), "2026-12-02T17:45:00.0000000+00:00");

        var cut = RenderOffer();

        cut.WaitForAssertion(() => Assert.Contains("“Hall B, half done”, last edited 2026-12-02 17:45 UTC", cut.Find("[data-testid='draft-offer']").TextContent, StringComparison.Ordinal));

        cut.Find("button[data-testid='draft-restore']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='draft-offer']")));
        Assert.Equal("Hall B, half done", Editor.Document.Name);
        Assert.True(Saved.HasUnsavedChanges);
        Assert.Null(Saved.Current);
        // Restored, it is still work nobody saved: kept and guarded until it is.
        await WaitUntilAsync(() => LastGuard == true, "the tab guarded");
    }

    [Fact]
    public async Task Discard_ForgetsTheDraft()
    {
        StoreDraft(JsonSerializer.Serialize(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument), "2026-12-02T17:45:00Z");
        var cut = RenderOffer();
        cut.WaitForAssertion(() => cut.Find("[data-testid='draft-offer']"));

        cut.Find("button[data-testid='draft-discard']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='draft-offer']")));
        await WaitUntilAsync(() => Calls("remove").Contains(LocalDraft.DocumentKey), "the draft removed");
        Assert.Equal("Untitled design", Editor.Document.Name);
    }

    [Fact]
    public void UnreadableDraft_IsNoDraft()
    {
        StoreDraft("{ not json", "2026-12-02T17:45:00Z");

        var cut = RenderOffer();

        Assert.Empty(cut.FindAll("[data-testid='draft-offer']"));
    }
}
