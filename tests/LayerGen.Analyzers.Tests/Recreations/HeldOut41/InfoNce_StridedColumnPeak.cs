// Idiom: InfoNCE loss, anchor rows against keys, logits sim / τ in a local function
// Layout: flat double[] similarity, sim[i * N + j]; the max walks with stride N
// Bug (LG0004): the max for anchor i is taken down column i (sim[k * N + i]) while the sum runs along row i
using System;

namespace HeldOut41.InfoNce_StridedColumnPeak;

public static class NceLoss
{
    public static double Forward(double[] sim, int N, double tau, double[] probs)
    {
        double Logit(int idx) => sim[idx] / tau;

        double loss = 0;
        for (int i = 0; i < N; i++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < N; k++)
                m = Math.Max(m, Logit(k * N + i)); //~ LG0004
            double s = 0;
            for (int j = 0; j < N; j++)
            {
                probs[i * N + j] = Math.Exp(Logit(i * N + j) - m);
                s += probs[i * N + j];
            }
            for (int j = 0; j < N; j++) probs[i * N + j] /= s;
            loss += m + Math.Log(s) - Logit(i * N + i);
        }
        return loss / N;
    }
}
