// Re-creates the shape of the softmax choice rule of reinforcement-learning models of behaviour (Rescorla-Wagner /
// Q-learning bandit models in computational psychiatry; hBayesDM's `bandit4arm`/`prl` generated quantities): on each
// trial, P(choice = k) = exp(beta * Q_k) / sum_j exp(beta * Q_j) over the options, from the learner's value trajectory.
// Layout: flat trial-major ReadOnlySpan<double> values [trials * options]; per-option peaks in a stackalloc span.
// Bug (LG0004): the max runs over the trials of each option (a strided column), the sum over the options of a trial.
using System;

namespace HeldOut11;

public static class RescorlaWagner_MaxPerOptionOverTrials
{
    public static void ChoiceProbabilities(ReadOnlySpan<double> values, int options, double inverseTemperature, Span<double> probability)
    {
        int trials = values.Length / options;
        Span<double> best = stackalloc double[options];
        for (int k = 0; k < options; k++)
        {
            best[k] = double.NegativeInfinity;
            for (int t = 0; t < trials; t++)
                best[k] = Math.Max(best[k], inverseTemperature * values[t * options + k]); //~ LG0004
        }
        for (int t = 0; t < trials; t++)
        {
            double sum = 0.0;
            for (int k = 0; k < options; k++)
            {
                probability[t * options + k] = Math.Exp(inverseTemperature * values[t * options + k] - best[k]);
                sum += probability[t * options + k];
            }
            for (int k = 0; k < options; k++)
                probability[t * options + k] /= sum;
        }
    }
}
