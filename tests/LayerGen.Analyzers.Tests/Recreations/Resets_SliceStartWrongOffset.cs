// Buggy twins (our own code) of Resets_SliceStartRowPeaks: one flat walk per statistic over a flat [rows, cols]
// batch, but the start-of-row reset fires at the wrong step: `i % cols == 1` (each row's first element is folded
// into the previous row's maximum), `i == 0` (reset once: a maximum over every row so far), and a sum reset at a
// period of two rows (`i % (2 * cols) == 0`). LG0001 on the max fold folded into the previous row; where both
// statistics are flat walks keyed by `i / cols` (the last two methods) the analyzer reports the too-wide one as a max
// and a sum over different extents, LG0004 on the max fold (as it does for the slice-end twins of the same bugs).
// Source: mutations of the correct twin (offset, period and hoisted reset), written anew.
// Layout: float[] flat, row-major, the rows named by `i / cols` keys.
using System;

namespace Recreations.ResetsSliceStartWrongOffset;

public static class RowStartResets
{
    public static void OffsetByOne(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i % cols == 1)
                peak = float.NegativeInfinity;
            peak = MathF.Max(peak, logits[i]); //~ LG0001
            if ((i + 1) % cols == 0)
                maxes[i / cols] = peak;
        }

        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                probabilities[r * cols + j] = MathF.Exp(logits[r * cols + j] - maxes[r]);
                sum += probabilities[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
                probabilities[r * cols + j] /= sum;
        }
    }

    public static void ResetOnce(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        var sums = new float[rows];
        float peak = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i == 0)
                peak = float.NegativeInfinity;
            peak = MathF.Max(peak, logits[i]); //~ LG0004
            if ((i + 1) % cols == 0)
                maxes[i / cols] = peak;
        }

        float sum = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i % cols == 0)
                sum = 0f;
            probabilities[i] = MathF.Exp(logits[i] - maxes[i / cols]);
            sum += probabilities[i];
            if ((i + 1) % cols == 0)
                sums[i / cols] = sum;
        }

        for (int i = 0; i < rows * cols; i++)
            probabilities[i] /= sums[i / cols];
    }

    public static void SumResetEveryOtherRow(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        var sums = new float[rows];
        float peak = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i % cols == 0)
                peak = float.NegativeInfinity;
            peak = MathF.Max(peak, logits[i]); //~ LG0004
            if ((i + 1) % cols == 0)
                maxes[i / cols] = peak;
        }

        float sum = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i % (2 * cols) == 0)
                sum = 0f;
            probabilities[i] = MathF.Exp(logits[i] - maxes[i / cols]);
            sum += probabilities[i];
            if ((i + 1) % cols == 0)
                sums[i / cols] = sum;
        }

        for (int i = 0; i < rows * cols; i++)
            probabilities[i] /= sums[i / cols];
    }
}
