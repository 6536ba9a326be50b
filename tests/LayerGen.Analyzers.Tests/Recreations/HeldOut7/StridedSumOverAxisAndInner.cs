// Source: ONNX-style Softmax(axis) kernels in C# (flat [outer, axis, inner]); the denominator is accumulated
// over the whole [axis, inner] block of an outer index, as the opset-11 "flatten from axis" semantics would,
// while max and exps are per fibre.
// Layout: double[] flat [outer, axis, inner]; softmax over axis for every (outer, inner).
// Bug LG0002: the sum runs over the axis and the inner dimension together.
using System;

namespace HeldOut7.StridedSumOverAxisAndInner
{
    public static class BlockNormalisedSoftmax
    {
        public static void Forward(double[] x, double[] y, int outer, int axis, int inner)
        {
            for (int o = 0; o < outer; o++)
            {
                int block = o * axis * inner;
                for (int i = 0; i < inner; i++)
                {
                    double max = double.NegativeInfinity;
                    for (int a = 0; a < axis; a++)
                    {
                        max = Math.Max(max, x[block + a * inner + i]);
                    }

                    for (int a = 0; a < axis; a++)
                    {
                        y[block + a * inner + i] = Math.Exp(x[block + a * inner + i] - max);
                    }
                }

                double sum = 0;
                for (int k = block; k < block + axis * inner; k++)
                {
                    sum += y[k]; //~ LG0002
                }

                for (int k = block; k < block + axis * inner; k++)
                {
                    y[k] /= sum;
                }
            }
        }
    }
}
