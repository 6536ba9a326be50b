// Idiom: label-smoothed cross-entropy, per-sample spans sliced out of the flat batch
// Layout: ReadOnlySpan<double> / Span<double>, slice n * classes .. + classes
// Bug (LG0002): the normaliser is declared above the batch loop and never reset per sample
using System;

namespace HeldOut41.LabelSmoothing_SpanSumHoisted;

public static class SmoothedCe
{
    public static double Forward(ReadOnlySpan<double> logits, ReadOnlySpan<int> targets, int classes, double eps, Span<double> probs, Span<double> grad)
    {
        int batch = targets.Length;
        double loss = 0.0;
        double sum = 0.0;
        for (int n = 0; n < batch; n++)
        {
            ReadOnlySpan<double> z = logits.Slice(n * classes, classes);
            Span<double> p = probs.Slice(n * classes, classes);
            double max = z[0];
            for (int c = 1; c < classes; c++)
                if (z[c] > max) max = z[c];
            for (int c = 0; c < classes; c++)
            {
                p[c] = Math.Exp(z[c] - max);
                sum += p[c]; //~ LG0002
            }
            double lse = max + Math.Log(sum);
            for (int c = 0; c < classes; c++)
            {
                p[c] /= sum;
                double q = (c == targets[n] ? 1.0 - eps : 0.0) + eps / classes;
                loss += q * (lse - z[c]);
                grad[n * classes + c] = (p[c] - q) / batch;
            }
        }
        return loss / batch;
    }
}
