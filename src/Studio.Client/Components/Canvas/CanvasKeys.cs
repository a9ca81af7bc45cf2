using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;

namespace Studio.Client.Components.Canvas;

/// <summary>What a key pressed on a focused rack, slot or piece of equipment asks for.</summary>
public enum CanvasKey
{
    None,

    /// <summary>Enter or Space: select it, which opens it in the inspector.</summary>
    Select,

    /// <summary>Delete or Backspace: remove it (the toast offers the undo).</summary>
    Remove,

    /// <summary>An arrow key: a slot moves focus to its neighbour; a node moves on the canvas.</summary>
    Up,
    Down,
    Left,
    Right,
}

/// <summary>
/// The canvas's keys, apart from the widgets that receive them, so the mapping is tested without a browser. Keys with
/// Ctrl, Alt or Cmd are left to the studio (undo, redo) and the browser.
/// </summary>
public static class CanvasKeys
{
    /// <summary>How far an arrow key moves a node: one grid step, five with Shift.</summary>
    public const double Step = 20;

    public static CanvasKey Resolve(KeyboardEventArgs key)
    {
        if (key.CtrlKey || key.AltKey || key.MetaKey)
        {
            return CanvasKey.None;
        }

        return key.Key switch
        {
            "Enter" or " " or "Spacebar" => CanvasKey.Select,
            "Delete" or "Backspace" => CanvasKey.Remove,
            "ArrowUp" => CanvasKey.Up,
            "ArrowDown" => CanvasKey.Down,
            "ArrowLeft" => CanvasKey.Left,
            "ArrowRight" => CanvasKey.Right,
            _ => CanvasKey.None,
        };
    }

    /// <summary>The canvas offset an arrow key moves a node by; (0, 0) for any other key.</summary>
    public static (double X, double Y) Offset(CanvasKey key, bool shift)
    {
        var step = shift ? 5 * Step : Step;
        return key switch
        {
            CanvasKey.Up => (0, -step),
            CanvasKey.Down => (0, step),
            CanvasKey.Left => (-step, 0),
            CanvasKey.Right => (step, 0),
            _ => (0, 0),
        };
    }

    /// <summary>
    /// A key on a focused rack or piece of equipment: Enter or Space selects it, Delete removes it (with an undo in the
    /// toast), an arrow moves it one grid step. False when the key means nothing here.
    /// </summary>
    public static bool OnNodeKey(ScenarioEditor editor, ISnackbar snackbar, string id, KeyboardEventArgs args)
    {
        var key = Resolve(args);
        switch (key)
        {
            case CanvasKey.Select:
                editor.Select(id);
                return true;
            case CanvasKey.Remove:
                snackbar.OfferUndo(editor, editor.Remove(id));
                return true;
            case CanvasKey.None:
                return false;
            default:
                var position = editor.FindItem(id) switch
                {
                    Contracts.Scenarios.RackDocument rack => rack.Position,
                    Contracts.Scenarios.EquipmentDocument item => item.Position,
                    _ => null,
                };
                var (dx, dy) = Offset(key, args.ShiftKey);
                editor.MoveNode(id, (position?.X ?? 0) + dx, (position?.Y ?? 0) + dy);
                return true;
        }
    }

    /// <summary>", 2 errors", ", 1 finding" or nothing: a node's findings in words, for the end of its accessible name.</summary>
    public static string Findings(IReadOnlyList<Contracts.Evaluation.DiagnosticDto> findings)
    {
        var errors = findings.Count(d => d.Severity == "error");
        var others = findings.Count - errors;
        var parts = new List<string>(2);
        if (errors > 0)
        {
            parts.Add(errors == 1 ? "1 error" : $"{errors} errors");
        }

        if (others > 0)
        {
            parts.Add(others == 1 ? "1 finding" : $"{others} findings");
        }

        return parts.Count == 0 ? "" : ", " + string.Join(" and ", parts);
    }
}
