using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Catalog;

namespace Studio.Client.Components.Inspector;

public partial class ScenarioFieldEditor
{
    // A phone shows digits and a point; "decimal" is a C# keyword, which Razor cannot write in an attribute.
    private const InputMode DecimalKeyboard = InputMode.@decimal;

    private string _text = "";
    private string? _error;
    private double? _shown;
    private bool _initialised;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Parameter, EditorRequired] public ScenarioFieldDto Field { get; set; } = null!;

    private ScenarioFieldAccessor Accessor => ScenarioFieldAccessors.ByPath[Field.Path];

    /// <summary>The value in effect: the document's, or the default a required member has while its parent is left out.</summary>
    private double? Current => Accessor.Get(Editor.Document) ?? (Field.Optional ? null : Field.Default);

    /// <summary>
    /// Runs on every render of the inspector. Only a change of the document's value (an undo, another scenario)
    /// replaces the text: the user's own text, valid or not, stays as typed.
    /// </summary>
    protected override void OnParametersSet()
    {
        var current = Current;
        if (!_initialised || current != _shown)
        {
            _initialised = true;
            _shown = current;
            _text = ScenarioFieldInput.Text(Field, current);
            _error = null;
        }
    }

    private void OnTextChanged(string? text)
    {
        _text = text ?? "";
        var parsed = ScenarioFieldInput.Parse(Field, _text);
        _error = parsed.Error;
        if (parsed.IsValid && parsed.Value != Current)
        {
            // Set before the edit: the re-render it causes then sees its own value and keeps the text ("4e1", not "40").
            _shown = parsed.Value;
            Editor.Edit(d => Accessor.Set(d, parsed.Value));
        }
    }
}
