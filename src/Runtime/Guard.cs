using System.Diagnostics.CodeAnalysis;

namespace LayerGen;

/// <summary>
/// Argument checks shared by the kernels. Every check runs before a kernel writes anything,
/// and every message names the parameter and the values that were wrong.
/// </summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is not positive.</summary>
    public static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            ThrowNotPositive(value, name);
        }
    }

    /// <summary>Checks that a batch of <paramref name="length"/> entries splits into rows of <paramref name="cols"/> and returns the row count.</summary>
    public static int Rows(int length, int cols, string lengthName, string colsName = "cols")
    {
        Positive(cols, colsName);
        if (length % cols != 0)
        {
            ThrowNotMultiple(length, cols, lengthName, colsName);
        }

        return length / cols;
    }

    /// <summary>Throws when a destination of <paramref name="actual"/> entries cannot hold <paramref name="required"/> entries.</summary>
    public static void Destination(int actual, int required, string name, string requiredBy)
    {
        if (actual < required)
        {
            ThrowTooShort(actual, required, name, requiredBy);
        }
    }

    /// <summary>
    /// Checks a per-row span against the row count <c>length / cols</c> of the batch named <paramref name="batchName"/>:
    /// exactly that long when <paramref name="exact"/>, else at least. The message is only built when throwing.
    /// </summary>
    public static void RowCount(int actual, int length, int cols, string name, string batchName, bool exact)
    {
        int rows = length / cols;
        if (exact ? actual != rows : actual < rows)
        {
            string relation = exact ? "does not match" : "is shorter than";
            throw new ArgumentException($"{name}.Length ({actual}) {relation} the row count ({batchName}.Length {length} / cols {cols} = {rows}).", name);
        }
    }

    /// <summary>Throws when an input of <paramref name="actual"/> entries does not have exactly <paramref name="required"/> entries.</summary>
    public static void SameLength(int actual, int required, string name, string requiredBy)
    {
        if (actual != required)
        {
            ThrowLengthMismatch(actual, required, name, requiredBy);
        }
    }

    /// <summary>
    /// Throws when <paramref name="destination"/> overlaps <paramref name="source"/> without starting at the same element.
    /// Exact aliasing (in-place use) is allowed; a shifted overlap would read values the kernel already overwrote.
    /// </summary>
    public static void NoPartialOverlap<T>(ReadOnlySpan<T> source, ReadOnlySpan<T> destination, string sourceName, string destinationName)
    {
        if (source.Overlaps(destination, out int offset) && offset != 0)
        {
            ThrowPartialOverlap(offset, sourceName, destinationName);
        }
    }

    /// <summary>Throws when <paramref name="destination"/> shares any memory with <paramref name="source"/> (kernels that read inputs repeatedly).</summary>
    public static void NoOverlap<T>(ReadOnlySpan<T> source, ReadOnlySpan<T> destination, string sourceName, string destinationName)
    {
        if (source.Overlaps(destination))
        {
            throw new ArgumentException($"{destinationName} overlaps {sourceName}; this kernel needs separate memory for its output.", destinationName);
        }
    }

    /// <summary>Throws when a length does not equal the product <paramref name="a"/> × <paramref name="b"/>.</summary>
    public static void ProductLength(int actual, int a, int b, string name, string aName, string bName, bool atLeast)
    {
        long required = (long)a * b;
        if (atLeast ? actual < required : actual != required)
        {
            string relation = atLeast ? "is shorter than" : "does not match";
            throw new ArgumentException($"{name}.Length ({actual}) {relation} {aName} × {bName} ({a} × {b} = {required}).", name);
        }
    }

    [DoesNotReturn]
    private static void ThrowNotPositive(int value, string name) =>
        throw new ArgumentOutOfRangeException(name, value, $"{name} ({value}) must be positive.");

    [DoesNotReturn]
    private static void ThrowNotMultiple(int length, int cols, string lengthName, string colsName) =>
        throw new ArgumentException($"{lengthName} ({length}) is not a multiple of {colsName} ({cols}).", lengthName.Split('.')[0]);

    [DoesNotReturn]
    private static void ThrowTooShort(int actual, int required, string name, string requiredBy) =>
        throw new ArgumentException($"{name}.Length ({actual}) is shorter than {requiredBy} ({required}).", name);

    [DoesNotReturn]
    private static void ThrowLengthMismatch(int actual, int required, string name, string requiredBy) =>
        throw new ArgumentException($"{name}.Length ({actual}) does not match {requiredBy} ({required}).", name);

    [DoesNotReturn]
    private static void ThrowPartialOverlap(int offset, string sourceName, string destinationName) =>
        throw new ArgumentException(
            $"{destinationName} overlaps {sourceName} at an offset of {offset} elements; pass the same span for in-place use or non-overlapping memory.",
            destinationName);

    [DoesNotReturn]
    public static void ThrowLabelOutOfRange(int index, int label, int cols, int ignoreIndex) =>
        throw new ArgumentOutOfRangeException(
            "labels",
            label,
            $"labels[{index}] ({label}) is outside [0, {cols}) and is not the ignore index ({ignoreIndex}).");
}
