using Blazor.Diagrams.Core.Models;

namespace Studio.Client.Components.Canvas;

/// <summary>
/// The canvas's view: zoom in and out about the middle of the canvas, and fit the design in view, which happens by
/// itself whenever a document is opened (the last one's pan could leave the new design off-screen).
/// </summary>
public sealed partial class DesignCanvas
{
    /// <summary>Each zoom button step, and the screen pixels kept free around a fitted design.</summary>
    private const double ZoomStep = 1.25;
    private const double FitMargin = 40;

    /// <summary>A fit waits for what it needs: the canvas's size, and every node's size, measured after it renders.</summary>
    private bool _fitPending = true;

    internal void ZoomIn() => ZoomBy(ZoomStep);

    internal void ZoomOut() => ZoomBy(1 / ZoomStep);

    /// <summary>
    /// Shows every node, centred, no larger than life (a single rack is not blown up to fill the screen) and no smaller
    /// than the zoom's minimum, where a large design starts at its top-left corner instead.
    /// </summary>
    internal void ZoomToFit()
    {
        if (Diagram.Container is not { } container)
        {
            return;
        }

        var sized = Diagram.Nodes.Where(n => n.Size is not null).ToList();
        if (sized.Count == 0)
        {
            SetView(1, 0, 0);
            return;
        }

        var left = sized.Min(n => n.Position.X);
        var top = sized.Min(n => n.Position.Y);
        var width = sized.Max(n => n.Position.X + n.Size!.Width) - left;
        var height = sized.Max(n => n.Position.Y + n.Size!.Height) - top;
        var fit = Math.Min((container.Width - 2 * FitMargin) / Math.Max(width, 1), (container.Height - 2 * FitMargin) / Math.Max(height, 1));
        var zoom = Math.Clamp(fit, Diagram.Options.Zoom.Minimum, 1);
        var x = Math.Max(FitMargin, (container.Width - width * zoom) / 2);
        var y = Math.Max(FitMargin, (container.Height - height * zoom) / 2);
        SetView(zoom, x - left * zoom, y - top * zoom);
    }

    private void ZoomBy(double factor)
    {
        if (Diagram.Container is not { } container)
        {
            return;
        }

        var zoom = Math.Clamp(Diagram.Zoom * factor, Diagram.Options.Zoom.Minimum, Diagram.Options.Zoom.Maximum);
        // The canvas point under the middle of the canvas stays there.
        var (cx, cy) = (container.Width / 2, container.Height / 2);
        var scale = zoom / Diagram.Zoom;
        SetView(zoom, cx - (cx - Diagram.Pan.X) * scale, cy - (cy - Diagram.Pan.Y) * scale);
    }

    private void SetView(double zoom, double panX, double panY)
    {
        Diagram.SetZoom(zoom);
        Diagram.SetPan(panX, panY);
    }

    private void OnLoaded()
    {
        _fitPending = true;
        FitIfPending();
    }

    private void OnNodeSized(NodeModel node) => FitIfPending();

    private void FitIfPending()
    {
        if (_fitPending && Diagram.Container is not null && Diagram.Nodes.All(n => n.Size is not null))
        {
            _fitPending = false;
            ZoomToFit();
        }
    }
}
