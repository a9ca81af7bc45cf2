namespace Studio.Server.Api;

/// <summary>Reads a request body up to a limit, without ever holding more than the limit in memory.</summary>
internal static class RequestBodies
{
    /// <summary>The body's bytes, or null as soon as it is over <paramref name="maxBytes"/> (with or without a Content-Length).</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
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
