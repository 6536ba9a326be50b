// Source: Gumbel-softmax (Jang et al.) as ported in C# RL/VAE experiments: y = softmax((x + g) / tau), with the
// Gumbel noise g = -log(-log u) drawn by the caller (passed in so the sample is reproducible).
// Layout: 1-D logits and noise; perturbed values kept in a temporary array; max of the perturbed values.
// Correct.
using System;

namespace LayerGen.HeldOut4.GumbelSoftmaxPerturbedRow;

public static class GumbelSoftmax
{
    public static double[] Sample(double[] logits, double[] gumbelNoise, double tau)
    {
        var z = new double[logits.Length];
        double zMax = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++)
        {
            z[i] = (logits[i] + gumbelNoise[i]) / tau;
            zMax = Math.Max(zMax, z[i]);
        }

        double sum = 0.0;
        var y = new double[z.Length];
        for (int i = 0; i < z.Length; i++)
        {
            y[i] = Math.Exp(z[i] - zMax);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
        return y;
    }
}
