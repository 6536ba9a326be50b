// Source: EXP3 adversarial-bandit implementations in C# (recommendation / A-B testing libraries):
// p_i = (1 − γ) · exp(η·G_i) / Σ exp(η·G_j) + γ / K. Layout: 1-D double[] of estimated gains, called per round.
// Correct: the gains are shifted by their max before exp (a tuple carries max and argmax).
using System;

namespace LayerGen.Recreations.HeldOut5.Exp3BanditProbabilitiesNs;

public static class Exp3BanditProbabilities
{
    public static double[] Probabilities(double[] gains, double eta, double gamma)
    {
        int k = gains.Length;
        (double Value, int Arm) lead = (gains[0], 0);
        for (int i = 1; i < k; i++)
        {
            if (gains[i] > lead.Value) lead = (gains[i], i);
        }

        var w = new double[k];
        double sum = 0.0;
        for (int i = 0; i < k; i++)
        {
            w[i] = Math.Exp(eta * (gains[i] - lead.Value));
            sum += w[i];
        }
        var p = new double[k];
        for (int i = 0; i < k; i++)
        {
            p[i] = (1 - gamma) * w[i] / sum + gamma / k;
        }
        return p;
    }
}
