using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

public sealed class InvalidUtf8FinderTests
{
    [Fact]
    public void Find_ValidUtf8WithEscapesAndMultiByteText_ReturnsNull()
    {
        var json = """{"name":"Halle München 🏭","note":"\u00e9\n"}"""u8;

        Assert.Null(InvalidUtf8Finder.Find(json));
    }

    [Fact]
    public void Find_BadByteInAStringInsideAnArray_NamesTheItemsMemberAndTheOffset()
    {
        byte[] json = [.. """{"racks":[{"id":"a"},{"id":"b"""u8, 0xF2, .. "\"}]}"u8];

        var error = InvalidUtf8Finder.Find(json);

        Assert.NotNull(error);
        Assert.Equal("$.racks[1].id", error.Path);
        Assert.Contains("offset 29 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xF2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BadByteInAMemberName_NamesTheMemberWithAReplacementCharacter()
    {
        byte[] json = [.. """{"site":{"a"""u8, 0xF2, .. "\":1}}"u8];

        var error = InvalidUtf8Finder.Find(json);

        Assert.Equal("$.site.a\uFFFD", error?.Path);
    }

    [Fact]
    public void Find_BadByteInPlaceOfAValue_NamesTheMemberWhoseValueItBreaks()
    {
        // 0xF2 where a number should start: no longer JSON either, and the reader stops at the value it was reading.
        byte[] json = [.. """{"factory":{"crews":"""u8, 0xF2, .. "}}"u8];

        var error = InvalidUtf8Finder.Find(json);

        Assert.Equal("$.factory.crews", error?.Path);
    }

    [Fact]
    public void Find_TruncatedMultiByteSequenceAtTheEnd_ReportsItsFirstByte()
    {
        byte[] json = [.. """{"name":"x"}"""u8, 0xE2, 0x82];

        var error = InvalidUtf8Finder.Find(json);

        Assert.NotNull(error);
        Assert.Contains("offset 12 ", error.Message, StringComparison.Ordinal);
    }
}
