using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json;
using Studio.Contracts.Scenarios;

namespace Studio.Contracts.Store;

/// <summary>
/// A design shared with no server state: <c>/s/inline#PAYLOAD</c>, where the payload is the scenario document's
/// canonical JSON, deflated and written in base64url. It sits in the fragment, which browsers never send to a
/// server, so the design stays with whoever holds the link. Decoding checks everything a link can get wrong (cut
/// off, edited, not a design at all) and the decoded JSON then goes through the server's normal validation.
/// </summary>
public static class InlineScenarioLink
{
    /// <summary>The route without its fragment.</summary>
    public const string Path = "s/inline";

    /// <summary>
    /// The longest payload offered: links past about 8,000 characters break in mail clients and chat tools. A
    /// one-rack design compresses to a few hundred characters; large floors should be saved and shared by id.
    /// </summary>
    public const int MaxPayloadChars = 8000;

    /// <summary>The same limit as a request body: a link cannot smuggle in a larger document.</summary>
    public const int MaxDocumentBytes = ScenarioDocument.MaxBytes;

    /// <summary>The payload for <paramref name="document"/>; check its length against <see cref="MaxPayloadChars"/>.</summary>
    public static string Encode(ScenarioDocument document)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(document, StudioJsonContext.Default.ScenarioDocument);
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(json);
        }

        return Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>The JSON a payload holds, or why it holds none, in words for the person who opened the link.</summary>
    public static InlineDecodeResult Decode(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return InlineDecodeResult.Fail("The link has no design in it: everything after '#' is missing. Ask for the whole link again.");
        }

        if (payload.Length > MaxPayloadChars * 2)
        {
            return InlineDecodeResult.Fail("The link is far longer than any the studio writes, so it was not opened.");
        }

        if (!Base64Url.IsValid(payload))
        {
            return InlineDecodeResult.Fail("The link has been changed or cut: it holds characters the studio never writes. Ask for the whole link again.");
        }

        try
        {
            using var deflate = new DeflateStream(new MemoryStream(Base64Url.DecodeFromChars(payload)), CompressionMode.Decompress);
            using var json = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = deflate.Read(buffer)) > 0)
            {
                if (json.Length + read > MaxDocumentBytes)
                {
                    return InlineDecodeResult.Fail("The design in the link is over 1 MiB, more than any studio design.");
                }

                json.Write(buffer, 0, read);
            }

            return json.Length == 0
                ? InlineDecodeResult.Fail("The link decodes to nothing: it has been cut. Ask for the whole link again.")
                : new(json.ToArray(), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException)
        {
            return InlineDecodeResult.Fail("The link has been changed or cut: its design cannot be unpacked. Ask for the whole link again.");
        }
    }
}

/// <summary>The JSON an inline link holds, or why it could not be read.</summary>
public sealed record InlineDecodeResult(byte[]? Json, string? Error)
{
    public static InlineDecodeResult Fail(string error) => new(null, error);
}
