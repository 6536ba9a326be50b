// Idiom: P/Invoke-shaped axis kernel `(float* x, float* y, int outer, int axis, int inner)` with `nint` offsets.
// Use: softmax along one axis of an N-d tensor (e.g. channels of NCHW: outer = N, axis = C, inner = H·W).
// Layout: unmanaged float tensor viewed as [outer, axis, inner]; element (o, a, i) at (o * axis + a) * inner + i.
// Correct: for each (o, i) fibre, max and sum both step by `inner` along the axis only.
// Our own code.
using System;

namespace HeldOut89.NintStrides_OuterAxisInner;

public static unsafe class AxisSoftmax
{
    public static void Softmax(float* x, float* y, int outer, int axis, int inner)
    {
        nint step = inner;
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                nint fibre = (nint)o * axis * inner + i;
                float* xf = x + fibre;
                float* yf = y + fibre;

                float m = xf[0];
                for (nint a = 1; a < axis; a++)
                {
                    m = MathF.Max(m, xf[a * step]);
                }

                float s = 0f;
                for (nint a = 0; a < axis; a++)
                {
                    float e = MathF.Exp(xf[a * step] - m);
                    yf[a * step] = e;
                    s += e;
                }

                for (nint a = 0; a < axis; a++)
                {
                    yf[a * step] /= s;
                }
            }
        }
    }
}
