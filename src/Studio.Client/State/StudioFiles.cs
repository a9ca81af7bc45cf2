using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.JSInterop;
using Studio.Contracts;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// Files and the clipboard, the things only the browser can do, through js/studio-files.js: export a scenario, save
/// a chart's CSV or PNG, copy a link. The module loads on first use, so a session that never needs it never fetches it.
/// </summary>
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

    /// <summary>Downloads text as a file (the charts' CSV).</summary>
    public async Task SaveTextAsync(string fileName, string text, string mimeType = "text/csv")
    {
        var module = await ModuleAsync();
        await module.InvokeVoidAsync("downloadText", fileName, text, mimeType);
    }

    /// <summary>
    /// Downloads the Plotly chart in element <paramref name="elementId"/> as a PNG with <paramref name="title"/> on top,
    /// in the given colours; false where the chart is not drawn yet.
    /// </summary>
    public async Task<bool> SaveChartPngAsync(string elementId, string fileName, string title, object theme)
    {
        var module = await ModuleAsync();
        return await module.InvokeAsync<bool>("downloadChartPng", elementId, fileName, title, theme);
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
        var slug = Slug(name);
        return (slug.Length == 0 ? "scenario" : slug) + ".json";
    }

    /// <summary>"Hall B: 4 × NVL72" becomes "hall-b-4-nvl72": lower-case letters and digits, one dash between runs, at most 80 characters.</summary>
    public static string Slug(string? name)
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
        return text[..Math.Min(text.Length, 80)].TrimEnd('-');
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
