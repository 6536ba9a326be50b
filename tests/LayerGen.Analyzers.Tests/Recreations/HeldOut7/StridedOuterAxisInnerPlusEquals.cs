// Source: ONNX-style Softmax(axis) CPU kernels in C# inference runtimes (flat [outer, axis, inner] buffers; each
// fibre walked with an index that advances by `inner`, as Barracuda/ONNX-runtime ports write it).
// Layout: float[] flat [outer, axis, inner]; softmax over axis for every (outer, inner).
// Correct.
using System;

namespace HeldOut7.StridedOuterAxisInnerPlusEquals
{
    public static class AxisSoftmax
    {
        public static void Forward(float[] x, float[] y, int outer, int axis, int inner)
        {
            if (x.Length != outer * axis * inner) throw new ArgumentException($"x has {x.Length} values, expected {outer}*{axis}*{inner}.", nameof(x));
            for (int o = 0; o < outer; o++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int first = o * axis * inner + i;
                    int stop = first + axis * inner;
                    float max = float.MinValue;
                    for (int idx = first; idx < stop; idx += inner)
                    {
                        max = x[idx] > max ? x[idx] : max;
                    }

                    float sum = 0f;
                    for (int idx = first; idx < stop; idx += inner)
                    {
                        y[idx] = MathF.Exp(x[idx] - max);
                        sum += y[idx];
                    }

                    for (int idx = first; idx < stop; idx += inner)
                    {
                        y[idx] /= sum;
                    }
                }
            }
        }
    }
}
