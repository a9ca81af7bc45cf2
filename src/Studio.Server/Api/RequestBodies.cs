namespace Studio.Server.Api;

/// <summary>Reads a request body up to a limit, without ever holding more than the limit in memory.</summary>
internal static class RequestBodies
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body's bytes, or null as soon as it is over <paramref name="maxBytes"/> (with or without a Content-Length).</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        return request.ContentLength is { } length
            ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken)
            : await ReadChunkedAsync(request.Body, maxBytes, cancellationToken);
    }

    /// <summary>
    /// With a Content-Length, one array of exactly that size: a growing buffer would allocate and drop about twice
    /// the body on the large-object heap for every large request. The server ends the body at the length it declared.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return buffer.AsMemory(0, filled);
    }

    /// <summary>Without a Content-Length (chunked), read in chunks and stop at the limit.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
