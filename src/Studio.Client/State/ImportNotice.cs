namespace Studio.Client.State;

/// <summary>
/// Why the last file was not taken (an import that failed), kept until the person dismisses it or a later import
/// succeeds: a snackbar vanished before a list of problems could be read, and showed only the first.
/// </summary>
public sealed class ImportNotice
{
    /// <summary>A heading ("vr.json was not imported: 3 problems") and one line per problem.</summary>
    public sealed record Notice(string Title, IReadOnlyList<string> Lines);

    public Notice? Current { get; private set; }

    public event Action? Changed;

    public void Show(string title, IReadOnlyList<string> lines)
    {
        Current = new(title, lines);
        Changed?.Invoke();
    }

    public void Dismiss()
    {
        if (Current is null)
        {
            return;
        }

        Current = null;
        Changed?.Invoke();
    }
}
