// Source: ONNX Softmax(axis) in C# runtimes (Barracuda / ONNX interpreter ports, opset-13 semantics): the tensor
// is viewed as [outer, axis, inner] and each (outer, inner) fibre along axis is normalised.
// Layout: flat [outer, axis, inner]; fibre start o * axis * inner + i, stepped by `p += inner`.
// Correct.
using System;

namespace LayerGen.HeldOut4.StridedOuterAxisInner;

public static class AxisSoftmax
{
    public static void Forward(float[] x, float[] y, int outer, int axis, int inner)
    {
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int first = o * axis * inner + i;
                int end = first + axis * inner;
                float max = x[first];
                for (int p = first + inner; p < end; p += inner)
                    max = MathF.Max(max, x[p]);

                float sum = 0f;
                for (int p = first; p < end; p += inner)
                {
                    y[p] = MathF.Exp(x[p] - max);
                    sum += y[p];
                }

                for (int p = first; p < end; p += inner)
                    y[p] /= sum;
            }
        }
    }
}
