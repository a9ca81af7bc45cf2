using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Studio.Server.Scenarios;
using Studio.Server.Templates;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Templates;

public sealed class TemplateLibraryTests(StudioFactory factory) : IClassFixture<StudioFactory>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("studio-templates-").FullName;

    [Fact]
    public void Constructor_InvalidSample_LeavesItOutAndKeepsTheValidOnes()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "gb200-nvl72.json"), Path.Combine(_directory, "good.json"));
        File.WriteAllText(Path.Combine(_directory, "truncated.json"), """{"schemaVersion":1,"racks":[""");
        File.WriteAllText(Path.Combine(_directory, "unknown-part.json"), """{"schemaVersion":1,"racks":[{"id":"r","partId":"vr.nope"}]}""");

        var library = new TemplateLibrary(factory.Services.GetRequiredService<ScenarioMapper>(), NullLogger<TemplateLibrary>.Instance, _directory);

        var template = Assert.Single(library.List());
        Assert.Equal("good", template.Id);
        Assert.Equal("gb200", template.Generation);
        Assert.Null(library.Find("truncated"));
        Assert.Null(library.Find("unknown-part"));
        Assert.Equal("GB200 NVL72 reference design", library.Find("good")?.Summary.Name);
        Assert.NotEmpty(library.Find("good")!.Scenario.Racks);
    }

    [Fact]
    public void Constructor_NoSamplesFolder_OffersNoTemplates()
    {
        var library = new TemplateLibrary(
            factory.Services.GetRequiredService<ScenarioMapper>(), NullLogger<TemplateLibrary>.Instance, Path.Combine(_directory, "missing"));

        Assert.Empty(library.List());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
