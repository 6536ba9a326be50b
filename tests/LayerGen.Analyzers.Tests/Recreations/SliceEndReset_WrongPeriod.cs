// Bug variants (our own code) of SliceEndReset_RowPeaks: one flat walk per statistic over a batch stored flat,
// [rows, cols], whose running value is stored at every row end but reset at the wrong period or not at all. A peak
// reset every two rows (`% (2 * cols)`) is the peak of a row pair, so the second row of a pair is shifted by the first
// row's maximum when that is larger (LG0001: a row far below its neighbour underflows to 0 / 0); a sum stored per row
// but never reset holds the exps of every earlier row (LG0002); a peak whose reset fires before the row's last element
// is folded carries that element into the next row's peak (LG0001).
// Source: the shape of Real54's StarlangComputationalGraph flat softmax and of flattened-batch C ports, written anew.
// Layout: float[] flat, row-major, the rows named by `i / cols` keys and by explicit row loops.
using System;

namespace Recreations.SliceEndResetWrongPeriod;

public static class WrongPeriod
{
    public static void PairPeaks(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            peak = MathF.Max(peak, logits[i]); //~ LG0001
            if ((i + 1) % (2 * cols) == 0)
            {
                maxes[i / cols] = peak;
                peak = float.NegativeInfinity;
            }
        }

        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                probabilities[r * cols + c] = MathF.Exp(logits[r * cols + c] - maxes[r]);
                sum += probabilities[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                probabilities[r * cols + c] /= sum;
        }
    }

    public static void SumNeverReset(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        var sums = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            peak = MathF.Max(peak, logits[i]);
            if ((i + 1) % cols == 0)
            {
                maxes[i / cols] = peak;
                peak = float.NegativeInfinity;
            }
        }

        float sum = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            probabilities[i] = MathF.Exp(logits[i] - maxes[i / cols]);
            sum += probabilities[i]; //~ LG0002
            if ((i + 1) % cols == 0)
                sums[i / cols] = sum;
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
                probabilities[r * cols + c] /= sums[r];
        }
    }

    public static void ResetBeforeLastElement(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            if ((i + 1) % cols == 0)
            {
                maxes[i / cols] = peak;
                peak = float.NegativeInfinity;
            }

            peak = MathF.Max(peak, logits[i]); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                probabilities[r * cols + c] = MathF.Exp(logits[r * cols + c] - maxes[r]);
                sum += probabilities[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                probabilities[r * cols + c] /= sum;
        }
    }
}
