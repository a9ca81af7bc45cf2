using Microsoft.AspNetCore.Components.Web;
using Studio.Client.Components.Canvas;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.Canvas;

public sealed class CanvasKeysTests
{
    [Theory]
    [InlineData("Enter", CanvasKey.Select)]
    [InlineData(" ", CanvasKey.Select)]
    [InlineData("Delete", CanvasKey.Remove)]
    [InlineData("Backspace", CanvasKey.Remove)]
    [InlineData("ArrowLeft", CanvasKey.Left)]
    [InlineData("Tab", CanvasKey.None)]
    [InlineData("a", CanvasKey.None)]
    public void Resolve_PlainKey_MeansWhatTheCanvasDoesWithIt(string key, CanvasKey expected) =>
        Assert.Equal(expected, CanvasKeys.Resolve(new KeyboardEventArgs { Key = key }));

    [Fact]
    public void Resolve_WithAltOrCmd_IsNothing()
    {
        Assert.Equal(CanvasKey.None, CanvasKeys.Resolve(new KeyboardEventArgs { Key = "ArrowUp", AltKey = true }));
        Assert.Equal(CanvasKey.None, CanvasKeys.Resolve(new KeyboardEventArgs { Key = "Enter", MetaKey = true }));
    }

    [Fact]
    public void Offset_ShiftArrow_MovesFiveGridSteps()
    {
        Assert.Equal((0.0, -20.0), CanvasKeys.Offset(CanvasKey.Up, shift: false));
        Assert.Equal((100.0, 0.0), CanvasKeys.Offset(CanvasKey.Right, shift: true));
        Assert.Equal((0.0, 0.0), CanvasKeys.Offset(CanvasKey.Select, shift: true));
    }

    [Fact]
    public void Findings_ErrorsAndWarnings_AreCountedInWords()
    {
        DiagnosticDto Finding(string severity) => new("x", severity, "m", "f", [], []);
        Assert.Equal("", CanvasKeys.Findings([]));
        Assert.Equal(", 1 error", CanvasKeys.Findings([Finding("error")]));
        Assert.Equal(", 2 errors and 1 finding", CanvasKeys.Findings([Finding("error"), Finding("warning"), Finding("error")]));
    }
}
