// Correct twins of StorageView_WholeArrayMax: the same storage views, but each of one row (MemoryMarshal.CreateSpan
// at x[r, 0] with length cols; CollectionsMarshal.AsSpan(list).Slice(r * cols, cols)), so each max spans one row.
// Source: C# ports of Temporal Fusion Transformer variable selection and batched attention heads.
// Layout: double[,] [rows, cols] viewed row by row; List<float> flat [rows * cols] sliced per row. Correct.
using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Recreations.StorageViewRowViews;

public static class RowViews
{
    public static void RectangularView(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            Span<double> row = MemoryMarshal.CreateSpan(ref x[r, 0], cols);
            double m = double.NegativeInfinity;
            foreach (double v in row)
            {
                m = Math.Max(m, v);
            }

            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++) y[r, c] /= s;
        }
    }

    public static float[] ListView(List<float> logits, int cols)
    {
        int rows = logits.Count / cols;
        var y = new float[logits.Count];
        for (int r = 0; r < rows; r++)
        {
            float m = TensorPrimitives.Max(CollectionsMarshal.AsSpan(logits).Slice(r * cols, cols));
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(logits[r * cols + c] - m);
                s += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
        }

        return y;
    }
}
