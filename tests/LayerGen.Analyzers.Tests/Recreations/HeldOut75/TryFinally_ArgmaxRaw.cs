// Idiom: try/finally where the `try` computes the exps and the `finally` does the normalisation (so a partial row
// is still normalised if something throws); the row's argmax is tracked for the caller.
// Use: a classifier returning the predicted label and the probabilities of each sample.
// Layout: jagged double[samples][classes].
// Bug (LG0003): the row maximum is found but only used for the argmax; Math.Exp gets the raw logit (no shift), so a
// logit above ~709 gives +inf and NaN probabilities.
// Our own code.
using System;

namespace HeldOut75.TryFinally_ArgmaxRaw;

public static class Predictor
{
    public static int[] Predict(double[][] logits, out double[][] probabilities)
    {
        var labels = new int[logits.Length];
        probabilities = new double[logits.Length][];
        for (int n = 0; n < logits.Length; n++)
        {
            double[] z = logits[n];
            var p = probabilities[n] = new double[z.Length];
            double partition = 0.0;
            int filled = 0;
            try
            {
                double best = double.NegativeInfinity;
                for (int k = 0; k < z.Length; k++)
                {
                    if (z[k] > best) { best = z[k]; labels[n] = k; }
                    p[k] = Math.Exp(z[k]); //~ LG0003
                    partition += p[k];
                    filled = k + 1;
                }
            }
            finally
            {
                for (int k = 0; k < filled; k++) p[k] /= partition;
            }
        }
        return labels;
    }
}
