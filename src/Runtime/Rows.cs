using System.Numerics;

namespace LayerGen;

/// <summary>Per-row reductions over a row-major batch.</summary>
public static class Rows
{
    /// <summary>
    /// Writes the index of each row's largest entry into <paramref name="classes"/>. Argmax of logits equals argmax of softmax,
    /// so prediction needs no softmax.
    /// </summary>
    /// <remarks>Ties go to the first index; a NaN counts as larger than everything, so the first NaN wins (as NumPy and PyTorch).</remarks>
    /// <param name="x">The batch, <c>rows × cols</c> row-major.</param>
    /// <param name="cols">The row width.</param>
    /// <param name="classes">Receives one index per row; at least <c>rows</c> long.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is not a whole number of rows or <paramref name="classes"/> is too short.</exception>
    public static void ArgMax(ReadOnlySpan<float> x, int cols, Span<int> classes) => ArgMax<float>(x, cols, classes);

    /// <inheritdoc cref="ArgMax(ReadOnlySpan{float}, int, Span{int})"/>
    public static void ArgMax(ReadOnlySpan<double> x, int cols, Span<int> classes) => ArgMax<double>(x, cols, classes);

    internal static void ArgMax<T>(ReadOnlySpan<T> x, int cols, Span<int> classes)
        where T : IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(x.Length, cols, "x.Length");
        Guard.RowCount(classes.Length, x.Length, cols, "classes", "x", exact: false);
        for (int r = 0; r < rows; r++)
        {
            classes[r] = ArgMaxRow(x.Slice(r * cols, cols));
        }
    }

    private static int ArgMaxRow<T>(ReadOnlySpan<T> row)
        where T : IFloatingPointIeee754<T>
    {
        int best = 0;
        T max = row[0];
        if (T.IsNaN(max))
        {
            return 0;
        }

        for (int j = 1; j < row.Length; j++)
        {
            T v = row[j];
            if (v > max)
            {
                max = v;
                best = j;
            }
            else if (T.IsNaN(v))
            {
                return j;
            }
        }

        return best;
    }
}
