// Tabular Q-learning with Boltzmann (softmax) exploration and a temperature annealed once per episode (Sutton & Barto
// §2.8/§13; the gridworld agents of game-AI tutorials): the behaviour policy over every state's actions.
// Layout: row-major double[states, actions] Q-table kept in a field; the temperature in a field, decayed in EndEpisode.
// Correct: each state's row is shifted by its own max Q before exp(·/τ) and divided by its own sum.
using System;

namespace HeldOut30.BoltzmannQ_AnnealedPolicyTable;

/// <summary>A tabular agent that explores with a softmax over Q-values at an annealed temperature.</summary>
public sealed class BoltzmannAgent
{
    private readonly double[,] _q;
    private readonly double _decay;
    private readonly double _minTemperature;
    private double _temperature;

    /// <summary>Creates the agent over a Q-table it updates in place.</summary>
    public BoltzmannAgent(double[,] q, double startTemperature, double decay, double minTemperature)
    {
        _q = q;
        _temperature = startTemperature;
        _decay = decay;
        _minTemperature = minTemperature;
    }

    /// <summary>Called by the training loop after each episode: τ ← max(τ_min, τ·decay).</summary>
    public void EndEpisode() => _temperature = Math.Max(_minTemperature, _temperature * _decay);

    /// <summary>The behaviour policy π(a | s) for every state at the current temperature.</summary>
    public double[,] PolicyTable()
    {
        int states = _q.GetLength(0);
        int actions = _q.GetLength(1);
        var policy = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double bestQ = _q[s, 0];
            for (int a = 1; a < actions; a++)
            {
                bestQ = Math.Max(bestQ, _q[s, a]);
            }

            double partition = 0.0;
            for (int a = 0; a < actions; a++)
            {
                policy[s, a] = Math.Exp((_q[s, a] - bestQ) / _temperature);
                partition += policy[s, a];
            }

            for (int a = 0; a < actions; a++)
            {
                policy[s, a] /= partition;
            }
        }

        return policy;
    }
}
