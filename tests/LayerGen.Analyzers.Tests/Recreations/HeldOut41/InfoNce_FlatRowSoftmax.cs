// Idiom: InfoNCE (SimCLR/MoCo-style) loss, anchor i against all keys j, logits sim / τ, positive on the diagonal
// Layout: flat double[] similarity, sim[i * N + j]
// Correct
using System;

namespace HeldOut41.InfoNce_FlatRowSoftmax;

public static class InfoNce
{
    public static double Loss(double[] sim, int N, double tau, double[] probs, double[] dLogits)
    {
        double loss = 0;
        for (int i = 0; i < N; i++)
        {
            int row = i * N;
            double m = double.NegativeInfinity;
            for (int j = 0; j < N; j++) m = Math.Max(m, sim[row + j] / tau);
            double s = 0;
            for (int j = 0; j < N; j++)
            {
                probs[row + j] = Math.Exp(sim[row + j] / tau - m);
                s += probs[row + j];
            }
            for (int j = 0; j < N; j++)
            {
                probs[row + j] /= s;
                dLogits[row + j] = (probs[row + j] - (i == j ? 1.0 : 0.0)) / N;
            }
            loss += m + Math.Log(s) - sim[row + i] / tau;
        }
        return loss / N;
    }
}
