// unsafe
// Variants of the unsafe batch softmax in llm.c-style C# ports (nietras/Llm.cs family) written with pointer walks
// instead of index loops: `for (float* q = p; q < end; q++)` has no index variable, the pointer is the induction
// variable. Layout: flat [rows, cols] row-major through float*; softmax axis = cols. float.
// Bugs: the max (LG0001) or the sum (LG0002) is walked over the whole buffer while the rest of the softmax is per row;
// a row far below the buffer's max underflows to 0/0 = NaN, a shared sum makes every row sum to less than one.
using System;

namespace Recreations.PointerWalkTooWideReductions;

public static class PointerWalkSoftmax
{
    // The walk's end is a local end pointer; the max is folded with a ternary.
    public static unsafe void EndPointerMax(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x, py = y)
        {
            float* end = px + rows * cols;
            float max = float.MinValue;
            for (float* q = px; q < end; q++)
            {
                max = *q > max ? *q : max; //~ LG0001
            }

            for (int r = 0; r < rows; r++)
            {
                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    py[r * cols + c] = MathF.Exp(px[r * cols + c] - max);
                    sum += py[r * cols + c];
                }

                for (int c = 0; c < cols; c++)
                {
                    py[r * cols + c] /= sum;
                }
            }
        }
    }

    // A while loop walks the pinned logits up to their Length.
    public static unsafe void WhileWalkMax(double[] x, double[] y, int cols)
    {
        fixed (double* px = x, py = y)
        {
            double max = double.NegativeInfinity;
            double* q = px;
            while (q < px + x.Length)
            {
                max = Math.Max(max, *q); //~ LG0001
                q++;
            }

            for (int r = 0; r < x.Length / cols; r++)
            {
                double* src = px + r * cols;
                double* dst = py + r * cols;
                double sum = 0;
                for (int c = 0; c < cols; c++)
                {
                    dst[c] = Math.Exp(src[c] - max);
                    sum += dst[c];
                }

                for (int c = 0; c < cols; c++)
                {
                    dst[c] /= sum;
                }
            }
        }
    }

    // Per-row max; the sum walks the exps of the whole output buffer once, after the rows.
    public static unsafe void WalkedTotal(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x, py = y)
        {
            for (int r = 0; r < rows; r++)
            {
                float max = float.NegativeInfinity;
                for (int c = 0; c < cols; c++)
                {
                    max = MathF.Max(max, px[r * cols + c]);
                }

                for (int c = 0; c < cols; c++)
                {
                    py[r * cols + c] = MathF.Exp(px[r * cols + c] - max);
                }
            }

            float total = 0f;
            for (float* e = py; e < py + rows * cols; e++)
            {
                total += *e; //~ LG0002
            }

            for (int k = 0; k < rows * cols; k++)
            {
                py[k] /= total;
            }
        }
    }
}
