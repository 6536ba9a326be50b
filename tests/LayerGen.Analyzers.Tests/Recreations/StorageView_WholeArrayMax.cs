// Bug variants: a per-row softmax whose max is taken over a flat view of the whole storage — a span made with
// MemoryMarshal.CreateSpan over a 2-D array, and CollectionsMarshal.AsSpan over a List holding a flat batch — so it
// spans every row (LG0001).
// Source: C# ports of Temporal Fusion Transformer variable selection and of batched attention heads that take one
// SIMD max over the whole buffer — the shape of HeldOut9's TftVariableSelection_WholeSpanMax, written anew.
// Layout: double[,] [rows, cols] viewed through MemoryMarshal.CreateSpan; List<float> flat [rows * cols].
using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Recreations.StorageViewWholeArrayMax;

public static class WholeViews
{
    public static void RectangularView(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        Span<double> all = MemoryMarshal.CreateSpan(ref x[0, 0], x.Length);
        double m = double.NegativeInfinity;
        foreach (double v in all)
        {
            m = Math.Max(m, v); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
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
        float m = TensorPrimitives.Max(CollectionsMarshal.AsSpan(logits)); //~ LG0001
        var y = new float[logits.Count];
        for (int r = 0; r < rows; r++)
        {
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
