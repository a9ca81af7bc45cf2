namespace Studio.Client.State;

/// <summary>What a studio-wide key does.</summary>
public enum StudioCommand
{
    Undo,
    Redo,
    ClearSelection,
}

/// <summary>
/// The studio's keyboard shortcuts, apart from the browser: js/studio-keys.js forwards key presses made outside text
/// fields, and this decides what they mean, so the mapping is testable without a browser. Ctrl and the Mac's Cmd
/// are the same modifier here, as people expect on either system.
/// </summary>
public static class StudioShortcuts
{
    public static StudioCommand? Resolve(string key, bool ctrl, bool shift, bool alt, bool meta)
    {
        var modifier = ctrl || meta;
        if (alt)
        {
            return null;
        }

        return key.ToUpperInvariant() switch
        {
            "Z" when modifier => shift ? StudioCommand.Redo : StudioCommand.Undo,
            "Y" when modifier && !shift => StudioCommand.Redo,
            "ESCAPE" when !modifier && !shift => StudioCommand.ClearSelection,
            _ => null,
        };
    }

    /// <summary>Carries a command out on the editor; false when there was nothing to do (nothing to undo, say).</summary>
    public static bool Run(this ScenarioEditor editor, StudioCommand command)
    {
        switch (command)
        {
            case StudioCommand.Undo when editor.CanUndo:
                editor.Undo();
                return true;
            case StudioCommand.Redo when editor.CanRedo:
                editor.Redo();
                return true;
            case StudioCommand.ClearSelection when editor.SelectedId is not null:
                editor.Select(null);
                return true;
            default:
                return false;
        }
    }
}
