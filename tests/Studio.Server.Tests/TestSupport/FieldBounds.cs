using System.Globalization;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.TestSupport;

/// <summary>
/// The field table's promise, checked the same way for every section: a value at either bound maps, and the nearest
/// value outside is refused at the field's path with the range in the message.
/// </summary>
internal static class FieldBounds
{
    /// <param name="errorsAt">The mapper's errors for a document whose field holds the value.</param>
    /// <param name="othersMayErr">Whether other fields of the document may have errors of their own (the shared table's documents do).</param>
    public static void AssertBoundsAccepted(ScenarioField field, Func<double, IReadOnlyList<InputError>> errorsAt, bool othersMayErr = false)
    {
        foreach (var bound in new[] { field.Min, field.Max })
        {
            var errors = errorsAt(bound);
            if (othersMayErr)
            {
                Assert.DoesNotContain(errors, e => e.Path == "$." + field.Path);
            }
            else
            {
                Assert.Empty(errors);
            }
        }
    }

    public static void AssertJustOutsideRefused(ScenarioField field, Func<double, IReadOnlyList<InputError>> errorsAt, bool othersMayErr = false)
    {
        var below = field.Integer ? field.Min - 1 : Math.BitDecrement(field.Min);
        var above = field.Integer ? field.Max + 1 : Math.BitIncrement(field.Max);
        foreach (var value in new[] { below, above })
        {
            var errors = errorsAt(value);
            var error = othersMayErr ? Assert.Single(errors, e => e.Path == "$." + field.Path) : Assert.Single(errors);
            Assert.Equal("$." + field.Path, error.Path);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture,
                $"{value} {field.Unit} is out of range: use a value from {field.Min} to {field.Max} {field.Unit}."), error.Message);
        }
    }
}
