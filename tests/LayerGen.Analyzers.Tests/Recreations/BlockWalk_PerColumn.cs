// Correct twins (our own code) of BlockWalk_SumOverWholeBlock.cs: axis softmaxes over a flat [outer, axis, inner]
// tensor: the max and sum per (outer, inner) column with the axis walked at stride inner, the exps and the division
// written by one contiguous walk over each block reading the column's max and sum at (p - block) % inner, or the
// whole block as one softmax (its max walks the block too).
// Correct: no diagnostic.
using System;

namespace Recreations.BlockWalkPerColumn;

public static class BlockColumnSoftmax
{
    // The max and the sum both walk the axis with stride inner; the normalisation walks the block contiguously.
    public static void ColumnSums(double[] x, double[] y, int outer, int axis, int inner)
    {
        for (int o = 0; o < outer; o++)
        {
            int block = o * axis * inner;
            for (int i = 0; i < inner; i++)
            {
                double m = double.NegativeInfinity;
                for (int a = 0; a < axis; a++)
                {
                    m = Math.Max(m, x[block + a * inner + i]);
                }

                double s = 0;
                for (int a = 0; a < axis; a++)
                {
                    y[block + a * inner + i] = Math.Exp(x[block + a * inner + i] - m);
                    s += y[block + a * inner + i];
                }

                for (int a = 0; a < axis; a++)
                {
                    y[block + a * inner + i] /= s;
                }
            }
        }
    }

    // Per-column max and sum arrays; exps and division by one contiguous walk over the block.
    public static void ColumnArraysBlockWalk(float[] x, float[] y, int outer, int axis, int inner)
    {
        var maxes = new float[inner];
        var sums = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            int block = o * axis * inner;
            for (int i = 0; i < inner; i++)
            {
                maxes[i] = float.NegativeInfinity;
                for (int p = block + i; p < block + axis * inner; p += inner)
                {
                    maxes[i] = MathF.Max(maxes[i], x[p]);
                }

                sums[i] = 0f;
                for (int p = block + i; p < block + axis * inner; p += inner)
                {
                    sums[i] += MathF.Exp(x[p] - maxes[i]);
                }
            }

            for (int p = block; p < block + axis * inner; p++)
            {
                y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]) / sums[(p - block) % inner];
            }
        }
    }

    // One softmax over each whole [axis, inner] block: max, sum and division all walk the block.
    public static void WholeBlockSoftmax(float[] x, float[] y, int outer, int axis, int inner)
    {
        for (int o = 0; o < outer; o++)
        {
            int start = o * axis * inner;
            float max = float.NegativeInfinity;
            for (int p = start; p < start + axis * inner; p++)
            {
                max = MathF.Max(max, x[p]);
            }

            float sum = 0f;
            for (int p = start; p < start + axis * inner; p++)
            {
                y[p] = MathF.Exp(x[p] - max);
                sum += y[p];
            }

            for (int p = start; p < start + axis * inner; p++)
            {
                y[p] /= sum;
            }
        }
    }
}
