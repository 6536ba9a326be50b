// Softmax (Boltzmann) exploration over a DQN's Q-values for the current state with a temperature annealed per episode
// (the Unity / MonoGame deep-Q bots of tutorials): action probabilities, then a categorical draw.
// Layout: one state, float[actions] Q-values from the network; the temperature in a field, decayed per episode.
// Bug (LG0003): exp(Q / τ) with no max subtracted; Q-values of a few hundred at τ = 1 (or smaller ones once τ has
// annealed towards 0.01) overflow float to ∞ and the policy to NaN.
using System;

namespace HeldOut30.BoltzmannQ_RawTemperatureExp;

/// <summary>Boltzmann exploration for a deep-Q agent.</summary>
public sealed class SoftmaxExplorer
{
    private readonly Random _rng;
    private float _temperature;

    /// <summary>Creates the explorer with a start temperature and its own random source.</summary>
    public SoftmaxExplorer(float startTemperature, int seed)
    {
        _temperature = startTemperature;
        _rng = new Random(seed);
    }

    /// <summary>Anneals the temperature after an episode.</summary>
    public void EndEpisode(float decay, float floor) => _temperature = MathF.Max(floor, _temperature * decay);

    /// <summary>π(a | s) = exp(Q(s, a) / τ) / Σ exp(Q(s, ·) / τ).</summary>
    public float[] ActionProbabilities(float[] qValues)
    {
        var probabilities = new float[qValues.Length];
        float sum = 0f;
        for (int a = 0; a < qValues.Length; a++)
        {
            probabilities[a] = MathF.Exp(qValues[a] / _temperature); //~ LG0003
            sum += probabilities[a];
        }

        for (int a = 0; a < qValues.Length; a++)
        {
            probabilities[a] /= sum;
        }

        return probabilities;
    }

    /// <summary>Draws an action from the Boltzmann policy.</summary>
    public int ChooseAction(float[] qValues)
    {
        float[] p = ActionProbabilities(qValues);
        float draw = (float)_rng.NextDouble();
        float cumulative = 0f;
        for (int a = 0; a < p.Length; a++)
        {
            cumulative += p[a];
            if (draw < cumulative)
            {
                return a;
            }
        }

        return p.Length - 1;
    }
}
