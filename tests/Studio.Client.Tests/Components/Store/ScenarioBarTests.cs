using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Studio.Client.Components.Store;
using Studio.Client.State;
using Studio.Client.Tests.Support;
using Studio.Contracts;

namespace Studio.Client.Tests.Components.Store;

public sealed class ScenarioBarTests : StudioTestContext
{
    private static string Status(IRenderedComponent<ScenarioBar> cut) => cut.Find("[data-testid='save-status']").TextContent;

    [Fact]
    public void Render_ImportButton_IsItsFileInputNamedAndInTheTabOrder()
    {
        var cut = Ctx.Render<ScenarioBar>();

        // aria-label on the <label> was prohibited (it has no role); the input, hidden by display:none, was no tab stop.
        Assert.False(cut.Find("label[data-testid='import']").HasAttribute("aria-label"));
        var input = cut.Find("input[type='file'][data-testid='import-input']");
        Assert.Equal("Import a scenario file", input.GetAttribute("aria-label"));
        Assert.False(input.HasAttribute("tabindex") || input.HasAttribute("hidden") || input.HasAttribute("disabled"));
    }

    [Fact]
    public async Task Save_NewDesign_StoresItAndShowsTheVersion()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<ScenarioBar>();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
        cut.WaitForAssertion(() => Assert.Equal("Not saved", Status(cut)));

        cut.Find("button[data-testid='save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved · v1", Status(cut)));
        Assert.True(cut.Find("button[data-testid='save']").HasAttribute("disabled"));
        snackbars.WaitForAssertion(() => Assert.Contains("Saved: One rack, version 1.", snackbars.Markup, StringComparison.Ordinal));
        Assert.Single(Api.Store);
    }

    [Fact]
    public async Task Edit_AfterSaving_ShowsUnsavedChangesAndEnablesSave()
    {
        var cut = Ctx.Render<ScenarioBar>();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
        cut.Find("button[data-testid='save']").Click();
        cut.WaitForAssertion(() => Assert.Equal("Saved · v1", Status(cut)));

        await EditAsync(e => e.AddPart("rack-01", TestCatalog.ComputeTray));

        cut.WaitForAssertion(() => Assert.Equal("v1 · unsaved changes", Status(cut)));
        Assert.False(cut.Find("button[data-testid='save']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Status_OlderVersionOpen_SaysNewerOnesExist()
    {
        var first = Api.SeedScenario(TestCatalog.OneRack(1));
        Api.SaveElsewhere(Api.Store.Keys.Single(), TestCatalog.OneRack(2));
        var cut = Ctx.Render<ScenarioBar>();

        await Ctx.Renderer.Dispatcher.InvokeAsync(() => Saved.OpenLinkAsync(first.LinkId));

        cut.WaitForAssertion(() => Assert.Equal("v1 of 2", Status(cut)));
    }

    [Fact]
    public async Task Export_Design_DownloadsItsJsonNamedAfterIt()
    {
        var module = Ctx.JSInterop.SetupModule(StudioFiles.ModulePath);
        module.SetupVoid("downloadText", _ => true);
        var cut = Ctx.Render<ScenarioBar>();
        await EditAsync(e => e.Load(TestCatalog.Template()));

        cut.Find("button[data-testid='export']").Click();

        var call = module.VerifyInvoke("downloadText");
        Assert.Equal("vera-rubin-nvl72.json", call.Arguments[0]);
        var exported = JsonSerializer.Deserialize((string)call.Arguments[1]!, StudioJsonContext.Default.ScenarioDocument)!;
        Assert.Equal(
            JsonSerializer.Serialize(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument),
            JsonSerializer.Serialize(exported, StudioJsonContext.Default.ScenarioDocument));
        Assert.Contains("\n  \"racks\"", (string)call.Arguments[1]!, StringComparison.Ordinal);
        Assert.Equal("application/json", call.Arguments[2]);
    }

    [Fact]
    public async Task Import_ValidFile_OpensItAsAnUnsavedDesign()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<ScenarioBar>();
        var json = JsonSerializer.Serialize(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument);

        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "hall-b.json")));

        cut.WaitForAssertion(() => Assert.Equal("Vera Rubin NVL72", Editor.Document.Name));
        Assert.Equal("Not saved", Status(cut));
        snackbars.WaitForAssertion(() => Assert.Contains("Imported hall-b.json", snackbars.Markup, StringComparison.Ordinal));
        Assert.Contains("POST /api/import", Api.StoreRequests);
    }

    [Fact]
    public async Task Import_InvalidFile_ListsEveryProblemInWordsUntilDismissed()
    {
        var panel = Ctx.Render<ImportProblemPanel>();
        var cut = Ctx.Render<ScenarioBar>();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
        var broken = TestCatalog.OneRack(2);
        broken.Racks[0].Parts[1].PartId = "vr.warp-drive";
        broken.Racks[0].Parts[2].PartId = "vr.flux-capacitor";
        var json = JsonSerializer.Serialize(broken, StudioJsonContext.Default.ScenarioDocument);

        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "broken.json")));

        panel.WaitForAssertion(() => Assert.Equal("broken.json was not imported: 2 problems", panel.Find(".import-problems-title").TextContent));
        var problems = panel.FindAll("[data-testid='import-problem']").Select(p => p.TextContent).ToList();
        Assert.Equal(
        [
            "Rack “Rack 1” (rack-01), part ct-01, part type: Unknown part 'vr.warp-drive'. The palette lists the parts.",
            "Rack “Rack 1” (rack-01), part ct-02, part type: Unknown part 'vr.flux-capacitor'. The palette lists the parts.",
        ], problems);
        Assert.DoesNotContain("$.", panel.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", panel.Markup, StringComparison.Ordinal);
        Assert.Equal("One rack", Editor.Document.Name);

        panel.Find("[data-testid='import-problems-close']").Click();

        Assert.Empty(panel.FindAll("[data-testid='import-problems']"));
    }

    [Fact]
    public async Task Import_ValidFileAfterAFailedOne_ClearsTheProblems()
    {
        var panel = Ctx.Render<ImportProblemPanel>();
        var cut = Ctx.Render<ScenarioBar>();
        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not json", "notes.txt")));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid='import-problems']")));

        var json = JsonSerializer.Serialize(TestCatalog.Template(), StudioJsonContext.Default.ScenarioDocument);
        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "hall-b.json")));

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid='import-problems']")));
    }

    [Fact]
    public async Task Import_FileOverOneMebibyte_IsRefusedBeforeUpload()
    {
        var panel = Ctx.Render<ImportProblemPanel>();
        var cut = Ctx.Render<ScenarioBar>();

        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "huge.json")));

        panel.WaitForAssertion(() => Assert.Contains("a scenario file is at most 1 MiB", panel.Find("[data-testid='import-problem']").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("POST /api/import", Api.StoreRequests);
    }
}
