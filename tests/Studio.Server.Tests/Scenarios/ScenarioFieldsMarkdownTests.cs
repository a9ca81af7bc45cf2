using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

/// <summary>
/// docs/scenario-format.md states each field's range and default as the table has them. When the table changes,
/// regenerate the doc: <c>STUDIO_UPDATE_DOCS=1 dotnet test tests/Studio.Server.Tests --filter ScenarioFieldsMarkdown</c>.
/// </summary>
public sealed class ScenarioFieldsMarkdownTests
{
    private static readonly string s_docPath = Path.Combine(RepositoryRoot(), "docs", "scenario-format.md");

    [Fact]
    public void Update_ScenarioFormatDoc_IsCurrent()
    {
        var current = File.ReadAllText(s_docPath).ReplaceLineEndings("\n");
        var updated = ScenarioFieldsMarkdown.Update(current);
        if (Environment.GetEnvironmentVariable("STUDIO_UPDATE_DOCS") == "1" && updated != current)
        {
            File.WriteAllText(s_docPath, updated);
            current = updated;
        }

        Assert.True(updated == current,
            "docs/scenario-format.md is stale: run STUDIO_UPDATE_DOCS=1 dotnet test tests/Studio.Server.Tests --filter ScenarioFieldsMarkdown");
    }

    [Fact]
    public void Update_ScenarioFormatDoc_HasABlockForEveryGroup()
    {
        var doc = File.ReadAllText(s_docPath);

        foreach (var group in ScenarioFields.Documented.Select(f => f.Group).Distinct(StringComparer.Ordinal))
        {
            Assert.Contains($"<!-- scenario-fields:{group} -->", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Table_Site_ShowsRangeDefaultAndTheModelsRange()
    {
        var table = ScenarioFieldsMarkdown.Table("site");

        Assert.Contains("| `coolantSupplyC` | number, 5–70 | `45` | Facility coolant supply to the CDUs. |", table, StringComparison.Ordinal);
        Assert.Contains("| `approachK` | number, 0.5–30 | *optional*: 8 K (range 5–12) |", table, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Studio.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Studio.sln above " + AppContext.BaseDirectory);
    }
}
