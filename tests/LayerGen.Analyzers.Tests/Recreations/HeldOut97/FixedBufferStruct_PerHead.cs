// Idiom: an unsafe struct with a fixed-size buffer (fixed float Values[16]) and a Count, pinned per element with
// fixed (float* v = heads[i].Values).
// Use: interop record of per-head attention scores exchanged with a native audio model.
// Layout: HeadScores[] (one struct per sample), the first Count slots of each fixed buffer; softmax per struct, in place.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.FixedBufferStruct_PerHead;

[StructLayout(LayoutKind.Sequential)]
public unsafe struct HeadScores
{
    public const int Capacity = 16;
    public fixed float Values[Capacity];
    public int Count;
}

public static unsafe class HeadSoftmax
{
    public static void InPlace(HeadScores[] heads)
    {
        for (int h = 0; h < heads.Length; h++)
        {
            int n = heads[h].Count;
            fixed (float* v = heads[h].Values)
            {
                float peak = v[0];
                for (int k = 1; k < n; k++)
                    peak = MathF.Max(peak, v[k]);

                float sum = 0f;
                for (int k = 0; k < n; k++)
                {
                    v[k] = MathF.Exp(v[k] - peak);
                    sum += v[k];
                }

                for (int k = 0; k < n; k++)
                    v[k] /= sum;
            }
        }
    }
}
