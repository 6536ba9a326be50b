// HeldOut60 — idiom: Parallel.For over rows with a lock around shared state (an Interlocked-free histogram update)
// (classification service counting predicted labels while it scores; the lock only guards the histogram).
// Layout: double[][] jagged logits, caller-owned double[][] probabilities.
// Correct: max and sum are locals of the row lambda; only the argmax count is shared.
using System;
using System.Threading.Tasks;

namespace HeldOut60.LockedCounter_PerRowSums;

public static class LabelCounter
{
    public static int[] Classify(double[][] logits, double[][] probs)
    {
        int classes = logits.Length == 0 ? 0 : logits[0].Length;
        var histogram = new int[classes];
        var gate = new object();
        Parallel.For(0, logits.Length, n =>
        {
            double[] z = logits[n];
            double[] p = probs[n];
            int best = 0;
            for (int k = 1; k < classes; k++)
            {
                if (z[k] > z[best]) best = k;
            }

            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                p[k] = Math.Exp(z[k] - z[best]);
                sum += p[k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[k] /= sum;
            }

            lock (gate)
            {
                histogram[best]++;
            }
        });
        return histogram;
    }
}
