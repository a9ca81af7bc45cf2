using System.Text.Json;

namespace Studio.Client.State;

/// <summary>How a request sent through <see cref="LatestRequest"/> ended.</summary>
public enum RequestEnd
{
    /// <summary>The server answered; the answer is the value.</summary>
    Answered,

    /// <summary>A newer request (or a stop) took its place: its answer, if any, must not be shown.</summary>
    Superseded,

    /// <summary>The server could not be reached; the reason says how.</summary>
    Unreachable,

    /// <summary>The server answered with something that is not what was asked for (a proxy's page, another version).</summary>
    Unreadable,
}

/// <summary>
/// The latest of a stream of requests, each sent after a pause in edits: a newer one cancels the one before, so a
/// slow answer never overwrites a newer one, and what goes wrong on the wire comes back as a value with its reason
/// rather than as an exception. The evaluation and the comparison both send through one.
/// </summary>
public sealed class LatestRequest : IDisposable
{
    private CancellationTokenSource? _pending;

    /// <summary>Quiet time after an edit before sending: typing or dragging sends one request, not ten.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Cancels the request before, waits out the debounce, then sends (reading its input only then).</summary>
    public async Task<(RequestEnd End, T? Answer, string? Reason)> SendAsync<T>(Func<CancellationToken, Task<T>> send)
    {
        Cancel();
        _pending = new CancellationTokenSource();
        var cancellationToken = _pending.Token;
        try
        {
            await Task.Delay(Debounce, cancellationToken);
            var answer = await send(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return (RequestEnd.Answered, answer, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (RequestEnd.Superseded, default, null);
        }
        catch (HttpRequestException ex)
        {
            return (RequestEnd.Unreachable, default, ex.Message);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return (RequestEnd.Unreadable, default, ex.Message);
        }
    }

    /// <summary>Cancels the request in flight, if any: its end reads <see cref="RequestEnd.Superseded"/>.</summary>
    public void Cancel()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }

    public void Dispose() => Cancel();
}
