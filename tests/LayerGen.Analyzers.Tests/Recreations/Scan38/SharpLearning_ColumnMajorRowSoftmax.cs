// Source: mdabros/SharpLearning src/SharpLearning.Neural/Layers/SoftMaxLayer.cs:112 (re-created, not copied)
// Layout: a batch of output rows [batch, classes] held by a column-major dense matrix: the flat buffer is read at
// col * rows + row. Per row: a maximum over the row's columns, exp(x − max) written back and summed, then a division
// by the row's sum. Scanned with the whole repository (scan38): silent, and correct.
// Label: SoftMax correct.
using System;

namespace Recreations.Scan38.SharpLearning_ColumnMajorRowSoftmax;

/// <summary>A column-major dense matrix stand-in: element (r, c) lives at c * RowCount + r.</summary>
public sealed class ColumnMajorMatrix(int rowCount, int columnCount)
{
    private readonly float[] storage = new float[rowCount * columnCount];

    public int RowCount { get; } = rowCount;

    public int ColumnCount { get; } = columnCount;

    public float[] Data() => storage;
}

public static class SoftMaxLayer
{
    public static void SoftMax(ColumnMajorMatrix x)
    {
        var data = x.Data();
        var rows = x.RowCount;
        for (var row = 0; row < x.RowCount; row++)
        {
            var rowSum = 0.0f;
            var max = double.MinValue;
            for (var col = 0; col < x.ColumnCount; ++col)
            {
                var value = data[col * rows + row];
                if (value > max)
                {
                    max = value;
                }
            }

            for (var col = 0; col < x.ColumnCount; ++col)
            {
                var at = col * rows + row;
                var e = (float)Math.Exp(data[at] - max);
                rowSum += e;
                data[at] = e;
            }

            for (var col = 0; col < x.ColumnCount; ++col)
            {
                data[col * rows + row] /= rowSum;
            }
        }
    }
}
