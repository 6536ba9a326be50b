// Re-creates: an axis softmax over [outer, axis, inner] (Barracuda/ONNX-style CPU op) whose maxima are right per
// (outer, inner) slice but whose sum runs contiguously over the whole [axis, inner] block of each outer index.
// Layout: flat [outer, axis, inner]; softmax axis = the middle dimension. float.
// Bug: LG0002 (sum over axis and inner).
using System;

namespace LayerGen.Recreations.HeldOut3.StridedSumOverWholeBlock;

public static class AxisSoftmax
{
    public static void Softmax(float[] x, float[] y, int outer, int axis, int inner)
    {
        var maxes = new float[inner];
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
            }

            float sum = 0f;
            for (int p = block; p < block + axis * inner; p++)
            {
                y[p] = MathF.Exp(x[p] - maxes[(p - block) % inner]);
                sum += y[p]; //~ LG0002
            }

            for (int p = block; p < block + axis * inner; p++)
            {
                y[p] /= sum;
            }
        }
    }
}
