using System.Text.Json;
using Studio.Client.Tests.Support;
using Studio.Contracts;
using Studio.Contracts.Store;

namespace Studio.Client.Tests.Links;

/// <summary>The inline link's payload: it round-trips, and every way a link can be damaged gets words, not an exception.</summary>
public sealed class InlineScenarioLinkTests
{
    [Fact]
    public void EncodeThenDecode_Template_GivesTheCanonicalJsonBack()
    {
        var document = TestCatalog.Template();

        var payload = InlineScenarioLink.Encode(document);
        var decoded = InlineScenarioLink.Decode(payload);

        Assert.Null(decoded.Error);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(document, StudioJsonContext.Default.ScenarioDocument), decoded.Json);
        Assert.Matches("^[A-Za-z0-9_-]+$", payload);
        Assert.InRange(payload.Length, 50, InlineScenarioLink.MaxPayloadChars);
    }

    [Theory]
    [InlineData("", "everything after '#' is missing")]
    [InlineData("not base64 at all!", "holds characters the studio never writes")]
    [InlineData("AAAA", "cut")]
    [InlineData("A", "holds characters the studio never writes")]
    public void Decode_DamagedPayload_SaysWhatIsWrong(string payload, string message)
    {
        var decoded = InlineScenarioLink.Decode(payload);

        Assert.Null(decoded.Json);
        Assert.Contains(message, decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TamperedPayloads_NeverThrow()
    {
        var payload = InlineScenarioLink.Encode(TestCatalog.Template());
        var random = new Random(11);

        for (var i = 0; i < 300; i++)
        {
            var chars = payload.ToCharArray();
            chars[random.Next(chars.Length)] = "ABCxyz019-_"[random.Next(11)];
            var tampered = random.Next(3) == 0 ? new string(chars)[..random.Next(1, chars.Length)] : new string(chars);

            var decoded = InlineScenarioLink.Decode(tampered);

            // Either an error in words, or bytes for the server to validate: never an exception.
            Assert.True(decoded.Json is not null ^ decoded.Error is not null);
        }
    }

    [Fact]
    public void Decode_BombOverOneMebibyte_IsRefused()
    {
        var huge = new string(' ', 2 * 1024 * 1024);
        using var compressed = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(System.Text.Encoding.UTF8.GetBytes(huge));
        }

        var decoded = InlineScenarioLink.Decode(System.Buffers.Text.Base64Url.EncodeToString(compressed.ToArray()));

        Assert.Contains("over 1 MiB", decoded.Error, StringComparison.Ordinal);
    }
}
