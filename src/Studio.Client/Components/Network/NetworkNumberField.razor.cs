using Microsoft.AspNetCore.Components;
using Studio.Client.State;

namespace Studio.Client.Components.Network;

public sealed partial class NetworkNumberField
{
    private string _text = "";
    private string? _error;
    private double? _shown;
    private bool _synced;

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The document's value; null while the field is left to its default.</summary>
    [Parameter] public double? Value { get; set; }

    [Parameter, EditorRequired] public NetworkBounds Bounds { get; set; } = null!;

    /// <summary>Reads "4:1" as 4.</summary>
    [Parameter] public bool Ratio { get; set; }

    [Parameter] public string Placeholder { get; set; } = "default";

    /// <summary>Makes the edit; a refusal's message shows on the field.</summary>
    [Parameter, EditorRequired] public Func<double?, EditResult> Set { get; set; } = null!;

    [Parameter] public string? TestId { get; set; }

    private string Help => $"{char.ToUpperInvariant(Bounds.Range[0])}{Bounds.Range[1..]}; empty for the default";

    /// <summary>Only a change of the document's value (an undo, another scenario) replaces the text the user typed.</summary>
    protected override void OnParametersSet()
    {
        if (!_synced || Value != _shown)
        {
            _synced = true;
            _shown = Value;
            _text = NetworkInput.Text(Value);
            _error = null;
        }
    }

    private void OnTextChanged(string? text)
    {
        _text = text ?? "";
        var parsed = NetworkInput.Parse(_text, Bounds, Ratio);
        _error = parsed.Error;
        if (!parsed.IsValid || parsed.Value == _shown)
        {
            return;
        }

        // Set before the edit: the re-render it causes then sees its own value and keeps the text as typed.
        var previous = _shown;
        _shown = parsed.Value;
        var result = Set(parsed.Value);
        if (!result.Succeeded)
        {
            _shown = previous;
            _error = result.Message;
        }
    }
}
