// Variants (our own code) of axis softmaxes over a flat [outer, axis, inner] tensor (Barracuda/ONNX Runtime-style CPU
// Softmax(axis) ops) where one loop walks each [axis, inner] block contiguously. The maxima are taken per (outer,
// inner) column correctly, but the sum runs over the whole block: it folds the inner axis as well as the softmax axis.
// Spellings: p from block to block + axis * inner; k from 0 to axis * inner read at block + k; the max read back
// through (p - block) % inner or k % inner; float and double.
// Bugs: LG0002 (sum over axis and inner).
using System;

namespace Recreations.BlockWalkSumOverWholeBlock;

public static class BlockSumSoftmax
{
    // k from 0 to axis * inner, read at block + k; the column max read at k % inner.
    public static void ZeroBasedBlock(double[] x, double[] y, int outer, int axis, int inner)
    {
        var maxes = new double[inner];
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

                maxes[i] = m;
            }

            double sum = 0;
            for (int k = 0; k < axis * inner; k++)
            {
                y[block + k] = Math.Exp(x[block + k] - maxes[k % inner]);
                sum += y[block + k]; //~ LG0002
            }

            for (int k = 0; k < axis * inner; k++)
            {
                y[block + k] /= sum;
            }
        }
    }

    // p from o * inner * axis to there plus inner * axis (factors in the other order); sum of exps kept apart.
    public static void OffsetBlockSeparateSum(float[] x, float[] y, int outer, int axis, int inner)
    {
        var maxes = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            int start = o * inner * axis;
            for (int i = 0; i < inner; i++)
            {
                maxes[i] = float.NegativeInfinity;
                for (int a = 0; a < axis; a++)
                {
                    maxes[i] = MathF.Max(maxes[i], x[start + a * inner + i]);
                }
            }

            float total = 0f;
            for (int p = start; p < start + inner * axis; p++)
            {
                total += MathF.Exp(x[p] - maxes[(p - start) % inner]); //~ LG0002
            }

            for (int p = start; p < start + inner * axis; p++)
            {
                y[p] = MathF.Exp(x[p] - maxes[(p - start) % inner]) / total;
            }
        }
    }
}
