// Re-creates: an unsafe C# softmax that finds the max with a pointer walk from the start to the end of the whole
// fixed buffer, then normalises row by row.
// Layout: flat [rows, cols] row-major through float*; softmax axis = cols. float.
// Bug: LG0001 (pointer walk over the whole batch).
using System;

namespace LayerGen.Recreations.HeldOut3.UnsafePointerWalkGlobalMax;

public static class PointerSoftmax
{
    public static unsafe void Forward(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x, py = y)
        {
            float max = float.NegativeInfinity;
            for (float* q = px; q < px + rows * cols; q++)
            {
                if (*q > max) max = *q; //~ LG0001
            }

            for (int r = 0; r < rows; r++)
            {
                float* src = px + r * cols;
                float* dst = py + r * cols;
                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    dst[c] = MathF.Exp(src[c] - max);
                    sum += dst[c];
                }

                for (int c = 0; c < cols; c++)
                {
                    dst[c] /= sum;
                }
            }
        }
    }
}
