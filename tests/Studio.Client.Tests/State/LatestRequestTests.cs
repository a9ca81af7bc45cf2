using System.Text.Json;
using Studio.Client.State;

namespace Studio.Client.Tests.State;

/// <summary>The latest request wins; what goes wrong on the wire comes back as a reason, never as an exception.</summary>
public sealed class LatestRequestTests
{
    [Fact]
    public async Task SendAsync_NewerRequestWhileOneIsInFlight_TheOlderEndsSupersededAndTheNewerAnswers()
    {
        using var requests = new LatestRequest { Debounce = TimeSpan.Zero };
        var release = new TaskCompletionSource<int>();

        var older = requests.SendAsync(async token =>
        {
            await using (token.Register(() => release.TrySetCanceled(token)))
            {
                return await release.Task;
            }
        });
        var newer = await requests.SendAsync(_ => Task.FromResult(2));

        Assert.Equal((RequestEnd.Superseded, 0, (string?)null), await older);
        Assert.Equal((RequestEnd.Answered, 2, (string?)null), newer);
    }

    [Fact]
    public async Task SendAsync_WireFailures_EndWithTheirReason()
    {
        using var requests = new LatestRequest { Debounce = TimeSpan.Zero };

        var unreachable = await requests.SendAsync<int>(_ => throw new HttpRequestException("connection refused"));
        var unreadable = await requests.SendAsync<int>(_ => throw new JsonException("'<' is an invalid start of a value"));

        Assert.Equal((RequestEnd.Unreachable, "connection refused"), (unreachable.End, unreachable.Reason));
        Assert.Equal((RequestEnd.Unreadable, "'<' is an invalid start of a value"), (unreadable.End, unreadable.Reason));
    }
}
