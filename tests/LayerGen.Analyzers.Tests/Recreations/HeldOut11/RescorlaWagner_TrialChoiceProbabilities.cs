// Re-creates the shape of the softmax choice rule of reinforcement-learning models of behaviour (Rescorla-Wagner /
// Q-learning bandit models in computational psychiatry; hBayesDM's `bandit4arm`/`prl` generated quantities): on each
// trial, P(choice = k) = exp(beta * Q_k) / sum_j exp(beta * Q_j) over the options, from the learner's value trajectory.
// Layout: flat trial-major ReadOnlySpan<double> values [trials * options], Span<double> output, reverse loops.
// Correct: the max of beta * Q and the sum run over the options of one trial.
using System;

namespace HeldOut11;

public static class RescorlaWagner_TrialChoiceProbabilities
{
    public static void ChoiceProbabilities(ReadOnlySpan<double> values, int options, double inverseTemperature, Span<double> probability)
    {
        int trials = values.Length / options;
        for (int t = trials - 1; t >= 0; t--)
        {
            int row = t * options;
            double best = double.NegativeInfinity;
            for (int k = options - 1; k >= 0; k--)
                best = Math.Max(best, inverseTemperature * values[row + k]);
            double sum = 0.0;
            for (int k = options - 1; k >= 0; k--)
            {
                probability[row + k] = Math.Exp(inverseTemperature * values[row + k] - best);
                sum += probability[row + k];
            }
            for (int k = options - 1; k >= 0; k--)
                probability[row + k] /= sum;
        }
    }
}
