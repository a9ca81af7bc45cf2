using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Studio.Client.State;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;
using TestJsonPaths = Studio.Server.Tests.TestSupport.JsonPaths;

namespace Studio.Server.Tests.Scenarios;

/// <summary>
/// The scenario field table is the one home of each field's range and default: the mapper accepts exactly its
/// range, the contract's initialisers agree with its defaults, and the client's accessor map binds every field it
/// serves (and no other) to the member at the field's path.
/// </summary>
public sealed class ScenarioFieldsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    public static TheoryData<string> Paths => [.. ScenarioFields.All.Select(f => f.Path)];

    private ScenarioMapper Mapper => factory.Services.GetRequiredService<ScenarioMapper>();

    private static ScenarioField FieldAt(string path) => ScenarioFields.All.Single(f => f.Path == path);

    [Fact]
    public void All_Paths_AreUnique()
    {
        Assert.Equal(ScenarioFields.All.Count, ScenarioFields.All.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Accessors_AndTheTable_NameTheSameFields()
    {
        var served = ScenarioFields.All.Select(f => f.Path).Order(StringComparer.Ordinal);

        Assert.Equal(served, ScenarioFieldAccessors.ByPath.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Accessor_Set_WritesTheMemberAtTheFieldsPath(string path)
    {
        var field = FieldAt(path);
        var value = Inside(field);
        var document = new ScenarioDocument();

        ScenarioFieldAccessors.ByPath[path].Set(document, value);

        Assert.Equal(value, ScenarioFieldAccessors.ByPath[path].Get(document));
        Assert.Equal(value, WireValue(document, path));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Table_RequiredField_HasTheContractsDefault(string path)
    {
        var field = FieldAt(path);
        if (field.Optional)
        {
            // Left out, an optional member is absent from the wire: the table's default is the Engine's alone.
            Assert.Null(WireValue(Filled(), path));
            Assert.True(field.ModelDefault is not null ^ field.DefaultNote is not null, $"{path}: one of a model default or a note");
            return;
        }

        // The contract's initialiser is a second copy the browser needs; this keeps it equal to the Engine's.
        Assert.NotNull(field.Default);
        Assert.Equal(field.Default, WireValue(Filled(), path));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Map_FieldAtItsBounds_IsAccepted(string path) =>
        FieldBounds.AssertBoundsAccepted(FieldAt(path), value => Mapper.Map(With(path, value)).Errors, othersMayErr: true);

    [Theory]
    [MemberData(nameof(Paths))]
    public void Map_FieldJustOutsideItsBounds_IsRefusedWithTheRange(string path) =>
        FieldBounds.AssertJustOutsideRefused(FieldAt(path), value => Mapper.Map(With(path, value)).Errors, othersMayErr: true);

    /// <summary>A value well inside the range, distinct from the default; whole for integer fields.</summary>
    private static double Inside(ScenarioField field)
    {
        var middle = field.Min + ((field.Max - field.Min) / 3);
        return field.Integer ? Math.Floor(middle) : middle;
    }

    private static ScenarioDocument With(string path, double value)
    {
        var document = new ScenarioDocument();
        ScenarioFieldAccessors.ByPath[path].Set(document, value);
        return document;
    }

    /// <summary>A new document with the members that are left out by default given as empty objects.</summary>
    private static ScenarioDocument Filled() => new()
    {
        Power = new PowerDocument(),
        Economics = new EconomicsDocument(),
        Workload = new WorkloadDocument { Training = new TrainingDocument() },
    };

    private static double? WireValue(ScenarioDocument document, string path)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(document, StudioJsonContext.Default.ScenarioDocument))!;
        return TestJsonPaths.Find(json, "$." + path)?.GetValue<double>();
    }
}
