// Idiom: REINFORCE with a softmax (Gibbs) policy over action preferences per state, θ[s][a] += α G (1[a = a_t] - π(a|s))
// Layout: Dictionary<string, double[]> preferences per state
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut41.PolicyGradient_StatePreferences;

public sealed class SoftmaxPolicy
{
    private readonly Dictionary<string, double[]> _theta;

    public SoftmaxPolicy(Dictionary<string, double[]> theta) => _theta = theta;

    public Dictionary<string, double[]> Probabilities()
    {
        var pi = new Dictionary<string, double[]>();
        foreach (var (state, h) in _theta)
        {
            double hMax = h[0];
            for (int a = 1; a < h.Length; a++)
                if (h[a] > hMax) hMax = h[a];
            var w = new double[h.Length];
            double z = 0;
            for (int a = 0; a < h.Length; a++)
            {
                w[a] = Math.Exp(h[a] - hMax);
                z += w[a];
            }
            for (int a = 0; a < h.Length; a++) w[a] /= z;
            pi[state] = w;
        }
        return pi;
    }

    public void Update(IReadOnlyList<(string State, int Action, double Return)> episode, double alpha)
    {
        var pi = Probabilities();
        foreach (var step in episode)
        {
            double[] h = _theta[step.State];
            for (int a = 0; a < h.Length; a++)
                h[a] += alpha * step.Return * ((a == step.Action ? 1.0 : 0.0) - pi[step.State][a]);
        }
    }
}
