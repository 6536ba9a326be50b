// Correct twins (our own code): a batch of rows stored flat, [rows, cols], whose per-row maxima and sums are taken by
// one flat walk each and cut at every row end by a guard that stores the running value and resets it:
// `if ((i + 1) % cols == 0) { maxes[i / cols] = m; m = -inf; }`, `i % cols == cols - 1`, a remainder local, a column
// counter reset to 0, an `if (…) continue;` skip. Each stored value covers exactly one row, so every row is shifted by
// its own maximum and divided by its own sum: no diagnostic.
// Source: the shape of Real54's StarlangComputationalGraph flat softmax (sum stored per slice end) and of C ports that
// keep one running accumulator for a flattened batch, written anew.
// Layout: float[] / double[] flat, row-major, the rows named by `i / cols` keys or by an explicit row loop.
using System;

namespace Recreations.SliceEndResetRowPeaks;

public static class RowPeaks
{
    public static void FlatWalks(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        var sums = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            if (logits[i] > peak)
                peak = logits[i];
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
            sum += probabilities[i];
            if (i % cols == cols - 1)
            {
                sums[i / cols] = sum;
                sum = 0f;
            }
        }

        for (int i = 0; i < rows * cols; i++)
            probabilities[i] /= sums[i / cols];
    }

    public static void CountedColumns(double[] scores, int batch, int classes, double[] output)
    {
        var maxima = new double[batch];
        double best = double.MinValue;
        int column = 0;
        for (int k = 0; k < batch * classes; k++)
        {
            best = Math.Max(best, scores[k]);
            if (++column == classes)
            {
                maxima[k / classes] = best;
                best = double.MinValue;
                column = 0;
            }
        }

        for (int b = 0; b < batch; b++)
        {
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                output[b * classes + c] = Math.Exp(scores[b * classes + c] - maxima[b]);
                total += output[b * classes + c];
            }

            for (int c = 0; c < classes; c++)
                output[b * classes + c] /= total;
        }
    }

    public static void SkippedUntilRowEnd(float[] x, int n, int d, float[] y)
    {
        var rowMax = new float[n];
        var rowSum = new float[n];
        float m = float.NegativeInfinity;
        for (int i = 0; i < n * d; i++)
        {
            m = x[i] > m ? x[i] : m;
            int position = i % d;
            if (position != d - 1)
                continue;
            rowMax[i / d] = m;
            m = float.NegativeInfinity;
        }

        float s = 0f;
        for (int i = 0; i < n * d; i++)
        {
            y[i] = MathF.Exp(x[i] - rowMax[i / d]);
            s += y[i];
            if ((i + 1) % d != 0)
                continue;
            rowSum[i / d] = s;
            s = 0f;
        }

        for (int r = 0; r < n; r++)
        {
            for (int j = 0; j < d; j++)
                y[r * d + j] /= rowSum[r];
        }
    }
}
