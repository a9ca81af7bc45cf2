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
    public async Task Import_InvalidFile_SaysWhereItIsWrongAndKeepsTheDesign()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<ScenarioBar>();
        await EditAsync(e => e.Load(TestCatalog.OneRack(2)));
        var broken = TestCatalog.OneRack(1);
        broken.Racks[0].Parts[1].PartId = "vr.warp-drive";
        var json = JsonSerializer.Serialize(broken, StudioJsonContext.Default.ScenarioDocument);

        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "broken.json")));

        snackbars.WaitForAssertion(() => Assert.Contains("broken.json was not imported: $.racks[0].parts[1].partId", snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal("One rack", Editor.Document.Name);
    }

    [Fact]
    public async Task Import_FileOverOneMebibyte_IsRefusedBeforeUpload()
    {
        var snackbars = RenderSnackbars();
        var cut = Ctx.Render<ScenarioBar>();

        await Ctx.Renderer.Dispatcher.InvokeAsync(() =>
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "huge.json")));

        snackbars.WaitForAssertion(() => Assert.Contains("a scenario file is at most 1 MiB", snackbars.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("POST /api/import", Api.StoreRequests);
    }
}
