using MudBlazor;
using Studio.Client.State;

namespace Studio.Client.Components.Shared;

/// <summary>Deleting is undoable, so the studio asks nothing and offers the undo in the toast instead.</summary>
public static class UndoToast
{
    /// <summary>
    /// Says what an edit did, with an Undo tied to that edit: the toast outlives it, and once anything else changed its
    /// undo would take back the wrong edit, so then it says to use the toolbar's.
    /// </summary>
    public static void OfferUndo(this ISnackbar snackbar, ScenarioEditor editor, EditResult result)
    {
        var revision = editor.Revision;
        snackbar.Add(result.Message, Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.OnClick = _ =>
            {
                if (!editor.UndoIfLatest(revision))
                {
                    snackbar.Add("That deletion is no longer the last change: use Undo in the toolbar to step back to it.", Severity.Info);
                }

                return Task.CompletedTask;
            };
        });
    }
}
