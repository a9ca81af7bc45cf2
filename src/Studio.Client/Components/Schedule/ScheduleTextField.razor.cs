using Microsoft.AspNetCore.Components;
using Studio.Client.State;

namespace Studio.Client.Components.Schedule;

public sealed partial class ScheduleTextField
{
    private string _text = "";
    private string? _error;
    private string? _shown;
    private bool _synced;

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The document's text; null while the field is left to its default.</summary>
    [Parameter] public string? Value { get; set; }

    [Parameter] public string Placeholder { get; set; } = "";

    [Parameter] public string? Help { get; set; }

    /// <summary>Makes the edit; a refusal's message shows on the field.</summary>
    [Parameter, EditorRequired] public Func<string?, EditResult> Set { get; set; } = null!;

    [Parameter] public string? TestId { get; set; }

    /// <summary>Only a change of the document's value (an undo, another scenario) replaces the text the user typed.</summary>
    protected override void OnParametersSet()
    {
        if (!_synced || Value != _shown)
        {
            _synced = true;
            _shown = Value;
            _text = Value ?? "";
            _error = null;
        }
    }

    private void OnTextChanged(string? text)
    {
        _text = text ?? "";
        var given = string.IsNullOrWhiteSpace(_text) ? null : _text.Trim();
        if (given == _shown)
        {
            _error = null;
            return;
        }

        // Set before the edit: the re-render it causes then sees its own value and keeps the text as typed.
        var previous = _shown;
        _shown = given;
        var result = Set(given);
        _error = result.Succeeded ? null : result.Message;
        if (!result.Succeeded)
        {
            _shown = previous;
        }
    }
}
