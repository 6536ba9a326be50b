// unsafe
// Correct twins of PointerWalk_TooWideReductions: the same pointer walks kept inside one row (from the row's start
// pointer to its end), and a walk that steps a row pointer by cols over the whole buffer. Layout: flat [rows, cols]
// row-major through float*/double*; softmax axis = cols. Correct: max and sum per row.
using System;

namespace Recreations.PointerWalkPerRow;

public static class PointerWalkSoftmax
{
    // Max, exps and sum walked with pointers inside each row.
    public static unsafe void RowWalks(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x, py = y)
        {
            for (int r = 0; r < rows; r++)
            {
                float* src = px + r * cols;
                float* dst = py + r * cols;
                float max = float.NegativeInfinity;
                for (float* q = src; q < src + cols; q++)
                {
                    if (*q > max) max = *q;
                }

                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    dst[c] = MathF.Exp(src[c] - max);
                    sum += dst[c];
                }

                for (float* d = dst; d < dst + cols; d++)
                {
                    *d /= sum;
                }
            }
        }
    }

    // A row pointer walks the whole buffer a row at a time; everything else is indexed within the row.
    public static unsafe void RowPointerWalk(double[] x, double[] y, int cols)
    {
        fixed (double* px = x, py = y)
        {
            double* dst = py;
            for (double* row = px; row < px + x.Length; row += cols)
            {
                double max = row[0];
                for (int c = 1; c < cols; c++)
                {
                    max = Math.Max(max, row[c]);
                }

                double sum = 0;
                for (int c = 0; c < cols; c++)
                {
                    dst[c] = Math.Exp(row[c] - max);
                    sum += dst[c];
                }

                for (int c = 0; c < cols; c++)
                {
                    dst[c] /= sum;
                }

                dst += cols;
            }
        }
    }
}
