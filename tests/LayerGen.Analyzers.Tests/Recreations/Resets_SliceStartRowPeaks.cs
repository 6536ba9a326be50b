// Correct twins (our own code): a batch of rows stored flat, [rows, cols], whose per-row maxima and sums are taken by
// one flat walk each; the running value is reset at the START of each row (`if (i % cols == 0) m = -inf;`, a
// remainder local `j == 0`, seeding `m = x[i]` in the guard's then-branch with the fold in its else-branch, a column
// counter tested at 0 before it is stepped) and stored at the row's END (`if ((i + 1) % cols == 0)`,
// `j == cols - 1`, the counter reaching cols) or at every step under the row's own key `maxes[i / cols] = m` (the
// last store, at the row's last element, is the one kept). Each stored value covers exactly one row: no diagnostic.
// Source: the same C-port shape as SliceEndReset_RowPeaks, with the reset moved to the slice's first element,
// written anew.
// Layout: float[] / double[] flat, row-major, the rows named by `i / cols` keys.
using System;

namespace Recreations.ResetsSliceStartRowPeaks;

public static class RowStartResets
{
    public static void GuardedStartAndEnd(float[] logits, int rows, int cols, float[] probabilities)
    {
        var maxes = new float[rows];
        var sums = new float[rows];
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows * cols; i++)
        {
            if (i % cols == 0)
                peak = float.NegativeInfinity;
            peak = MathF.Max(peak, logits[i]);
            if ((i + 1) % cols == 0)
                maxes[i / cols] = peak;
        }

        float sum = 0f;
        for (int i = 0; i < rows * cols; i++)
        {
            int j = i % cols;
            if (j == 0)
                sum = 0f;
            probabilities[i] = MathF.Exp(logits[i] - maxes[i / cols]);
            sum += probabilities[i];
            if (j == cols - 1)
                sums[i / cols] = sum;
        }

        for (int i = 0; i < rows * cols; i++)
            probabilities[i] /= sums[i / cols];
    }

    public static void SeededAndStoredEveryStep(double[] scores, int batch, int classes, double[] output)
    {
        var best = new double[batch];
        var totals = new double[batch];
        double running = 0.0;
        for (int i = 0; i < batch * classes; i++)
        {
            if (i % classes == 0)
                running = scores[i];
            else
                running = Math.Max(running, scores[i]);
            best[i / classes] = running;
        }

        double total = 0.0;
        int column = 0;
        for (int i = 0; i < batch * classes; i++)
        {
            if (column == 0)
                total = 0.0;
            output[i] = Math.Exp(scores[i] - best[i / classes]);
            total += output[i];
            if (++column == classes)
            {
                totals[i / classes] = total;
                column = 0;
            }
        }

        for (int i = 0; i < batch * classes; i++)
            output[i] /= totals[i / classes];
    }
}
