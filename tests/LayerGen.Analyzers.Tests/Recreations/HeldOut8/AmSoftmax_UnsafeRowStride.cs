// Source: AM-softmax face/speaker embedding heads ported to unsafe C# inference code (padded rows, as produced by
// aligned allocators), re-created.
// Layout: float* buffer with rows of `classes` values padded to `stride`; pointer walks from row start to row end.
// Correct: each row's max and sum use only that row's [start, start + classes) range.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class AmSoftmax_UnsafeRowStride
{
    public static unsafe void RowsInPlace(float[] buffer, int rows, int classes, int stride)
    {
        fixed (float* basePtr = buffer)
        {
            for (int r = 0; r < rows; r++)
            {
                float* row = basePtr + r * stride;
                float* end = row + classes;
                float m = *row;
                for (float* q = row + 1; q < end; q++) if (*q > m) m = *q;

                float s = 0f;
                for (float* q = row; q < end; q++)
                {
                    *q = MathF.Exp(*q - m);
                    s += *q;
                }
                float inv = 1f / s;
                for (float* q = row; q < end; q++) *q *= inv;
            }
        }
    }
}
