// Source: ONNX-style Softmax(axis) kernels in C# (flat [outer, axis, inner], reverse loops); the max is taken
// along the contiguous inner run of each (outer, axis) position, the sum along the strided axis.
// Layout: float[] flat [outer, axis, inner]; softmax over axis for every (outer, inner).
// Bug LG0004: the maximum runs over inner (per axis position), the sum over axis (per inner position).
using System;

namespace HeldOut7.StridedMaxOverInnerSumOverAxis
{
    public static class MixedAxesSoftmax
    {
        public static void Forward(float[] x, float[] y, int outer, int axis, int inner)
        {
            var runMax = new float[axis];
            for (int o = outer - 1; o >= 0; o--)
            {
                int baseIndex = o * axis * inner;
                for (int a = axis - 1; a >= 0; a--)
                {
                    runMax[a] = float.NegativeInfinity;
                    for (int i = inner - 1; i >= 0; i--)
                    {
                        runMax[a] = MathF.Max(runMax[a], x[baseIndex + a * inner + i]); //~ LG0004
                    }
                }

                for (int i = inner - 1; i >= 0; i--)
                {
                    float sum = 0f;
                    for (int a = axis - 1; a >= 0; a--)
                    {
                        int idx = baseIndex + a * inner + i;
                        y[idx] = MathF.Exp(x[idx] - runMax[a]);
                        sum += y[idx];
                    }

                    for (int a = 0; a < axis; a++)
                    {
                        y[baseIndex + a * inner + i] /= sum;
                    }
                }
            }
        }
    }
}
