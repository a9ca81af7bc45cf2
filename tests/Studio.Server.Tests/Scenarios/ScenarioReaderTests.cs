using System.Text;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

/// <summary>The reader alone, for the cases the HTTP tests cannot reach easily: raw bytes and odd member names.</summary>
public sealed class ScenarioReaderTests
{
    [Fact]
    public void Parse_MinimalDocument_FillsTheDocumentedDefaults()
    {
        var read = ScenarioReader.Parse("""{"schemaVersion":2}"""u8.ToArray());

        Assert.Empty(read.Errors);
        Assert.NotNull(read.Document);
        Assert.Equal("ashburn-va", read.Document.Site.Location);
        Assert.Equal(45, read.Document.Site.CoolantSupplyC);
        Assert.Empty(read.Document.Factory.Halls);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"site":{"it's":1}}""", "$.site['it's']", "it's")]
    [InlineData("""{"schemaVersion":1,"site":{"a b":1}}""", "$.site['a b']", "a b")]
    [InlineData("""{"schemaVersion":1,"racks":[{"id":"r","partId":"vr.rack","x[0]":1}]}""", "$.racks[0]['x[0]']", "x[0]")]
    [InlineData("""{"schemaVersion":1,"a.b":1}""", "$['a.b']", "a.b")]
    public void Parse_UnknownFieldWithAnOddName_NamesExactlyThatField(string json, string path, string field)
    {
        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json));

        var error = Assert.Single(read.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal($"Unknown field '{field}'. Check its spelling against docs/scenario-format.md.", error.Message);
    }

    [Fact]
    public void Parse_WrongTypeBesideAMemberNameThatIsNotUtf8_ReportsTheNameThatIsNotText()
    {
        // The bytes are checked before anything decodes them, so the name that is not UTF-8 is what the user hears
        // about, with where it is; the wrong type beside it comes up once the file is saved as UTF-8.
        byte[] json = [.. """{"schemaVersion":2,"factory":{"crews":"ten","""u8, (byte)'"', 0xFF, .. "\":1}}"u8];

        var read = ScenarioReader.Parse(json);

        var error = Assert.Single(read.Errors);
        Assert.Equal("$.factory.\uFFFD", error.Path);
        Assert.Equal("Not valid text: the byte at offset 45 of the body (0xFF, counting from 0) does not begin a valid UTF-8 sequence. Save the file as UTF-8.", error.Message);
    }

    [Fact]
    public void Parse_UnknownFieldNameThatIsNotUtf8_Returns400ErrorNotException()
    {
        byte[] json = [.. """{"schemaVersion":1,"site":{"""u8, (byte)'"', 0xFF, 0xFE, .. "\":1}}"u8];

        var read = ScenarioReader.Parse(json);

        var error = Assert.Single(read.Errors);
        Assert.StartsWith("$.site.", error.Path, StringComparison.Ordinal);
        Assert.StartsWith("Not valid text: the byte at offset 28 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralNullListItems_ReportsEachWithItsPath()
    {
        var read = ScenarioReader.Parse("""
            {"schemaVersion":1,
             "racks":[null,{"id":"r","partId":"vr.rack","parts":[{"id":"p","partId":"vr.power-shelf"},null]}],
             "equipment":[null],
             "connections":[null,null]}
            """u8.ToArray());

        Assert.Null(read.Document);
        Assert.Equal(
            ["$.racks[0]", "$.racks[1].parts[1]", "$.equipment[0]", "$.connections[0]", "$.connections[1]"],
            read.Errors.Select(e => e.Path));
        Assert.All(read.Errors, e => Assert.StartsWith("Must not be null", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MemberNameInAnotherCase_IsAnUnknownField()
    {
        // The contract is case-sensitive: "Factory" is not "factory", and a document must mean one thing.
        var read = ScenarioReader.Parse("""{"schemaVersion":1,"Factory":{"rackCount":2}}"""u8.ToArray());

        var error = Assert.Single(read.Errors);
        Assert.Equal("$.Factory", error.Path);
        Assert.Equal("Unknown field 'Factory'. Check its spelling against docs/scenario-format.md.", error.Message);
    }

    [Fact]
    public void Parse_MemberGivenTwice_NamesThePathOfTheRepeat()
    {
        var read = ScenarioReader.Parse("""{"schemaVersion":1,"racks":[{"id":"a","partId":"vr.rack","id":"b"}]}"""u8.ToArray());

        var error = Assert.Single(read.Errors);
        Assert.Equal("$.racks[0].id", error.Path);
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }
}
