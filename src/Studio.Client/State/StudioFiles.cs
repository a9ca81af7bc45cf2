using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.JSInterop;
using Studio.Contracts;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>Export to a file and copy to the clipboard: the two things only the browser can do, through js/studio-files.js.</summary>
public sealed class StudioFiles(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/studio-files.js";

    private IJSObjectReference? _module;

    /// <summary>Downloads the document as indented JSON named after the scenario; returns the file name.</summary>
    public async Task<string> ExportAsync(ScenarioDocument document)
    {
        var fileName = FileName(document.Name);
        var module = await ModuleAsync();
        await module.InvokeVoidAsync("downloadText", fileName, Indented(document), "application/json");
        return fileName;
    }

    public async Task<bool> CopyAsync(string text)
    {
        var module = await ModuleAsync();
        return await module.InvokeAsync<bool>("copyText", text);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away: nothing to release.
            }
        }
    }

    /// <summary>"Hall B: 4 × NVL72" becomes "hall-b-4-nvl72.json".</summary>
    public static string FileName(string? name)
    {
        var slug = new StringBuilder();
        foreach (var c in (name ?? "").ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return (text.Length == 0 ? "scenario" : text[..Math.Min(text.Length, 80)].TrimEnd('-')) + ".json";
    }

    /// <summary>
    /// The contract's JSON, indented and with °, × and – left readable, for people who read or diff the file; any JSON
    /// reader sees the same document. (The file is data, never HTML, so the relaxed escaping is safe.)
    /// </summary>
    public static string Indented(ScenarioDocument document)
    {
        using var parsed = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(document, StudioJsonContext.Default.ScenarioDocument));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            parsed.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
}
