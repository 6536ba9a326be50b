// known gap: exps of a model's stored log-probabilities (each ≤ 0, so each exp is a probability in [0, 1]) summed into a likelihood read as an un-shifted mixture log-likelihood
// gap: +LG0003@57 +LG0003@62 +LG0003@62
// Source: accord-net/framework Sources/Accord.Statistics/Models/Markov/ForwardBackwardAlgorithm.cs:382 (re-created,
// not copied)
// Layout: a discrete hidden Markov model keeps its initial and emission probabilities as logarithms (double[] and
// double[,] properties). The unscaled Backward overload takes the backward matrix (computed in probability space) and
// returns log Σ_i bwd[0, i] · exp(log π_i) · exp(log b_i(o_0)). The exps convert stored log-probabilities back to
// probabilities: each argument is ≤ 0 for any valid model, so nothing overflows, and an underflow needs an emission
// probability below the smallest double (a valid model cannot hold one; with π = 0.5 and b = 1e-300 the raw and the
// shifted form both give −690.78, scan39-check). Offsets of ±1000 are no valid input (a log-probability + 1000 is no
// log-probability). The overload is the library's deliberately unscaled variant: its bwd underflows for long sequences
// long before these exps could; the scaled overloads are the practical path.
// Label: BackwardLogLikelihood correct (nothing to report). The scan (scan39) reported both exps of line 62 as LG0003
// (a log-sum-exp read on its own): a false report, pinned. With the matrix helper bound (Accord.Math was not in the
// scanned compilation, so Elementwise.Exp did not bind there) the helper's exp of the transitions is reported too, at
// the Backward call on line 57: pinned with them. The analyzer cannot see that the members hold normalised
// log-probabilities (nothing in the method computes them); a fix would need a proof the arguments are ≤ 0.
using System;

namespace Recreations.Scan39.AccordNet_UnscaledHmmBackwardLikelihood;

/// <summary>A discrete HMM whose probabilities are stored as logarithms, as Accord's HiddenMarkovModel.</summary>
public sealed class DiscreteHiddenMarkovModel(double[] logInitial, double[,] logTransitions, double[,] logEmissions)
{
    public int States => logInitial.Length;

    public double[] Probabilities => logInitial;

    public double[,] Transitions => logTransitions;

    public double[,] Emissions => logEmissions;
}

/// <summary>Element-wise math on matrices, as Accord's Elementwise.</summary>
public static class Elementwise
{
    public static double[,] Exp(double[,] values)
    {
        var result = new double[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
        {
            for (int j = 0; j < values.GetLength(1); j++)
            {
                result[i, j] = Math.Exp(values[i, j]);
            }
        }

        return result;
    }
}

public static class ForwardBackward
{
    /// <summary>The log-likelihood of <paramref name="observations"/> from unscaled backward probabilities.</summary>
    public static double BackwardLogLikelihood(DiscreteHiddenMarkovModel model, int[] observations)
    {
        var bwd = Backward(model, observations);

        double likelihood = 0;
        for (int i = 0; i < model.States; i++)
        {
            likelihood += bwd[0, i] * Math.Exp(model.Probabilities[i]) * Math.Exp(model.Emissions[i, observations[0]]);
        }

        return Math.Log(likelihood);
    }

    private static double[,] Backward(DiscreteHiddenMarkovModel model, int[] observations)
    {
        int states = model.States, length = observations.Length;
        var a = Elementwise.Exp(model.Transitions);
        var b = Elementwise.Exp(model.Emissions);
        var bwd = new double[length, states];
        for (int i = 0; i < states; i++)
        {
            bwd[length - 1, i] = 1.0;
        }

        for (int t = length - 2; t >= 0; t--)
        {
            for (int i = 0; i < states; i++)
            {
                double sum = 0;
                for (int j = 0; j < states; j++)
                {
                    sum += a[i, j] * b[j, observations[t + 1]] * bwd[t + 1, j];
                }

                bwd[t, i] = sum;
            }
        }

        return bwd;
    }
}
