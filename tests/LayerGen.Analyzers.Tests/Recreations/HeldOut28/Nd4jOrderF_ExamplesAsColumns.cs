// HeldOut28. Idiom: an NDArray-like class in Fortran order ('f', column-major storage data[col · Rows + row]) with an
// indexer and Rows/Columns; the softmax method lives on a separate static Transforms class (ND4J/DL4J style).
// Use: output activations with examples as columns. Layout: column-major [classes, examples], softmax down each column.
// Correct.
using System;

namespace LayerGen.HeldOut28.Nd4jOrderF_ExamplesAsColumns;

/// <summary>A column-major 2-D array.</summary>
public sealed class FortranArray
{
    private readonly float[] _data;

    public FortranArray(int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        _data = new float[rows * columns];
    }

    public int Rows { get; }

    public int Columns { get; }

    public float this[int row, int column]
    {
        get => _data[(column * Rows) + row];
        set => _data[(column * Rows) + row] = value;
    }
}

/// <summary>Element-wise and per-example transforms.</summary>
public static class Transforms
{
    /// <summary>Softmax of each column (one example per column).</summary>
    public static FortranArray SoftmaxColumns(FortranArray activations)
    {
        var result = new FortranArray(activations.Rows, activations.Columns);
        for (var example = 0; example < activations.Columns; example++)
        {
            var max = float.NegativeInfinity;
            for (var k = 0; k < activations.Rows; k++)
            {
                max = MathF.Max(max, activations[k, example]);
            }

            var norm = 0f;
            for (var k = 0; k < activations.Rows; k++)
            {
                var e = MathF.Exp(activations[k, example] - max);
                result[k, example] = e;
                norm += e;
            }

            for (var k = 0; k < activations.Rows; k++)
            {
                result[k, example] /= norm;
            }
        }

        return result;
    }
}
