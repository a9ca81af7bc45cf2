namespace Studio.Client.State;

/// <summary>What the studio's middle shows: the rack designs on the rack canvas, or the factory that places them.</summary>
public enum StudioViewKind
{
    Rack,
    Factory,
}

/// <summary>
/// Which view the studio shows, shared so a gesture in one view (double-clicking a row) can open the other. Scoped:
/// one per tab.
/// </summary>
public sealed class StudioView(ScenarioEditor editor)
{
    public StudioViewKind Current { get; private set; } = StudioViewKind.Rack;

    /// <summary>Whether the left panel (the parts palette, or the rack designs in the factory) is shown.</summary>
    public bool IsPaletteOpen { get; private set; } = true;

    public event Action? Changed;

    /// <summary>Hides or shows the left panel: on a small screen the canvas gets its width.</summary>
    public void TogglePalette()
    {
        IsPaletteOpen = !IsPaletteOpen;
        Changed?.Invoke();
    }

    public void Show(StudioViewKind view)
    {
        if (Current == view)
        {
            return;
        }

        Current = view;
        // A row or hall left selected would stay in the inspector, and the rack canvas's Delete key would delete it
        // unseen: the rack canvas starts with no factory selection.
        if (view == StudioViewKind.Rack && (editor.FindRow(editor.SelectedId) is not null || editor.FindHall(editor.SelectedId) is not null))
        {
            editor.Select(null);
        }

        Changed?.Invoke();
    }

    /// <summary>Switches to the rack canvas with a rack design selected, so the inspector and canvas show that design.</summary>
    public void OpenRackDesign(string rackId)
    {
        if (editor.FindRack(rackId) is null)
        {
            return;
        }

        Show(StudioViewKind.Rack);
        editor.Select(rackId);
    }
}
