// Re-creates: ONNX Runtime / Barracuda CPU Softmax(axis) for any axis: the tensor seen as [outer, axis, inner] and
// each (outer, inner) slice walked with a `+= inner` stride.
// Layout: flat [outer, axis, inner]; softmax axis = the middle dimension. float, Span.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.StridedOuterAxisInnerSoftmax;

public static class AxisSoftmax
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int outer, int axis, int inner)
    {
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int start = o * axis * inner + i;
                int end = start + axis * inner;

                float max = float.MinValue;
                for (int p = start; p < end; p += inner)
                {
                    if (x[p] > max)
                    {
                        max = x[p];
                    }
                }

                float sum = 0f;
                for (int p = start; p < end; p += inner)
                {
                    y[p] = MathF.Exp(x[p] - max);
                    sum += y[p];
                }

                float inv = 1f / sum;
                for (int p = start; p < end; p += inner)
                {
                    y[p] *= inv;
                }
            }
        }
    }
}
