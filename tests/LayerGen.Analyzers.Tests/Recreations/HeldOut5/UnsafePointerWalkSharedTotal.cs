// Source: unsafe pointer-walk softmax loops in C# (row pointer advanced by cols until an end pointer).
// Layout: flat float[rows, cols]; softmax per row.
// Bug (LG0002): the total is declared before the walk and never reset, so it sums every row walked so far.
using System;

namespace LayerGen.Recreations.HeldOut5.UnsafePointerWalkSharedTotalNs;

public static unsafe class UnsafePointerWalkSharedTotal
{
    public static void Softmax(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* src = x, dst = y)
        {
            float* s = src;
            float* d = dst;
            float* end = src + rows * cols;
            float total = 0f;
            while (s < end)
            {
                float* rowEnd = s + cols;
                float m = *s;
                for (float* p = s + 1; p < rowEnd; p++)
                {
                    if (*p > m) m = *p;
                }
                float* q = d;
                for (float* p = s; p < rowEnd; p++, q++)
                {
                    *q = MathF.Exp(*p - m);
                    total += *q; //~ LG0002
                }
                for (q = d; q < d + cols; q++)
                {
                    *q /= total;
                }
                s += cols;
                d += cols;
            }
        }
    }
}
