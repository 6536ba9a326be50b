// Idiom: a sequential struct carrying a native float* plus its N and C extents (an NC tensor handed over by native code),
// per-class peaks gathered into a stackalloc'd buffer through pointer arithmetic.
// Use: the managed softmax of a native detector's class scores (N boxes × C classes).
// Layout: native float* in NC order (box n, class c at n * C + c), row-major; softmax over each box's classes.
// Bug (LG0004): the peak of each class is taken over all boxes (axis N) while the sum runs over the classes of one box
// (axis C): max and sum over different axes.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.PInvokeDesc_WrongAxisPeak;

[StructLayout(LayoutKind.Sequential)]
public unsafe struct NativeTensor
{
    public float* Data;
    public int N;
    public int C;
}

public static unsafe class DetectorHead
{
    public static void Softmax(NativeTensor scores, NativeTensor probs)
    {
        float* peaks = stackalloc float[scores.C];
        for (int c = 0; c < scores.C; c++)
        {
            float m = float.NegativeInfinity;
            for (int n = 0; n < scores.N; n++)
                m = MathF.Max(m, scores.Data[n * scores.C + c]); //~ LG0004
            peaks[c] = m;
        }

        for (int n = 0; n < scores.N; n++)
        {
            float* s = scores.Data + n * scores.C;
            float* p = probs.Data + n * scores.C;
            float z = 0f;
            for (int c = 0; c < scores.C; c++)
            {
                p[c] = MathF.Exp(s[c] - peaks[c]);
                z += p[c];
            }

            for (int c = 0; c < scores.C; c++)
                p[c] /= z;
        }
    }
}
