// Source: unsafe CPU backends in C# (Barracuda-like pointer loops over a tensor's pinned array); the peak is found
// by walking one pointer over the whole pinned batch before the per-row pass.
// Layout: float[] flat [rows, cols] behind float*; softmax over the columns of each row.
// Bug LG0001: the pointer walk covers every row, so the maximum is the batch's, not the row's.
using System;

namespace HeldOut7.PointerWalkBatchPeak
{
    public static unsafe class UnsafeRowsSoftmax
    {
        public static void Forward(float[] x, float[] y, int cols)
        {
            fixed (float* px = x)
            fixed (float* py = y)
            {
                float* end = px + x.Length;
                float peak = float.NegativeInfinity;
                for (float* p = px; p < end; p++)
                {
                    peak = MathF.Max(peak, *p); //~ LG0001
                }

                for (int start = 0; start < x.Length; start += cols)
                {
                    float sum = 0f;
                    for (int i = start; i < start + cols; i++)
                    {
                        py[i] = MathF.Exp(px[i] - peak);
                        sum += py[i];
                    }

                    for (int i = start; i < start + cols; i++)
                    {
                        py[i] /= sum;
                    }
                }
            }
        }
    }
}
