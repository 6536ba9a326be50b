// Annealed importance sampler as a stateful object: Advance(beta, loglik) is called once per stage of the schedule.
// Layout: one double[] of the stage's particle log-likelihoods per call; the peak is a field.
// Bug (LG0001): the "running peak" field is never reset between stages, so a stage is shifted by the largest tempered
// increment of every earlier stage too; a stage whose increments lie ~800 below an earlier one gives 0/0.
using System;

namespace HeldOut32;

/// <summary>Stage-by-stage incremental weights with a peak kept across calls.</summary>
public sealed class AnnealedImportanceSampler
{
    private double _peak = double.NegativeInfinity;
    private double _beta;

    /// <summary>Moves the schedule to <paramref name="beta"/> and returns the normalised incremental weights of this stage.</summary>
    public double[] Advance(double beta, double[] logLik)
    {
        double delta = beta - _beta;
        _beta = beta;
        var w = new double[logLik.Length];
        for (int i = 0; i < logLik.Length; i++)
        {
            w[i] = delta * logLik[i];
            _peak = Math.Max(_peak, w[i]); //~ LG0001
        }

        double sum = 0;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = Math.Exp(w[i] - _peak);
            sum += w[i];
        }

        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= sum;
        }

        return w;
    }
}
